/**
 * "Analyse data" end to end on the fake workbook: a plan made by the add-in, the sample trust's extracts as
 * tables, then one click. Counts are checked against expected.json, the plan's Result cells are evaluated
 * by HyperFormula from what the fake workbook holds, and the syncs are counted.
 */
import { HyperFormula } from "hyperformula";
import { parseCell } from "../../src/plan/a1";
import {
  analyseData,
  lastAnalysis,
  refreshAnalysis,
  type AnalyseRequest,
} from "../../src/excel/analyse-data";
import { memoryStore } from "../support/memory-settings";
import * as modelRules from "../../src/plan/model-rules";
import { createPlanInExcel } from "../../src/excel/excel-services";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "../../src/plan/options";
import { sampleTrust, total } from "../support/sample-trust";
import { FakeOffice, SheetState } from "./fake-excel";
import "./fake-excel-analysis";
import { SAMPLE_FILES, readSample, seedExtractTable } from "./sample-trust-workbook";

const OPTIONS: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Sample Trust" };
const DATA = "WRES data 2025-26";
const PLAN = "WRES plan 2025-26";
const model = buildWorkbook(OPTIONS);
const dataModel = model.sheets.find((s) => s.role === "data");
if (!dataModel) throw new Error("no data sheet in the model");

const extracts = {
  staff: readSample(SAMPLE_FILES.staff),
  "staff-previous": readSample(SAMPLE_FILES["staff-previous"]),
  applications: readSample(SAMPLE_FILES.applications),
  board: readSample(SAMPLE_FILES.board),
};

const TABLES = {
  staff: "Staff",
  "staff-previous": "StaffPrevious",
  applications: "Applications",
  board: "Board",
};

const request: AnalyseRequest = {
  sources: {
    staff: { kind: "table", table: TABLES.staff },
    "staff-previous": { kind: "table", table: TABLES["staff-previous"] },
    applications: { kind: "table", table: TABLES.applications },
    board: { kind: "table", table: TABLES.board },
  },
  dataSheet: DATA,
};

let office: FakeOffice;
let remove: () => void;

beforeEach(async () => {
  office = new FakeOffice({ sheets: ["Sheet1"] });
  remove = office.install();
  await createPlanInExcel(OPTIONS);
  office.state.syncsPerRun.length = 0;
});
afterEach(() => remove());

function seedSample(): void {
  for (const kind of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    seedExtractTable(
      office,
      `${TABLES[kind]} data`,
      TABLES[kind],
      extracts[kind].header,
      extracts[kind].rows,
    );
  }
}

/** What an input cell of the data sheet holds, as a number, or undefined if it is not a number. */
function inputValue(key: string): number | undefined {
  const cell = office.state.cell(DATA, dataModel!.inputs[key]);
  return cell.kind === "number" ? cell.value : undefined;
}

/** The text cells of a sheet of the fake workbook. */
function sheetText(sheet: string): string[] {
  return [...office.state.sheet(sheet).cells.values()].flatMap((c) =>
    typeof c.value === "string" && c.value !== "" && c.formula === undefined ? [c.value] : [],
  );
}

/** expected.json count name → the data sheet's input measure. */
const COUNT_MEASURES: readonly [keyof typeof sampleTrust.counts, string][] = [
  ["headcount", "headcount"],
  ["training", "training"],
  ["disciplinary", "disciplinary"],
  ["prev_headcount", "prev.headcount"], // the previous year's extract fills the previous-year columns
  ["prev_disciplinary", "prev.disciplinary"],
  ["shortlisted", "shortlisted"],
  ["appointed", "appointed"],
  ["board_voting", "board.voting"],
  ["board_executive", "board.executive"],
];

