import { applyWorkbook } from "../../src/excel/apply-workbook";
import { parseCell, refAddress } from "../../src/plan/a1";
import { ExcelServiceError } from "../../src/excel/office-errors";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, LAYOUTS, STANDARDS, type PlanOptions } from "../../src/plan/options";
import type { AppliedNames, Cell, SheetModel, WorkbookModel } from "../../src/plan/sheet-model";
import { resolveTokens } from "../../src/plan/tokens";
import { applyToFake } from "./apply-to-fake";
import { FakeOffice, type FakeWorkbookState } from "./fake-excel";
import { HOSTILE_TEXT, SMALL_MODEL } from "./fixtures/small-model";

const OPTIONS: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Example NHS Trust" };

const apply = applyToFake;

/** What the model says a cell must hold once names are final. */
function expected(cell: Cell, names: AppliedNames): Cell {
  return cell.kind === "formula" ? { kind: "formula", formula: resolveTokens(cell.formula, names) } : cell;
}

/** Every cell of every block reads back exactly as the model gave it. */
function expectCellsWritten(
  state: FakeWorkbookState,
  sheet: SheetModel,
  sheetName: string,
  names: AppliedNames,
): void {
  for (const block of sheet.blocks) {
    const start = parseCell(block.anchor);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = refAddress({ row: start.row + r, column: start.column + c });
        expect({ address, cell: state.cell(sheetName, address) }).toEqual({
          address,
          cell: expected(cell, names),
        });
      }),
    );
  }
}

const blockCount = (model: WorkbookModel): number =>
  model.sheets.reduce((sum, s) => sum + s.blocks.length, 0);
const rangeWrites = (state: FakeWorkbookState): number =>
  state.calls.filter((c) => c.endsWith(".formulas")).length;

