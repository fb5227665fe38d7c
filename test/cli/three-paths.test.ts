/**
 * Issue 11 part 1: the worksheet functions, the pane's Analyse data and make-plan give identical counts on
 * the same rows. Each path is fed the same extracts its own way: the functions as Excel passes ranges (an
 * empty cell as 0), Analyse data through the fake Excel workbook as the pane runs it (cells as Excel holds an
 * opened CSV, read page by page), and make-plan as CSV files through the built command. Expected values are
 * the sample trust's expected.json; for the hostile extract, the paths must agree with each other and with
 * functions.md's rule counted by hand below: rows blank in every column read after the last row that has data
 * are padding; every other row is a person (a blank line between records is one of unknown ethnicity).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyseData } from "../../src/excel/analyse-data";
import { memoryStore } from "../support/memory-settings";
import type { SourceRef } from "../../src/excel/data-sources";
import { createPlanInExcel } from "../../src/excel/excel-services";
import { bandTable, groupCounts } from "../../src/functions/registered";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";
import type { ExtractKind } from "../../src/wres/extract-kinds";
import { csvTable, type CsvText } from "../support/csv";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { FakeOffice, SheetState } from "../excel/fake-excel";
import "../excel/fake-excel-analysis";
import { sampleTrust } from "../support/sample-trust";
import { runMakePlan, SAMPLE } from "./run-make-plan";

installCustomFunctionsStub();

type Groups = [white: number, bme: number, unknown: number];
/** Counts by data-sheet input prefix ("headcount", "prev.disciplinary" …). */
type Counts = Record<string, Groups>;

/** What each input prefix is, for the functions path: the kind, its ethnicity column and the flag column. */
const MEASURES: readonly { key: string; kind: ExtractKind; flag?: string }[] = [
  { key: "headcount", kind: "staff" },
  { key: "training", kind: "staff", flag: "Accessed Non-Mandatory Training" },
  { key: "disciplinary", kind: "staff", flag: "Entered Formal Disciplinary" },
  { key: "prev.headcount", kind: "staff-previous" },
  { key: "prev.disciplinary", kind: "staff-previous", flag: "Entered Formal Disciplinary" },
  { key: "shortlisted", kind: "applications", flag: "Shortlisted" },
  { key: "appointed", kind: "applications", flag: "Appointed" },
  { key: "board.voting", kind: "board", flag: "Voting" },
  { key: "board.executive", kind: "board", flag: "Executive" },
];

const FLAGS: Readonly<Record<ExtractKind, string>> = {
  staff: "--staff",
  "staff-previous": "--staff-previous",
  applications: "--applications",
  "applications-previous": "--applications-previous",
  board: "--board",
  "board-previous": "--board-previous",
};

type Extracts = Partial<Record<ExtractKind, { text: string; ethnicityColumn: number }>>;

const sampleText = (file: string) => readFileSync(path.join(SAMPLE, file), "utf8");
const SAMPLE_EXTRACTS: Extracts = {
  staff: { text: sampleText("staff.csv"), ethnicityColumn: 1 },
  "staff-previous": { text: sampleText("staff-previous-year.csv"), ethnicityColumn: 1 },
  applications: { text: sampleText("applications.csv"), ethnicityColumn: 1 },
  board: { text: sampleText("board.csv"), ethnicityColumn: 1 },
};

/**
 * The sample staff extract made hostile: a duplicated "Ethnic Origin" header (column 7, read by choice of
 * column 2), a duplicated unmapped "Notes" header, 5 % blank ethnicities (with their band and flags), unknown
 * values, rows with extra fields, wholly blank lines and a row with data only in the ID column between the
 * records, and after the last record another such row and blank lines (padding).
 */
function hostileStaff(): string {
  const [head, ...rows] = sampleText("staff.csv").trimEnd().split(/\r?\n/);
  const out = [`${head},Notes,Ethnic Origin,Notes`];
  rows.forEach((r, i) => {
    const cells = r.split(",");
    if (i % 20 === 3) cells[1] = ""; // blank ethnicity
    if (i % 97 === 5) cells[1] = "Martian";
    if (i % 113 === 7) cells[1] = "Other";
    if (i % 89 === 11) cells[4] = "maybe"; // unknown flag
    if (i % 131 === 13) cells[2] = "Band 99"; // unknown band
    const extra = i % 71 === 17 ? ",spare" : "";
    out.push(`${cells.join(",")},n,Z,n${extra}`);
    if (i % 1000 === 500) out.push(""); // a blank line between records: a person
    if (i === 2500) out.push("888888,,,,,,,,"); // data only in the ID column between records: a person
  });
  out.push("999999,,,,,,,,"); // data only in the ID column after the last record: padding
  out.push("", ""); // blank lines at the end: padding
  return `${out.join("\n")}\n`;
}