/** HyperFormula over the fake workbook's plan and data sheets, exactly as they hold cells. */
function evaluate(): (sheet: string, address: string) => unknown {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const name of [PLAN, DATA]) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [k, stored] of office.state.sheet(name).cells) {
      const [row, column] = k.split(":").map(Number);
      while (grid.length <= row) grid.push([]);
      const r = grid[row];
      while (r.length <= column) r.push(null);
      r[column] = stored.formula ?? (stored.value === "" ? null : stored.value);
    }
    sheets[name] = grid;
  }
  const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  return (sheet, address) => {
    const { row, column } = parseCell(address);
    return engine.getCellValue({ sheet: engine.getSheetId(sheet) as number, row, col: column });
  };
}

describe("analyseData on the sample trust", () => {
  it("fills every count of expected.json into the data sheet in one Excel.run", async () => {
    seedSample();
    const progress: [number, number][] = [];
    const settings = memoryStore();
    const result = await analyseData(request, { settings, onProgress: (d, t) => progress.push([d, t]) });
    // Sync 1 lists and locates; then seven pages, as each extract's first page is 5,000 rows and the next is
    // sized from it: staff 5,000 + 1,000, the previous year's 5,000 + 760, applications 5,000 + 7,000, and the
    // 14 board members; one sync reads the plan; the last writes.
    expect(office.state.syncsPerRun).toEqual([1 + 7 + 1 + 1]);
    for (const [name, measure] of COUNT_MEASURES) {
      const c = sampleTrust.counts[name];
      expect([
        inputValue(`${measure}.white`),
        inputValue(`${measure}.bme`),
        inputValue(`${measure}.unknown`),
      ]).toEqual([c.White, c.BME, c.Unknown]);
    }
    expect(result.counts.board).toEqual({ white: 9, bme: 4, unknown: 1 });
    expect(result.inputsWritten).toBe(COUNT_MEASURES.length * 3);
    expect(result.rowsWithProblems).toBe(0);
    expect(result.rows.staff).toBe(6000);
    const allRows = Object.values(extracts).reduce((n, e) => n + e.rows.length, 0); // every record of the four CSVs
    expect(progress[progress.length - 1]).toEqual([allRows, allRows]);
    expect(result.columns.staff?.ethnicity).toBe("Ethnic Origin");
  });

  // Each headline figure against expected.json's independently computed value.
  it.each([
    ["ind1.current", "1_overall_bme_share"],
    ["ind2.current", "2_appointment_rl"],
    ["ind3.current", "3_disciplinary_rl_current_year"],
    ["ind3.two_year", "3_disciplinary_rl_two_year"], // needs the previous year's extract too
    ["ind4.current", "4_training_rl"],
    ["ind9.voting.current", "9_board_gap_voting"],
    ["ind9.executive.current", "9_board_gap_executive"],
  ])("the data sheet's %s evaluates to expected.json %s", async (key, name) => {
    seedSample();
    await analyseData(request, { settings: memoryStore() });
    const value = evaluate()(DATA, dataModel!.outputs[key]);
    expect(typeof value).toBe("number");
    // Board gaps are shown in percentage points (100 × the fraction).
    const scale = key.startsWith("ind9.") ? 100 : 1;
    expect(Math.abs((value as number) - scale * sampleTrust.indicators[name])).toBeLessThan(1e-12 * scale);
  });

  // The plan's Result column shows the figure as the data sheet formats it: relative likelihoods to two
  // decimals. (Percentages are left out: HyperFormula's TEXT does not scale "0.0%" by 100 as Excel does.)
  it.each([
    [2, `2025-26 ${sampleTrust.indicators["2_appointment_rl"].toFixed(2)}.`],
    [3, `2025-26 ${sampleTrust.indicators["3_disciplinary_rl_current_year"].toFixed(2)}.`],
    [3, `Two years pooled: ${sampleTrust.indicators["3_disciplinary_rl_two_year"].toFixed(2)}.`], // both years
    [4, `2025-26 ${sampleTrust.indicators["4_training_rl"].toFixed(2)}.`],
  ])("the plan's Result cell for indicator %d shows %s", async (n, shown) => {
    seedSample();
    await analyseData(request, { settings: memoryStore() });
    const current = dataModel!.outputs[`ind${n}.current`];
    const cells = [...office.state.sheet(PLAN).cells.entries()].filter(
      ([, c]) =>
        c.formula?.startsWith("=IF(ISNUMBER(") &&
        c.formula.includes(`!${current.replace(/(\D+)(\d+)/, "$$$1$$$2")}`),
    );
    expect(cells.length).toBeGreaterThan(0);
    const read = evaluate();
    for (const [k] of cells) {
      const [row, column] = k.split(":").map(Number);
      const address = `${String.fromCharCode(65 + column)}${row + 1}`;
      expect(String(read(PLAN, address))).toContain(shown);
    }
  });

  it("writes the indicator 1, Model Employer and dashboard sheets, and Refresh replaces rather than adds them", async () => {
    seedSample();
    const settings = memoryStore();
    const first = await analyseData(request, { settings });
    expect(first.sheetsWritten).toEqual([
      "Dashboard",
      "Indicator 1 by band",
      "Model Employer goals",
      "Data quality",
    ]);
    // The sample trust's extracts are clean (expected.json counts every row), and the sheet says so.
    expect(sheetText("Data quality")).toContain("None: every row was read cleanly.");
    expect(first.notes).toEqual([]);
    // The dashboard counts the existing plan's Status column, on the sheet the plan really has.
    const dashboard = [...office.state.sheet("Dashboard").cells.values()].map((c) => c.formula ?? "");
    expect(dashboard.some((f) => f.startsWith("=SUMPRODUCT(--EXACT('WRES plan 2025-26'!$"))).toBe(true);
    // Replace the staff extract with its first 3,000 rows, then Refresh.
    office.state.tables.splice(
      office.state.tables.findIndex((t) => t.name === TABLES.staff),
      1,
    );
    office.state.sheet("Staff data").cells.clear();
    seedExtractTable(
      office,
      "Staff data",
      TABLES.staff,
      extracts.staff.header,
      extracts.staff.rows.slice(0, 3000),
    );
    office.state.syncsPerRun.length = 0;
    const again = await refreshAnalysis({ settings });
    // 3,000 staff now one page; the other three extracts as before (two, two and one pages).
    expect(office.state.syncsPerRun).toEqual([1 + 6 + 1 + 1]);
    expect(again.rows.staff).toBe(3000);
    const total =
      (inputValue("headcount.white") ?? 0) +
      (inputValue("headcount.bme") ?? 0) +
      (inputValue("headcount.unknown") ?? 0);
    expect(total).toBe(3000);
    expect(again.sheetsWritten).toEqual(first.sheetsWritten);
    expect(office.state.sheets.map((s) => s.name).filter((n) => n.includes("(2)"))).toEqual([]);
    expect(office.state.sheets.filter((s) => s.name === "Data quality")).toHaveLength(1);
  });

  // The plan is read by its headers, not matched by its row count: a user who added five action rows still
  // gets a dashboard, and it counts the Status column down to the new last row.
  it("builds the dashboard over a plan the user added rows to", async () => {
    seedSample();
    const i = office.state.tables.findIndex((t) => t.sheet.name === PLAN);
    const t = office.state.tables[i];
    office.state.tables[i] = { ...t, rect: { ...t.rect, bottom: t.rect.bottom + 5 } };
    const result = await analyseData(request, { settings: memoryStore() });
    expect(result.sheetsWritten).toContain("Dashboard");
    const last = t.rect.bottom + 5 + 1; // the table's new last row, as the sheet numbers it
    const ranges = [...office.state.sheet("Dashboard").cells.values()].flatMap((c) =>
      [...(c.formula ?? "").matchAll(new RegExp(`'${PLAN}'!\\$[A-Z]+\\$(\\d+):\\$[A-Z]+\\$(\\d+)`, "g"))].map(
        (m) => [Number(m[1]), Number(m[2])],
      ),
    );
    expect(ranges.length).toBeGreaterThan(0); // the status counts and overdue
    expect(ranges.every(([, bottom]) => bottom === last)).toBe(true);
  });

  it("remembers the sources and columns inside the workbook's settings", async () => {
    seedSample();
    const settings = memoryStore();
    await analyseData(request, { settings });
    expect(settings.saved).toBe(1);
    // The setting saved workbooks hold: renaming it would forget every earlier analysis.
    expect(typeof settings.get("wres.analyseData")).toBe("string");
    const remembered = lastAnalysis(settings);
    expect(remembered?.dataSheet).toBe(DATA);
    expect(remembered?.sources).toEqual(request.sources);
    expect(remembered?.columns?.applications).toEqual({
      ethnicity: "Ethnic Origin",
      shortlisted: "Shortlisted",
      appointed: "Appointed",
    });
  });
});

