/**
 * The writer against what real Excel does where it surprises: each case follows a rule of the fake
 * (`fake-excel.ts`, which links the documentation page or office-js issue) and failed against the writer
 * before it was fixed.
 */
import { createPlanInExcel } from "../../src/excel/excel-services";
import { withAnalysisSheets } from "../../src/plan/analysis-sheets";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "../../src/plan/options";
import type { Cell, CellBlock, ChartSpec, SheetModel, WorkbookModel } from "../../src/plan/sheet-model";
import { resolveTokens } from "../../src/plan/tokens";
import { parseCell, refAddress } from "../../src/plan/a1";
import { applyToFake } from "./apply-to-fake";
import { FakeOffice, type FakeOptions } from "./fake-excel";
import { SMALL_MODEL } from "./fixtures/small-model";

const OPTIONS: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Example NHS Trust" };
const t = (text: string): Cell => ({ kind: "text", text });
const n = (value: number): Cell => ({ kind: "number", value });
const blank: Cell = { kind: "blank" };

const apply = applyToFake;

const summary = SMALL_MODEL.sheets[0];
const withSummary = (change: Partial<SheetModel>): WorkbookModel => ({
  ...SMALL_MODEL,
  sheets: [{ ...summary, ...change }, SMALL_MODEL.sheets[1]],
});

describe("conditional-format priority", () => {
  // Two rules on the same cells: the model lists the one that must win first.
  const rules = [
    { range: "C4:C10", formula: '=$C4="Done"', fill: "#0070C0", description: "Done: blue" },
    { range: "C4:C10", formula: '=$C4<>""', fill: "#BFBFBF", description: "anything: grey" },
  ];

  it("gives the first rule of the model the top priority in Excel", async () => {
    const { state } = await apply(withSummary({ conditionalFormats: rules }));
    expect(state.sheet("Summary").conditionalFormats.map((c) => c.formula)).toEqual(
      rules.map((r) => r.formula),
    );
  });

  it("keeps the plan's status rules in model order", async () => {
    const model = buildWorkbook(OPTIONS);
    const { state, report } = await apply(model);
    const plan = model.sheets.find((s) => s.id === "plan")!;
    expect(state.sheet(report.sheets.plan).conditionalFormats.map((c) => c.formula)).toEqual(
      plan.conditionalFormats.map((c) => ("formula" in c ? c.formula : undefined)),
    );
  });
});

describe("chart colours", () => {
  // Blank top-left cell: Excel takes the first column as categories and the first row as series names.
  const source: CellBlock = {
    anchor: "F20",
    rows: [
      [blank, t("Goal"), t("Actual")],
      [n(2024), n(10), n(8)],
      [n(2025), n(12), n(11)],
    ],
  };
  const chart = (type: ChartSpec["type"]): ChartSpec => ({
    id: "c",
    type,
    title: "Goal and actual",
    dataRange: "F20:H22",
    seriesBy: "columns",
    anchor: "J20",
    widthColumns: 6,
    heightRows: 10,
    colors: ["#2F5597", "#C55A11"],
  });

  it("colours a line series' line, which is what Excel draws", async () => {
    const { state } = await apply(
      withSummary({ blocks: [...summary.blocks, source], charts: [chart("line")] }),
    );
    const [drawn] = state.sheet("Summary").charts;
    expect(drawn.layout).toMatchObject({ categoriesInFirst: true, seriesNames: ["Goal", "Actual"] });
    expect(drawn.seriesColours).toEqual({ 0: "#2F5597", 1: "#C55A11" });
    expect(drawn.unseenColours).toEqual([]);
  });

  it("fills columns", async () => {
    const { state } = await apply(
      withSummary({ blocks: [...summary.blocks, source], charts: [chart("column")] }),
    );
    const [drawn] = state.sheet("Summary").charts;
    expect(drawn.seriesColours).toEqual({ 0: "#2F5597", 1: "#C55A11" });
    expect(drawn.unseenColours).toEqual([]);
  });

  it("every chart of the analysis sheets reads its categories from the first column and shows every colour", async () => {
    const model = withAnalysisSheets(buildWorkbook(OPTIONS), OPTIONS, {
      bandTables: {
        nonClinical: [{ band: "Band 5", white: 10, bme: 5, unknown: 1 }],
        clinical: [{ band: "Band 5", white: 20, bme: 10, unknown: 0 }],
        medical: [{ band: "Consultants", white: 8, bme: 6, unknown: 0 }],
        overall: [
          { band: "Band 5", white: 30, bme: 15, unknown: 1 },
          { band: "Consultants", white: 8, bme: 6, unknown: 0 },
        ],
      },
    });
    const { state, report } = await apply(model);
    let charts = 0;
    for (const sheet of model.sheets) {
      const drawn = state.sheet(report.sheets[sheet.id]).charts;
      sheet.charts.forEach((spec, i) => {
        const got = drawn[i];
        charts += 1;
        // Excel reads the first column as the categories (years, bands, statuses), not as a series of its own,
        // so the colours land on the series the model meant.
        expect({ chart: spec.id, categoriesInFirst: got.layout?.categoriesInFirst }).toEqual({
          chart: spec.id,
          categoriesInFirst: true,
        });
        expect({ chart: spec.id, unseen: got.unseenColours }).toEqual({ chart: spec.id, unseen: [] });
        expect({
          chart: spec.id,
          colours: Object.keys(got.seriesColours).length + Object.keys(got.pointColours).length,
        }).toEqual({
          chart: spec.id,
          colours: spec.colors?.length ?? 0,
        });
      });
    }
    // indicator 1 (four clusters), Model Employer and the dashboard all have charts
    expect(charts).toBeGreaterThanOrEqual(6);
  });
});

