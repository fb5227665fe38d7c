import { checkRequirements, officeSetChecker } from "../../src/excel/requirements";
import { FakeOffice } from "./fake-excel";

describe("checkRequirements", () => {
  it.each([
    // current Excel: nothing missing
    ["1.9", true, true, []],
    // ExcelApi 1.8 (Excel 2019 era): the plan can be written, print setup cannot
    ["1.8", true, false, ["ExcelApi 1.9"]],
    // older: both are reported so the pane can offer the .xlsx instead
    ["1.7", false, false, ["ExcelApi 1.8", "ExcelApi 1.9"]],
    // "1.10" is newer than "1.9" (a decimal comparison would get this wrong)
    ["1.10", true, true, []],
  ])("ExcelApi %s → plan %s, print %s, missing %j", (version, plan, print, missing) => {
    const remove = new FakeOffice({ excelApi: version }).install();
    try {
      expect(checkRequirements()).toEqual({ canWritePlan: plan, canSetUpPrinting: print, missing });
    } finally {
      remove();
    }
  });

  it("treats everything as missing outside Office", () => {
    expect(officeSetChecker("ExcelApi", "1.1")).toBe(false);
    expect(checkRequirements().missing).toEqual(["ExcelApi 1.8", "ExcelApi 1.9"]);
  });

  it("accepts an injected checker", () => {
    expect(checkRequirements((_n, v) => v === "1.8").missing).toEqual(["ExcelApi 1.9"]);
  });
});