describe("columns and rows with problems", () => {
  // Common ESR variants of every staff header, in another order.
  const RENAMED = ["Ethnicity", "AfC Band", "Occupation Group", "CPD", "Disciplinary Investigation"];
  it("matches renamed headers", async () => {
    const s = extracts.staff;
    const order = [1, 2, 3, 4, 5];
    seedExtractTable(
      office,
      "ESR",
      "ESR",
      RENAMED,
      s.rows.map((r) => order.map((i) => r[i])),
    );
    const result = await analyseData(
      { sources: { staff: { kind: "table", table: "ESR" } }, dataSheet: DATA },
      { settings: memoryStore() },
    );
    expect(result.columns.staff).toEqual({
      ethnicity: "Ethnicity",
      band: "AfC Band",
      staffGroup: "Occupation Group",
      training: "CPD",
      disciplinary: "Disciplinary Investigation",
    });
    const c = sampleTrust.counts.training;
    expect([
      inputValue("training.white"),
      inputValue("training.bme"),
      inputValue("training.unknown"),
    ]).toEqual([c.White, c.BME, c.Unknown]);
  });

  it("refuses an unrecognised header with the engine's message, and accepts the user's choice of column", async () => {
    const b = extracts.board;
    seedExtractTable(office, "Members", "Members", ["Name", "Origin", "Voting", "Executive"], b.rows);
    const req: AnalyseRequest = { sources: { board: { kind: "table", table: "Members" } }, dataSheet: DATA };
    await expect(analyseData(req, { settings: memoryStore() })).rejects.toMatchObject({
      code: "invalid_argument",
      message: expect.stringMatching(/^The board extract has no column for ethnicity .*\(table Members\)$/),
    });
    expect(office.state.syncsPerRun).toEqual([1]); // nothing was written
    await analyseData({ ...req, columns: { board: { ethnicity: "Origin" } } }, { settings: memoryStore() });
    expect(inputValue("board.voting.bme")).toBe(sampleTrust.counts.board_voting.BME);
  });

  it("counts and reports rows that cannot be read", async () => {
    const b = extracts.board;
    const rows = b.rows.map((r) => [...r]);
    rows[0][1] = ""; // empty ethnicity: counted as Unknown
    rows[1][2] = "Maybe"; // not a flag: counted as not voting
    seedExtractTable(office, "Board data", "Board", b.header, rows);
    const result = await analyseData(
      { sources: { board: { kind: "table", table: "Board" } }, dataSheet: DATA },
      { settings: memoryStore() },
    );
    expect(result.rowsWithProblems).toBe(2);
    const q = result.quality.extracts[0];
    expect(q.issues.map((i) => [i.code, i.field, i.lines])).toEqual([
      ["blank_ethnicity", "ethnicity", [2]],
      ["unrecognised_flag", "voting", [3]],
    ]);
    expect(q.values).toEqual([{ field: "voting", value: "Maybe", rows: 1, countedAs: "no" }]);
    // Still 14 members: nobody is dropped.
    const c = result.counts.board;
    expect((c?.white ?? 0) + (c?.bme ?? 0) + (c?.unknown ?? 0)).toBe(14);
    // The Data quality sheet lists both, by the rows the sheet shows, and where they were read from.
    const listed = sheetText("Data quality");
    expect(listed).toEqual(
      expect.arrayContaining([
        "blank ethnicity; counted as Unknown",
        "Line 2",
        expect.stringMatching(/^voting board member not one of Y, Yes/),
        "Line 3",
        'voting board member: "Maybe", counted as no',
        "14 rows counted; 0 rows wholly blank at the end, skipped; 2 rows with a problem.",
        "Read from table Board.",
      ]),
    );
    expect(listed).not.toContain("None: every row was read cleanly.");
  });

  it("names unreadable rows by the row number the sheet shows, wherever the range starts", async () => {
    const b = extracts.board;
    const rows = b.rows.map((r) => [...r]);
    rows[3][3] = "perhaps"; // the fourth member, two rows below the header at row 5 plus one: sheet row 9
    office.state.sheets.push(new SheetState("Pasted"));
    office.state.seed("Pasted", "B5", [b.header, ...rows]);
    const result = await analyseData(
      { sources: { board: { kind: "range", sheet: "Pasted", address: "B5:E19" } }, dataSheet: DATA },
      { settings: memoryStore() },
    );
    const issues = result.quality.extracts[0].issues;
    expect(issues.map((i) => [i.code, i.field, i.lines])).toEqual([["unrecognised_flag", "executive", [9]]]);
  });

  it("refuses a sheet that is not a data sheet, before writing anything", async () => {
    seedExtractTable(office, "Board data", "Board", extracts.board.header, extracts.board.rows);
    await expect(
      analyseData(
        { sources: { board: { kind: "table", table: "Board" } }, dataSheet: "Sheet1" },
        { settings: memoryStore() },
      ),
    ).rejects.toMatchObject({
      code: "invalid_argument",
      message: expect.stringContaining("is not a WRES data sheet"),
    });
    expect(office.state.syncsPerRun).toEqual([1]);
  });
});