describe("applyWorkbook with a hand-made model", () => {
  it("writes every feature in one Excel.run with two syncs and nothing left unsent", async () => {
    const { state, report } = await apply(SMALL_MODEL, { pageLayoutShowing: true });
    expect(state.syncsPerRun).toEqual([2]);
    expect(state.discardedAtEnd).toBe(0);
    // one range write per block, never per cell
    expect(rangeWrites(state)).toBe(blockCount(SMALL_MODEL));

    expect(report.createdSheets).toEqual([
      { id: "summary", name: "Summary" },
      { id: "data", name: "Data" },
    ]);
    // new sheets go after the existing one, which stays active
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Summary", "Data"]);
    expect(state.activeSheet).toBe("Sheet1");

    expectCellsWritten(state, SMALL_MODEL.sheets[0], "Summary", report);
    expectCellsWritten(state, SMALL_MODEL.sheets[1], "Data", report);
    expect(state.cell("Summary", "D11")).toEqual({ kind: "formula", formula: "=SUM('Data'!$B$2:$B$4)" });
    expect(state.cell("Summary", "C11")).toEqual({
      kind: "formula",
      formula: '=COUNTIF(Actions[Status],"Done")',
    });

    const summary = state.sheet("Summary");
    expect(summary.tabColor).toBe("#1F4E78");
    expect(state.tables).toEqual([
      expect.objectContaining({
        name: "Actions",
        hasHeaders: true,
        style: "TableStyleLight9",
        showBandedRows: true,
        showFilterButton: true,
      }),
    ]);
    expect(summary.merges).toEqual(["A1:D1"]);
    // 40 characters → 285 pixels → 213.75 points; the default 8.43 → 48 points
    expect(summary.columnWidths).toEqual({ A: 213.75, B: 48 });
    expect(summary.validations).toEqual([
      {
        address: "C4:C10",
        rule: { list: { inCellDropDown: true, source: "Open,Done" } },
        ignoreBlanks: true,
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Choose a status",
          message: "Pick Open or Done.",
        },
        prompt: { showPrompt: true, title: "Status", message: "Pick from the list." },
      },
    ]);
    expect(summary.conditionalFormats).toEqual([
      {
        address: "C4:C10",
        type: "Custom",
        formula: '=EXACT($C4,"Done")',
        fill: "#0070C0",
        fontColor: "#FFFFFF",
        bold: true,
        stopIfTrue: true,
      },
    ]);
    expect(summary.freeze).toEqual({ rows: 3, columns: 1 });
    expect(state.sheet("Data").freeze).toEqual({ rows: 1, columns: 0 });
    expect(summary.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
      centerFooter: "Page &P of &N",
    });
    expect(summary.charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        source: "A3:A10",
        seriesBy: "Columns",
        title: "Scores",
        position: { start: "F3", end: "K14" },
        seriesColours: {},
        pointColours: {},
      }),
      // a single series of 3 points: only 3 of the 4 colours can be used
      expect.objectContaining({
        type: "Pie",
        source: "F20:G23",
        seriesBy: "Columns",
        title: "Mix",
        position: { start: "I3", end: "L12" },
        seriesColours: {},
        pointColours: { 0: "#FF0000", 1: "#00B050", 2: "#0070C0" },
        unseenColours: [],
      }),
    ]);
    expect(summary.formats).toEqual(
      expect.arrayContaining([
        { address: "A1", property: "format.font.bold", value: true },
        { address: "A3:D3", property: "format.fill.color", value: "#1F4E78" },
        { address: "A3:D3", property: "format.borders.InsideVertical.style", value: "Continuous" },
        { address: "D4:D10", property: "format.protection.locked", value: false },
        { address: "D4:D10", property: "format.horizontalAlignment", value: "Right" },
      ]),
    );
    // a one-row range has no inside horizontal border to set
    expect(
      summary.formats.some((f) => f.address === "A3:D3" && f.property.includes("InsideHorizontal")),
    ).toBe(false);
    expect(state.names).toEqual([
      {
        name: "WRES_TOTAL",
        formula: "=SUM('Data'!$B$2:$B$4)",
        comment: "All staff counted on the data sheet.",
      },
    ]);
  });

  // Each would become a formula, a number or a DDE call if typed into a General cell.
  it.each(HOSTILE_TEXT.map((text, i) => [text, `A${4 + i}`]))(
    "keeps %s as text in %s",
    async (text, address) => {
      const { state } = await apply(SMALL_MODEL);
      expect(state.cell("Summary", address)).toEqual({ kind: "text", text });
    },
  );

  it("refuses a formula naming a sheet the model lacks before writing anything", async () => {
    const office = new FakeOffice();
    const remove = office.install();
    try {
      await expect(applyWorkbook({ ...SMALL_MODEL, sheets: [SMALL_MODEL.sheets[0]] })).rejects.toThrow(
        'Unknown sheet id "data"',
      );
      expect(office.state.calls).toEqual([]);
    } finally {
      remove();
    }
  });

  it("leaves the user's own sheet, table, names and active sheet exactly as they were", async () => {
    const office = new FakeOffice({
      sheets: ["Budget", "Notes"],
      names: [{ name: "Rate", formula: "=0.2", comment: "" }],
    });
    office.state.seed("Budget", "A1", [
      ["Item", "Cost"],
      ["=not a formula", 10],
      ["Rent", 1200],
    ]);
    office.state.seedTable("Budget", "Actions", "A1:B3");
    office.state.activeSheet = "Notes";
    const before = ["Budget", "Notes"].map((s) => office.state.snapshot(s));
    const remove = office.install();
    try {
      const report = await applyWorkbook(SMALL_MODEL);
      expect(["Budget", "Notes"].map((s) => office.state.snapshot(s))).toEqual(before);
      expect(office.state.activeSheet).toBe("Notes");
      expect(office.state.names[0]).toEqual({ name: "Rate", formula: "=0.2", comment: "" });
      // the user's table keeps its name; ours steps aside
      expect(office.state.tables.map((t) => t.name)).toEqual(["Actions", "Actions_2"]);
      expect(report.tables.actions).toBe("Actions_2");
      expect(office.state.cell("Summary", "C11")).toEqual({
        kind: "formula",
        formula: '=COUNTIF(Actions_2[Status],"Done")',
      });
    } finally {
      remove();
    }
  });

  it("shortens validation messages beyond Excel's limits rather than fail the write", async () => {
    const long = {
      errorTitle: "A title that is far too long for Excel",
      errorMessage: "e".repeat(300),
      prompt: "p".repeat(300),
    };
    const summary = {
      ...SMALL_MODEL.sheets[0],
      validations: [{ ...SMALL_MODEL.sheets[0].validations[0], ...long }],
    };
    const { state } = await apply({ ...SMALL_MODEL, sheets: [summary, SMALL_MODEL.sheets[1]] });
    const [v] = state.sheet("Summary").validations;
    expect(v.errorAlert?.title).toBe("A title that is far too long fo…");
    expect([v.errorAlert?.message.length, v.prompt?.message.length]).toEqual([225, 255]);
  });

  it("activates the requested sheet in the same batch", async () => {
    const { state } = await apply(SMALL_MODEL, {}, "summary");
    expect(state.activeSheet).toBe("Summary");
    expect(state.syncsPerRun).toEqual([2]);
  });

  it("refuses a model whose list option holds a comma before writing anything", async () => {
    const bad: WorkbookModel = {
      ...SMALL_MODEL,
      sheets: [
        {
          ...SMALL_MODEL.sheets[0],
          validations: [
            { ...SMALL_MODEL.sheets[0].validations[0], source: { values: ["On Track, Good Progress"] } },
          ],
        },
        SMALL_MODEL.sheets[1],
      ],
    };
    const office = new FakeOffice();
    const remove = office.install();
    try {
      await expect(applyWorkbook(bad)).rejects.toThrow("contains a comma");
      expect(office.state.calls).toEqual([]);
    } finally {
      remove();
    }
  });
});

