import { checkRequirements, officeSetChecker } from "../../src/excel/requirements";
import { FakeOffice } from "./fake-excel";

describe("checkRequirements", () => {
  it.each([
    // every host that loads the add-in (SharedRuntime 1.1) has ExcelApi 1.9 or later
    ["1.9", true, []],
    // "1.10" is newer than "1.9" (a decimal comparison would get this wrong)
    ["1.10", true, []],
    // a host without page layout: nothing is written half-way, the pane offers the .xlsx
    ["1.8", false, ["ExcelApi 1.9"]],
  ])("ExcelApi %s → can write %s, missing %j", (version, plan, missing) => {
    const remove = new FakeOffice({ excelApi: version }).install();
    try {
      expect(checkRequirements()).toEqual({ canWritePlan: plan, missing });
    } finally {
      remove();
    }
  });

  it("treats everything as missing outside Office", () => {
    expect(officeSetChecker("ExcelApi", "1.1")).toBe(false);
    expect(checkRequirements().missing).toEqual(["ExcelApi 1.9"]);
  });

  it("accepts an injected checker", () => {
    expect(checkRequirements((_n, v) => v === "1.8").missing).toEqual(["ExcelApi 1.9"]);
  });
});