describe("large extracts", () => {
  // Round trips grow with the rows only by pages, each well under the 5 MB a response may hold. The syncs and
  // the engine's time for 10,000, 100,000 and (with MEASURE_MILLION=1) 1,000,000 rows are printed for the
  // record; speed is not asserted here (a timed unit test fails on a busy machine; speed targets live in
  // `npm run bench`).
  const sizes = [10_000, 100_000, ...(process.env.MEASURE_MILLION ? [1_000_000] : [])];
  it.each(sizes)(
    "%d staff rows: one Excel.run, pages well under 4 MB, progress reported, engine time measured",
    async (n) => {
      const s = extracts.staff;
      const rows = Array.from({ length: n }, (_v, i) => s.rows[i % s.rows.length]);
      seedExtractTable(office, "Big", "Big", s.header, rows);
      office.state.responseBytes.length = 0;
      const progress: number[] = [];
      const result = await analyseData(
        { sources: { staff: { kind: "table", table: "Big" } }, dataSheet: DATA },
        { settings: memoryStore(), onProgress: (done) => progress.push(done) },
      );
      expect(office.state.syncsPerRun).toHaveLength(1);
      const [syncs] = office.state.syncsPerRun;
      const pages = syncs - 3; // besides the first sync (listing, locating), the plan's and the last (writing)
      expect(progress).toHaveLength(pages);
      expect(progress.at(-1)).toBe(n);
      const read = office.state.responseBytes.slice(1, -2);
      expect(Math.max(...read)).toBeLessThan(4_000_000);
      // Pages are sized from what the last one took, so they are few: at least 1 MB each but the first and last.
      expect(read.slice(1, -1).every((b) => b > 1_000_000)).toBe(true);
      const total =
        (inputValue("headcount.white") ?? 0) +
        (inputValue("headcount.bme") ?? 0) +
        (inputValue("headcount.unknown") ?? 0);
      expect(total).toBe(n);
      console.log(
        `${n.toLocaleString("en-GB")} rows: ${syncs} syncs (${pages} pages, largest ${(Math.max(...read) / 1e6).toFixed(2)} MB), engine ${result.engineMs.toFixed(0)} ms`,
      );
    },
    120_000,
  );
});