describe("text as typed", () => {
  // Excel takes a leading apostrophe as its text prefix and drops it.
  it.each(["'Tis the season", "'", "''quoted''", "'=SUM(A1)"])("keeps %s", async (text) => {
    const { state } = await apply(
      withSummary({ blocks: [...summary.blocks, { anchor: "A20", rows: [[t(text)]] }] }),
    );
    expect(state.cell("Summary", "A20")).toEqual({ kind: "text", text });
  });

  it("keeps an organisation name that starts with an apostrophe in the plan's title", async () => {
    const organisation = "'t Hooft NHS Trust";
    const { state, report } = await apply(buildWorkbook({ ...OPTIONS, organisation }));
    expect(state.cell(report.sheets.plan, "A1")).toEqual({
      kind: "text",
      text: `${organisation} — Workforce Race Equality Standard Action Plan 2025-26`,
    });
  });
});

describe("the sheet shown afterwards", () => {
  it("is the plan sheet, even though the data sheet's panes are frozen after it", async () => {
    const model = buildWorkbook(OPTIONS);
    const { state, report } = await apply(model, {}, "plan");
    expect(state.sheet(report.sheets.data).freeze).toBeDefined();
    expect(state.activeSheet).toBe(report.sheets.plan);
  });
});

describe("fit to one page wide", () => {
  it("is set where Excel applies it", async () => {
    const { state, report } = await apply(SMALL_MODEL, { pageLayoutShowing: true });
    expect(state.sheet("Summary").pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
    expect(report.skippedFeatures).toEqual([]);
  });

  it("says so, and what to do, where Excel did not apply it", async () => {
    const { state, report } = await apply(SMALL_MODEL);
    expect(state.sheet("Summary").pageLayout.zoom).toBeUndefined();
    expect(report.skippedFeatures).toEqual([
      "Fit to one page wide on “Summary” (Excel sets it only while Page Layout is showing; before printing, choose Page Layout, Scale to Fit, Width: 1 page)",
    ]);
    // everything else about printing is set
    expect(state.sheet("Summary").pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(state.syncsPerRun).toEqual([2]);
  });
});

describe("named LAMBDA formulas", () => {
  async function create(fake: FakeOptions) {
    const office = new FakeOffice(fake);
    const remove = office.install();
    try {
      const created = await createPlanInExcel({ ...OPTIONS, formulaStyle: "lambda" });
      return { state: office.state, skipped: created.skippedFeatures, created };
    } finally {
      remove();
    }
  }

  it("are written where Excel has LAMBDA, in two syncs, and the probe leaves no name behind", async () => {
    const { state, skipped } = await create({ pageLayoutShowing: true });
    expect(skipped).toEqual([]);
    expect(state.syncsPerRun).toEqual([2]);
    const names = buildWorkbook({ ...OPTIONS, formulaStyle: "lambda" }).names.map((x) => x.name);
    expect(state.names.map((x) => x.name)).toEqual(names);
  });

  it("give way to native formulas on an Excel without LAMBDA (Excel 2021), saying why", async () => {
    const { state, skipped, created } = await create({ lambda: false, pageLayoutShowing: true });
    expect(state.nameErrors()).toEqual([]);
    expect(state.names).toEqual([]);
    expect(skipped).toEqual([
      "Named LAMBDA formulas (this Excel has no LAMBDA function, like Excel 2021; the data sheet uses plain formulas instead, which give the same figures)",
    ]);
    expect(state.syncsPerRun).toEqual([2]);
    // Every cell is exactly what the native plan writes.
    const native = buildWorkbook({ ...OPTIONS, formulaStyle: "native" });
    const names = {
      sheets: Object.fromEntries(created.sheets.map((x) => [x.id, x.name])),
      tables: { plan: "WRES_Plan_2025_26" },
    };
    let formulas = 0;
    for (const sheet of native.sheets) {
      for (const block of sheet.blocks) {
        const start = parseCell(block.anchor);
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.kind !== "formula") return;
            formulas += 1;
            const address = refAddress({ row: start.row + r, column: start.column + c });
            expect({ address, cell: state.cell(names.sheets[sheet.id], address) }).toEqual({
              address,
              cell: { kind: "formula", formula: resolveTokens(cell.formula, names) },
            });
          }),
        );
      }
    }
    expect(formulas).toBeGreaterThan(50);
  });
});
