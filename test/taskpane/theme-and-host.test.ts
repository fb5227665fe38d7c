import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { planTarget } from "../../src/taskpane/host-mode";
import { isDarkOfficeTheme, pickTheme } from "../../src/taskpane/theme";

describe("pickTheme", () => {
  it.each([
    // No Office theme (browser, or an old host): light.
    [undefined, false],
    // Hosts that say so directly.
    [{ isDarkTheme: true }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false],
    // Hosts that only give colours: Excel's dark grey and black body backgrounds are dark; white and light grey are not.
    [{ bodyBackgroundColor: "#262626" }, true],
    [{ bodyBackgroundColor: "#000000" }, true],
    [{ bodyBackgroundColor: "#FFFFFF" }, false],
    [{ bodyBackgroundColor: "#E6E6E6" }, false],
    // Not a colour: fall back to light rather than guess.
    [{ bodyBackgroundColor: "dark" }, false],
  ])("%j → dark %s", (officeTheme, dark) => {
    expect(isDarkOfficeTheme(officeTheme)).toBe(dark);
    expect(pickTheme(officeTheme)).toBe(dark ? webDarkTheme : webLightTheme);
  });
});

describe("planTarget", () => {
  it.each([
    // All well inside Excel: write the plan.
    [{ inExcel: true, missingRequirementSets: [] }, "excel", undefined],
    // In a browser: download, and say why.
    [{ inExcel: false, missingRequirementSets: [] }, "download", /not running inside Excel/],
    // An older Excel: download, naming what it lacks.
    [{ inExcel: true, missingRequirementSets: ["ExcelApi 1.9"] }, "download", /lacks ExcelApi 1\.9/],
    // The host check itself failed: the file is the safe offer.
    [null, "download", /could not be reached/],
  ])("%j → %s", (host, mode, reason) => {
    const target = planTarget(host, false);
    expect(target.mode).toBe(mode);
    if (reason) expect(target.mode === "download" && target.reason).toMatch(reason);
  });

  it("waits while the host is still being checked", () => {
    expect(planTarget(null, true)).toEqual({ mode: "checking" });
  });
});