describe("reading safely at any size (issue 9 finding 1)", () => {
  const headcount = () =>
    (inputValue("headcount.white") ?? 0) +
    (inputValue("headcount.bme") ?? 0) +
    (inputValue("headcount.unknown") ?? 0);

  // 18,000 staff (the sample three times) with 19 more columns of notes: about 5.8 MB of values, more than
  // Excel on the web sends in one response; read in pages of the five matched columns, each well under 4 MB.
  it("reads an extract too big for one response in pages of the matched columns", async () => {
    const s = extracts.staff;
    const notes = Array.from({ length: 19 }, (_v, i) => `Notes ${i + 1}`);
    const rows = Array.from({ length: 18_000 }, (_v, i) => [
      ...s.rows[i % s.rows.length],
      ...notes.map((n) => `${n} for ${i}`),
    ]);
    seedExtractTable(office, "Wide", "Wide", [...s.header, ...notes], rows);
    const progress: number[] = [];
    await analyseData(
      { sources: { staff: { kind: "table", table: "Wide" } }, dataSheet: DATA },
      { settings: memoryStore(), onProgress: (done) => progress.push(done) },
    );
    const h = sampleTrust.counts.headcount;
    expect([
      inputValue("headcount.white"),
      inputValue("headcount.bme"),
      inputValue("headcount.unknown"),
    ]).toEqual([3 * h.White, 3 * h.BME, 3 * h.Unknown]);
    expect(Math.max(...office.state.responseBytes)).toBeLessThan(4_000_000);
    expect(progress.length).toBeGreaterThan(1); // the bar moves page by page
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(18_000);
  });

  // A whole-column source is over the 5,000,000-cell read limit (6 × 1,048,576 cells): only the used rows
  // are read.
  it("reads a whole-column source such as A:F", async () => {
    office.state.sheets.push(new SheetState("Pasted staff"));
    office.state.seed("Pasted staff", "A1", [extracts.staff.header, ...extracts.staff.rows]);
    const result = await analyseData(
      { sources: { staff: { kind: "range", sheet: "Pasted staff", address: "A:F" } }, dataSheet: DATA },
      { settings: memoryStore() },
    );
    expect(result.rows.staff).toBe(6000);
    expect(headcount()).toBe(total(sampleTrust.counts.headcount));
    expect(inputValue("training.bme")).toBe(sampleTrust.counts.training.BME);
  });

  // Finding 3: table.getRange() holds the Total row; its "Total" label and sums must not count as a person.
  it("does not count a table's Total row as a person", async () => {
    const b = extracts.board;
    seedExtractTable(office, "Board data", "Board", b.header, [...b.rows, ["Total", "", 13, 5]], {
      totals: true,
    });
    const result = await analyseData(
      { sources: { board: { kind: "table", table: "Board" } }, dataSheet: DATA },
      { settings: memoryStore() },
    );
    expect(result.counts.board).toEqual({ white: 9, bme: 4, unknown: 1 }); // expected.json's board
    expect(inputValue("board.voting.unknown")).toBe(sampleTrust.counts.board_voting.Unknown);
    expect(result.rowsWithProblems).toBe(0);
  });
});

