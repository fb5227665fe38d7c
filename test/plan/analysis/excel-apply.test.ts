/**
 * The analysis sheets through the Excel writer (against the office.js fake the writer's own tests use):
 * written in the same single batch as the plan, tables and charts where the model puts them, cross-sheet
 * tokens resolved to the names Excel ended up with.
 */
import { applyWorkbook } from "../../../src/excel/apply-workbook";
import { withAnalysisSheets } from "../../../src/plan/analysis-sheets";
import { buildWorkbook } from "../../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "../../../src/plan/options";
import { FakeOffice } from "../../excel/fake-excel";

const options: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Example NHS Trust" };
const band = (name: string, white: number, bme: number, unknown: number) => ({
  band: name,
  white,
  bme,
  unknown,
});

describe("analysis sheets applied by the Excel writer", () => {
  const model = withAnalysisSheets(buildWorkbook(options), options, {
    bandTables: {
      nonClinical: [band("Band 5", 10, 5, 1)],
      clinical: [band("Band 5", 20, 10, 0)],
      medical: [band("Consultants", 8, 6, 0)],
      overall: [band("Band 5", 30, 15, 1), band("Consultants", 8, 6, 0)],
    },
  });

  it("writes every analysis sheet, table and chart in the one batch, with two syncs", async () => {
    // A sheet called "Dashboard" already exists, so ours becomes "Dashboard (2)" and formulas must follow.
    const office = new FakeOffice({ sheets: ["Sheet1", "Dashboard"] });
    const remove = office.install();
    try {
      const report = await applyWorkbook(model);
      const state = office.state;
      expect(state.totalSyncs).toBeLessThanOrEqual(2);
      expect(report.sheets.dashboard).toBe("Dashboard (2)");
      const ind1 = model.sheets.find((s) => s.id === "indicator1")!;
      const tableNames = state.tables.map((t) => t.name);
      for (const t of ind1.tables) expect(tableNames).toContain(report.tables[t.id]);
      const charts = state.sheet(report.sheets.indicator1).charts;
      expect(charts.map((c) => c.source)).toEqual(ind1.charts.map((c) => c.dataRange));
      const dashboard = model.sheets.find((s) => s.id === "dashboard")!;
      const dashCharts = state.sheet("Dashboard (2)").charts;
      // One series, so the status colours go on the points.
      expect(Object.values(dashCharts[0].pointColours)).toEqual(options.statuses.map((s) => s.colour));
      const overdue = state.cell("Dashboard (2)", dashboard.outputs["count.overdue"]);
      expect(overdue.kind === "formula" && overdue.formula).toContain(`'${report.sheets.plan}'!`);
    } finally {
      remove();
    }
  });
});