/** The file lines (1-based) of the blank lines before line `before` of a text. */
const blankLinesBefore = (text: string, before: number): number[] =>
  text
    .split("\n")
    .slice(0, before - 1)
    .flatMap((l, i) => (l === "" ? [i + 1] : []));

/** Applications with blank ethnicities among the shortlisted. */
function hostileApplications(): string {
  const [head, ...rows] = sampleText("applications.csv").trimEnd().split(/\r?\n/);
  return `${[head, ...rows.map((r, i) => (i % 25 === 0 ? r.replace(/^([^,]*),[^,]*,/, "$1,,") : r))].join("\n")}\n`;
}

const HOSTILE: Extracts = {
  staff: { text: hostileStaff(), ethnicityColumn: 1 },
  applications: { text: hostileApplications(), ethnicityColumn: 1 },
};

/** A cell as Excel holds an opened CSV: digits become numbers; an empty cell reaches a function as 0. */
const excelValue = (s: string): string | number => (/^\d+$/.test(s) ? Number(s) : s);
const functionValue = (s: string): unknown => (s === "" ? 0 : excelValue(s));

/** The extract as a sheet made by opening the file: a blank line is an empty row. */
function table(text: string): CsvText {
  return csvTable(text, { keepBlankLines: true });
}

/** Over-long ranges, as users write them (=WRES.GROUP_COUNTS(B2:B10000)): padding below the data. */
const OVER_LONG = 250;

function columnOf(t: CsvText, header: string, fallback?: number): unknown[][] {
  const i = fallback ?? t.header.indexOf(header);
  return [...t.rows.map((r) => [functionValue(r[i] ?? "")]), ...Array.from({ length: OVER_LONG }, () => [0])];
}

function viaFunctions(extracts: Extracts): Counts {
  const out: Counts = {};
  for (const m of MEASURES) {
    const e = extracts[m.kind];
    if (!e) continue;
    const t = table(e.text);
    const eth = columnOf(t, "", e.ethnicityColumn);
    if (m.key === "headcount") {
      // The headcount is BAND_TABLE's Overall row: the function that is given the band column too.
      const overall = (bandTable(eth, columnOf(t, "Pay Band"), false) as unknown[][]).at(-1) as number[];
      out[m.key] = [overall[1], overall[2], overall[3]];
    } else {
      const g = groupCounts(eth, m.flag ? columnOf(t, m.flag) : (null as unknown as unknown[][]));
      out[m.key] = g.map((r) => r[1] as number) as Groups;
    }
  }
  return out;
}

/**
 * Analyse data as the pane runs it: each extract put on a sheet of a fake Excel workbook that holds a plan,
 * cells as Excel holds an opened CSV, read page by page from the sheet's used range.
 */
/** The counts of each measure the extracts feed, read from the data sheet's input cells by `cell`. */
function countsFrom(extracts: Extracts, cell: (key: string) => number | undefined): Counts {
  return Object.fromEntries(
    MEASURES.filter((m) => extracts[m.kind]).map((m) => [
      m.key,
      [cell(`${m.key}.white`), cell(`${m.key}.bme`), cell(`${m.key}.unknown`)],
    ]),
  ) as Counts;
}

async function viaAnalyseData(extracts: Extracts): Promise<Counts> {
  const office = new FakeOffice({ sheets: ["Sheet1"] });
  const remove = office.install();
  try {
    await createPlanInExcel({ ...DEFAULT_PLAN_OPTIONS, organisation: "T" });
    const sources: Partial<Record<ExtractKind, SourceRef>> = {};
    const columns: Partial<Record<ExtractKind, { ethnicity: number }>> = {};
    for (const [kind, e] of Object.entries(extracts) as [ExtractKind, NonNullable<Extracts[ExtractKind]>][]) {
      const t = table(e.text);
      const sheet = `${kind} extract`;
      office.state.sheets.push(new SheetState(sheet));
      office.state.seed(sheet, "A1", [t.header, ...t.rows.map((r) => r.map(excelValue))]);
      sources[kind] = { kind: "sheet", sheet };
      columns[kind] = { ethnicity: e.ethnicityColumn };
    }
    await analyseData(
      { sources, columns, dataSheet: "WRES data 2025-26" },
      { settings: memoryStore(), isSetSupported: () => true },
    );
    const data = buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "T" }).sheets.find(
      (s) => s.role === "data",
    )!;
    const cell = (key: string) => {
      const c = office.state.cell("WRES data 2025-26", data.inputs[key]);
      return c.kind === "number" ? c.value : undefined;
    };
    return countsFrom(extracts, cell);
  } finally {
    remove();
  }
}

/** The make-plan path's Data quality sheet, rows as "A | B | C" text. */
let lastQualitySheet: string[] = [];

