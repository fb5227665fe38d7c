/** The real services object only forwards: each method reaches the right module with the same arguments. */
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";

jest.mock("../../src/excel/excel-services", () => ({
  createPlanInExcel: jest.fn(() =>
    Promise.resolve({
      sheets: [{ id: "plan", name: "WRES plan 2025-26 (2)" }],
      skippedNames: ["WRES_RL"],
      skippedFeatures: ["Print setup (needs ExcelApi 1.9)"],
    }),
  ),
  activateSheet: jest.fn(() => Promise.resolve()),
  insertFormula: jest.fn(() => Promise.resolve()),
}));
jest.mock("../../src/excel/host", () => ({
  getHostStatus: jest.fn(() => Promise.resolve({ inExcel: true, missingRequirementSets: [] })),
}));
jest.mock("../../src/xlsx/download", () => ({
  downloadWorkbook: jest.fn(() => Promise.resolve({ fileName: "plan.xlsx" })),
}));

import * as excel from "../../src/excel/excel-services";
import * as host from "../../src/excel/host";
import { createServices } from "../../src/taskpane/create-services";
import * as xlsx from "../../src/xlsx/download";

const options = { ...DEFAULT_PLAN_OPTIONS, organisation: "Northshire NHS Trust" };

describe("createServices", () => {
  it("creates the plan in Excel and passes on the sheets and skipped features", async () => {
    const created = await createServices().createPlan(options);
    expect(excel.createPlanInExcel).toHaveBeenCalledWith(options);
    expect(created).toEqual({
      sheets: [{ id: "plan", name: "WRES plan 2025-26 (2)" }],
      skippedFeatures: ["Print setup (needs ExcelApi 1.9)"],
    });
  });

  it("forwards the other actions unchanged", async () => {
    const services = createServices();
    await expect(services.getHostStatus()).resolves.toEqual({ inExcel: true, missingRequirementSets: [] });
    expect(host.getHostStatus).toHaveBeenCalledTimes(1);
    await services.activateSheet("WRES plan 2025-26 (2)");
    expect(excel.activateSheet).toHaveBeenCalledWith("WRES plan 2025-26 (2)");
    await services.insertFormula("=WRES.TREND(");
    expect(excel.insertFormula).toHaveBeenCalledWith("=WRES.TREND(");
    await expect(services.downloadWorkbook(options)).resolves.toEqual({ fileName: "plan.xlsx" });
    expect(xlsx.downloadWorkbook).toHaveBeenCalledWith(options);
  });
});