// Issue 9: Analyse data writes sheets as Create plan does, so it says what Create plan says and refuses what
// Create plan refuses.
describe("writing the analysis sheets as the plan writer does", () => {
  // Issue 10 asks for the dashboard, indicator 1 and Model Employer sheets one page wide (the Data quality
  // sheet is made so too); Excel keeps fit-to-pages only while Page Layout is showing (office-js issue 1860).
  const FITTED = ["Dashboard", "Indicator 1 by band", "Model Employer goals", "Data quality"];

  /** The one note the plan writer gives (apply-workbook.ts): every sheet named, and how to fit it by hand. */
  function expectFitNote(notes: readonly string[], sheets: readonly string[]): void {
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Fit to one page wide on /);
    expect(notes[0]).toContain("Scale to Fit, Width: 1 page");
    for (const sheet of sheets) expect(notes[0]).toContain(sheet);
  }

  it("says which sheets Excel did not fit to one page wide, in the plan writer's words", async () => {
    seedSample();
    const result = await analyseData(request, { settings: memoryStore() });
    expect(result.sheetsWritten).toEqual(FITTED);
    expectFitNote(result.skippedFeatures, FITTED);
    // Excel kept its own scale on every sheet, which is why the pane must say so.
    for (const sheet of FITTED) expect(office.state.sheet(sheet).pageLayout.zoom).toBeUndefined();
  });

  it("says nothing about fitting when Excel kept it (Page Layout showing)", async () => {
    remove();
    office = new FakeOffice({ sheets: ["Sheet1"], pageLayoutShowing: true });
    remove = office.install();
    await createPlanInExcel(OPTIONS);
    seedSample();
    const result = await analyseData(request, { settings: memoryStore() });
    expect(result.skippedFeatures).toEqual([]);
    for (const sheet of FITTED)
      expect(office.state.sheet(sheet).pageLayout.zoom).toMatchObject({ horizontalFitToPages: 1 });
  });

  it("runs the plan writer's pre-flight checkModel over every sheet it writes, with the plan's and data sheet's names", async () => {
    seedSample();
    const check = jest.spyOn(modelRules, "checkModel");
    try {
      const result = await analyseData(request, { settings: memoryStore() });
      expect(check).toHaveBeenCalledTimes(1);
      const [model, outside] = check.mock.calls[0];
      expect(model.sheets.map((s) => s.name)).toEqual(result.sheetsWritten);
      // The dashboard's formulas name the plan and data sheets, which Analyse does not write.
      expect(outside?.sheets).toMatchObject({ plan: PLAN, data: DATA });
    } finally {
      check.mockRestore();
    }
  });

  it("writes nothing, neither counts nor sheets, when the pre-flight refuses a sheet", async () => {
    seedSample();
    const before = office.state.sheets.map((s) => s.name);
    const check = jest.spyOn(modelRules, "checkModel").mockImplementation(() => {
      throw new Error("The drop-down options are longer than Excel's 255-character limit.");
    });
    try {
      await expect(analyseData(request, { settings: memoryStore() })).rejects.toMatchObject({
        message: "Nothing was written: The drop-down options are longer than Excel's 255-character limit.",
      });
    } finally {
      check.mockRestore();
    }
    expect(office.state.sheets.map((s) => s.name)).toEqual(before);
    expect(inputValue("headcount.white")).toBeUndefined();
    // The run stopped before its last (writing) sync: the first, the pages, the plan's.
    const [syncs] = office.state.syncsPerRun;
    expect(syncs).toBe(1 + 7 + 1);
  });

  // Without a plan table there is nothing for the dashboard to count, and no plan name to hand over.
  it("checks the sheets without a plan too, and they pass", async () => {
    seedSample();
    office.state.tables.splice(
      office.state.tables.findIndex((t) => t.sheet.name === PLAN),
      1,
    );
    const result = await analyseData(request, { settings: memoryStore() });
    expect(result.sheetsWritten).not.toContain("Dashboard");
    expectFitNote(result.skippedFeatures, result.sheetsWritten);
  });
});