describe("applyWorkbook with built plans", () => {
  it("writes 9 indicators × 10 actions in two syncs", async () => {
    const model = buildWorkbook({ ...OPTIONS, actionsPerIndicator: 10 });
    const { state, report } = await apply(model);
    expect(state.syncsPerRun).toEqual([2]);
    // sync 1 only reads the names already taken; everything else waits for sync 2
    expect(state.calls.slice(0, state.syncMarks[0])).toEqual([
      "load worksheets.items",
      "load tables.items",
      "load names.items",
    ]);
    expect(state.syncMarks[1]).toBe(state.calls.length);
    expect(rangeWrites(state)).toBe(blockCount(model));
    for (const sheet of model.sheets) expectCellsWritten(state, sheet, report.sheets[sheet.id], report);
  });

  it("needs the same number of syncs and range writes for 3 and 10 actions per indicator", async () => {
    const three = await apply(buildWorkbook({ ...OPTIONS, actionsPerIndicator: 3 }));
    const ten = await apply(buildWorkbook({ ...OPTIONS, actionsPerIndicator: 10 }));
    expect(ten.state.syncsPerRun).toEqual(three.state.syncsPerRun);
    expect(rangeWrites(ten.state)).toBe(rangeWrites(three.state));
    // no call is made per row or per cell: 7 more rows per indicator add no calls at all
    expect(ten.state.calls.length).toBe(three.state.calls.length);
  });

  const combos = STANDARDS.flatMap((standard) => LAYOUTS.map((layout) => [standard, layout] as const));
  it.each(combos)("%s %s: every sheet written, two syncs", async (standard, layout) => {
    const model = buildWorkbook({ ...OPTIONS, standard, layout });
    const { state, report } = await apply(model);
    expect(state.syncsPerRun).toEqual([2]);
    // the spec's plan sheet, plus the data sheet for WRES (its counts are WRES-only)
    expect(model.sheets.map((s) => s.id)).toEqual(standard === "WRES" ? ["plan", "data"] : ["plan"]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...model.sheets.map((s) => s.name)]);
    for (const sheet of model.sheets) expectCellsWritten(state, sheet, report.sheets[sheet.id], report);
    // the Progress drop-down and the status fills exist on the plan sheet
    const plan = state.sheet(report.sheets.plan);
    expect(plan.validations.length).toBeGreaterThan(0);
    expect(plan.conditionalFormats.length).toBeGreaterThanOrEqual(OPTIONS.statuses.length);
  });

  it("keeps an organisation name that starts with = as text in the title", async () => {
    const organisation = "=cmd|' /C calc'!A0";
    const { state, report } = await apply(buildWorkbook({ ...OPTIONS, organisation }));
    // title format from spec/action-plan.md
    expect(state.cell(report.sheets.plan, "A1")).toEqual({
      kind: "text",
      text: `${organisation} — Workforce Race Equality Standard Action Plan 2025-26`,
    });
  });

  it("a second click adds '(2)' sheets and '_2' tables and leaves the first plan untouched", async () => {
    const model = buildWorkbook(OPTIONS);
    const office = new FakeOffice();
    const remove = office.install();
    try {
      const first = await applyWorkbook(model);
      const before = first.createdSheets.map((s) => office.state.snapshot(s.name));
      const tablesBefore = office.state.tables.map((t) => t.name);
      const second = await applyWorkbook(model);
      expect(second.createdSheets).toEqual(
        first.createdSheets.map((s) => ({ id: s.id, name: `${s.name} (2)` })),
      );
      expect(second.tables.plan).toBe(`${first.tables.plan}_2`);
      expect(office.state.tables.map((t) => t.name)).toEqual([...tablesBefore, `${first.tables.plan}_2`]);
      expect(first.createdSheets.map((s) => office.state.snapshot(s.name))).toEqual(before);
      // the second plan reads from the second data sheet, not the first
      for (const sheet of model.sheets)
        expectCellsWritten(office.state, sheet, second.sheets[sheet.id], second);
      const planFormulas = [...office.state.sheet(second.sheets.plan).cells.values()].flatMap((c) =>
        c.formula ? [c.formula] : [],
      );
      const dataRefs = planFormulas.filter((f) => f.includes("WRES data"));
      expect(dataRefs.length).toBeGreaterThan(0);
      expect(dataRefs.every((f) => f.includes("'WRES data 2025-26 (2)'!"))).toBe(true);
      expect(office.state.syncsPerRun).toEqual([2, 2]);
    } finally {
      remove();
    }
  });

  it("leaves existing defined names alone and reports them", async () => {
    const existing = { name: "wres_rl", formula: "=42", comment: "The user's own" };
    const model = buildWorkbook({ ...OPTIONS, formulaStyle: "lambda" });
    const { state, report } = await apply(model, { names: [existing] });
    expect(report.skippedNames).toEqual(["WRES_RL"]);
    expect(state.names.find((n) => n.name.toLowerCase() === "wres_rl")).toEqual(existing);
    const added = model.names.filter((n) => n.name !== "WRES_RL").map((n) => n.name);
    expect(state.names.map((n) => n.name)).toEqual(["wres_rl", ...added]);
  });

  // Every host that loads the add-in has ExcelApi 1.9 (requirements.ts); one without it gets the .xlsx.
  it("refuses to start on an Excel without ExcelApi 1.9, touching nothing", async () => {
    const office = new FakeOffice({ excelApi: "1.8" });
    const remove = office.install();
    try {
      const error = await applyWorkbook(buildWorkbook(OPTIONS)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelServiceError);
      expect(error).toMatchObject({
        code: "requirements_missing",
        message:
          "This version of Excel lacks ExcelApi 1.9, which the plan needs. Download the workbook instead.",
      });
      expect(office.state.syncsPerRun).toEqual([]);
      expect(office.state.calls).toEqual([]);
    } finally {
      remove();
    }
  });
});

// The pre-flight checks (bad addresses, tokens, list options …) are tested for both writers in
// test/plan/model-rules.test.ts.
describe("applyWorkbook pre-flight", () => {
  it("cuts a sheet name longer than 31 characters instead of letting Excel refuse it", async () => {
    const long = "Workforce Race Equality Standard data";
    const { state, report } = await apply({
      ...SMALL_MODEL,
      sheets: [SMALL_MODEL.sheets[0], { ...SMALL_MODEL.sheets[1], name: long }],
    });
    expect(report.sheets.data).toBe(long.slice(0, 31));
    expect(state.sheets.map((s) => s.name)).toContain("Workforce Race Equality Standar");
    // formulas that point at the data sheet use the name it finally got
    expect(state.cell("Summary", "D11")).toEqual({
      kind: "formula",
      formula: "=SUM('Workforce Race Equality Standar'!$B$2:$B$4)",
    });
  });
});