async function viaMakePlan(extracts: Extracts): Promise<Counts> {
  const dir = mkdtempSync(path.join(tmpdir(), "three-paths-"));
  try {
    const flags: string[] = [];
    for (const [kind, e] of Object.entries(extracts) as [ExtractKind, NonNullable<Extracts[ExtractKind]>][]) {
      const file = path.join(dir, `${kind}.csv`);
      writeFileSync(file, e.text);
      flags.push(FLAGS[kind], file, `--map-${FLAGS[kind].slice(2)}`, `ethnicity=#${e.ethnicityColumn + 1}`);
    }
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan(["--out", out, "--org", "T", ...flags]);
    if (run.status !== 0) throw new Error(run.stderr);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const data = buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "T" }).sheets.find(
      (s) => s.role === "data",
    )!;
    const ws = wb.getWorksheet(data.name)!;
    lastQualitySheet = [];
    wb.getWorksheet("Data quality")?.eachRow((row) =>
      lastQualitySheet.push((row.values as unknown[]).slice(1).map(String).join(" | ")),
    );
    const cell = (key: string) => ws.getCell(data.inputs[key]).value as number;
    return countsFrom(extracts, cell);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EXPECTED_NAMES: Readonly<Record<string, keyof typeof sampleTrust.counts>> = {
  headcount: "headcount",
  training: "training",
  disciplinary: "disciplinary",
  "prev.headcount": "prev_headcount",
  "prev.disciplinary": "prev_disciplinary",
  shortlisted: "shortlisted",
  appointed: "appointed",
  "board.voting": "board_voting",
  "board.executive": "board_executive",
};

describe("the three counting paths agree", () => {
  it("on the sample trust, at expected.json's counts", async () => {
    const expected = Object.fromEntries(
      MEASURES.map((m) => {
        const c = sampleTrust.counts[EXPECTED_NAMES[m.key]];
        return [m.key, [c.White, c.BME, c.Unknown]];
      }),
    );
    expect(viaFunctions(SAMPLE_EXTRACTS)).toEqual(expected);
    expect(await viaAnalyseData(SAMPLE_EXTRACTS)).toEqual(expected);
    expect(await viaMakePlan(SAMPLE_EXTRACTS)).toEqual(expected);
  }, 120_000);

  it("on an extract with blank ethnicities, extra fields, unknown values and duplicate headers", async () => {
    const functions = viaFunctions(HOSTILE);
    expect(await viaAnalyseData(HOSTILE)).toEqual(functions);
    expect(await viaMakePlan(HOSTILE)).toEqual(functions);
    // Nobody lost: all 6,000 staff are people, and so are the six blank lines and the ID-only row between
    // them (functions.md: only rows blank in every column read after the last row with data are padding);
    // the 5 % blank ethnicities (300), "Martian" (62) and "Other" (53) are Unknown on top of the sample's
    // 169 — less those of the sample's Unknown rows that the hostile values overwrote.
    const [w, b, u] = functions.headcount;
    expect(w + b + u).toBe(6007);
    const t = table(HOSTILE.staff!.text);
    const mapped = (r: readonly string[]) => r.slice(1, 6).some((c) => c !== "");
    let last = t.rows.length - 1;
    while (last >= 0 && !mapped(t.rows[last])) last--;
    const people = t.rows.slice(0, last + 1);
    expect(people).toHaveLength(6007);
    const unknownByHand = people.filter((r) => /^(|Martian|Other|Z.*|99.*)$/.test(r[1] ?? "")).length;
    expect(u).toBe(unknownByHand);
    expect(u).toBeGreaterThan(sampleTrust.counts.headcount.Unknown + 300 + 7);
    // … and nothing silently: make-plan's Data quality sheet lists every blank line between records by its
    // file line, and the padding after the last record apart.
    const listed = (what: string) => {
      const at = lastQualitySheet.findIndex((r) => r.startsWith(`Staff (this year) | `) && r.endsWith(what));
      return at < 0 ? undefined : lastQualitySheet[at + 1];
    };
    const lines = HOSTILE.staff!.text.split("\n").length - 1;
    const middle = blankLinesBefore(HOSTILE.staff!.text, lines - 2);
    expect(middle).toHaveLength(6);
    expect(listed("blank row between records, counted as a person of unknown ethnicity")).toBe(
      ` |  | Lines ${middle.join(", ")}`,
    );
    expect(listed("wholly blank rows after the last row with data; skipped (padding, not a problem)")).toBe(
      ` |  | Lines ${lines - 1}–${lines}`,
    );
    expect(
      listed("data only in columns that are not read, after the last row with data; not counted as a person"),
    ).toBe(` |  | Line ${lines - 2}`);
  }, 120_000);
});
