/**
 * Counting page by page from the workbook must give exactly what one pass of the engine gives (counts, band
 * tables, the data-quality report with the sheet's row numbers), read only the matched columns, report
 * progress after each page, and tell rows with data only in columns not read from wholly blank ones, as
 * make-plan does.
 */
import { countSources, type ChunkOptions } from "../../src/excel/count-in-chunks";
import type { SourceArea } from "../../src/excel/data-sources";
import { FIRST_PAGE_ROWS } from "../../src/excel/read-pages";
import { countExtracts } from "../../src/wres/extract-counts";
import type { ExtractKind } from "../../src/wres/extract-kinds";
import { sampleTrust } from "../support/sample-trust";
import { FakeOffice, SheetState } from "./fake-excel";
import { SAMPLE_FILES, readSample } from "./sample-trust-workbook";

const staff = readSample(SAMPLE_FILES.staff);
const board = readSample(SAMPLE_FILES.board);

type Cell = string | number | boolean;

/** `rows` under `header` at `anchor` of a sheet of its own, and the area Analyse data would locate. */
function seeded(
  office: FakeOffice,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  anchor = "A1",
) {
  const sheet = `Data ${office.state.sheets.length}`;
  office.state.sheets.push(new SheetState(sheet));
  office.state.seed(sheet, anchor, [header, ...rows]);
  const top = Number(/\d+/.exec(anchor)?.[0]) - 1;
  const left = (/^[A-Z]+/.exec(anchor)?.[0] ?? "A").charCodeAt(0) - 65;
  const area: SourceArea = {
    sheet,
    header: [...header],
    headerRow: top + 1,
    top: top + 1,
    left,
    rows: rows.length,
  };
  return area;
}

async function count(
  office: FakeOffice,
  areas: Partial<Record<ExtractKind, SourceArea>>,
  options: ChunkOptions = {},
) {
  return office.excel.run((context) =>
    countSources(context as unknown as Excel.RequestContext, areas, {
      yieldToHost: async () => {},
      ...options,
    }),
  );
}

/** `n` staff rows cycling through the sample trust, with an unreadable flag every 997th row. */
function bigStaff(n: number): string[][] {
  return Array.from({ length: n }, (_v, i) => {
    const row = [...staff.rows[i % staff.rows.length]];
    if (i % 997 === 0) row[4] = "maybe";
    return row;
  });
}

describe("countSources", () => {
  // 25,000 rows span several pages, the last one partial: the merge must be exact.
  it("gives what one pass of countExtracts gives, across page boundaries", async () => {
    const office = new FakeOffice();
    const rows = bigStaff(25_000);
    const progress: [number, number][] = [];
    const paged = await count(
      office,
      { staff: seeded(office, staff.header, rows) },
      { onProgress: (d, t) => progress.push([d, t]) },
    );
    const single = countExtracts({ staff: { header: staff.header, rows } });
    if (!paged.ok || !single.ok) throw new Error("counting failed");
    const c = paged.value.counts;
    expect(c.inputs).toEqual(single.value.inputs);
    expect(c.counts).toEqual(single.value.counts);
    expect(c.bandTables).toEqual(single.value.bandTables);
    expect(c.quality).toEqual(single.value.quality);
    // Every 997th row (0, 997, …, 24,925: 26 rows) has an unreadable flag, on sheet rows 2, 999, …
    const issue = c.quality.extracts[0].issues.find((i) => i.code === "unrecognised_flag");
    expect(issue?.rows).toBe(26);
    expect(issue?.lines.slice(0, 3)).toEqual([2, 999, 1996]);
    // A page per sync, progress after each: the first page is FIRST_PAGE_ROWS, then the rest fit one more.
    expect(progress).toEqual([
      [FIRST_PAGE_ROWS, 25_000],
      [25_000, 25_000],
    ]);
    expect(paged.value.syncs).toBe(2);
  });

  it("reads only the matched columns", async () => {
    const office = new FakeOffice();
    // Column A, which no field reads, holds 10,000 characters a row; the page (B:D) stays small.
    const rows = board.rows.map((r) => ["x".repeat(10_000), ...r.slice(1)]);
    const r = await count(office, { board: seeded(office, board.header, rows) });
    expect(r.ok).toBe(true);
    expect(office.state.responseBytes).toHaveLength(1);
    expect(office.state.responseBytes[0]).toBeLessThan(2_000);
  });

  it("counts the sample trust's staff and board as expected.json", async () => {
    const office = new FakeOffice();
    const r = await count(office, {
      staff: seeded(office, staff.header, staff.rows),
      board: seeded(office, board.header, board.rows, "C4"),
    });
    if (!r.ok) throw new Error("counting failed");
    const h = sampleTrust.counts.headcount;
    expect(r.value.counts.counts.headcount).toEqual({ white: h.White, bme: h.BME, unknown: h.Unknown });
    const v = sampleTrust.counts.board_voting;
    expect(r.value.counts.counts.boardVoting).toEqual({ white: v.White, bme: v.BME, unknown: v.Unknown });
  });

  it.each([
    // Cells as Excel returns them: booleans and numbers are flags too.
    [[true, false, 1, 0], 2],
    [["Y", "N", "yes", "no"], 2],
  ])("reads flag cells %j as Excel holds them (%d voting)", async (flags, voting) => {
    const office = new FakeOffice();
    const rows = flags.map((f) => ["M", "A White - British", f, "N"]);
    const r = await count(office, { board: seeded(office, board.header, rows) });
    if (!r.ok) throw new Error("counting failed");
    expect(r.value.counts.counts.boardVoting?.white).toBe(voting);
    expect(r.value.counts.quality.extracts[0].rowsWithProblems).toBe(0);
  });

  it("returns the engine's problem for a missing column before reading any row", async () => {
    const office = new FakeOffice();
    const r = await count(office, { board: seeded(office, ["Name", "Origin"], [["A", "B"]]) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: "missing_column", argument: "ethnicity" });
    expect(office.state.syncsPerRun).toEqual([0]);
  });

  // A header-only extract is refused rather than counted as zeros (issue 11).
  it("refuses an extract with no rows", async () => {
    const office = new FakeOffice();
    const r = await count(office, { board: seeded(office, board.header, []) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: "no_rows" });
  });

  // Cells are counted as Excel gives them, never turned back into text: a numeric 99 is the "not known" code,
  // a number 2 a true flag (GROUP_COUNTS's rule), and the same rows give GROUP_COUNTS's counts.
  it("counts cell values as they are, as GROUP_COUNTS does", async () => {
    const office = new FakeOffice();
    const rows = [
      ["M1", 99, 2, 0],
      ["M2", "A", true, false],
      ["M3", "H", "Y", "N"],
    ];
    const r = await count(office, { board: seeded(office, board.header, rows, "A5") });
    if (!r.ok) throw new Error("counting failed");
    expect(r.value.counts.counts.boardVoting).toEqual({ white: 1, bme: 1, unknown: 1 });
    const q = r.value.counts.quality.extracts[0];
    expect(q.issues.map((i) => [i.code, i.field, i.lines])).toEqual([["unrecognised_flag", "voting", [6]]]);
    expect(q.values).toEqual([{ field: "voting", value: "2", rows: 1, countedAs: "yes" }]);
  });

  // make-plan reports a line with data only in columns not mapped (an assignment number alone) apart from a
  // wholly blank line; reading only the matched columns must not turn the first into the second. Those rows
  // are read again in full, in one more sync, after the others: the counter must still count those between
  // records as people of unknown ethnicity and skip those after the last row with data (functions.md), as
  // one pass in sheet order does.
  it("tells rows with data only in columns not read from wholly blank rows, as make-plan does", async () => {
    const office = new FakeOffice();
    const rows: Cell[][] = staff.rows.slice(0, 22).map((r) => [...r]);
    rows[4] = ["100004", "", "", "", "", ""]; // sheet row 6: an assignment number alone
    rows[9] = ["", "", "", "", "", ""]; // sheet row 11: nothing at all
    rows[20] = ["", "", "", "", "", ""]; // sheet row 22, after the last row with data in a column read
    rows[21] = ["100021", "", "", "", "", ""]; // sheet row 23, likewise
    const area = seeded(office, staff.header, rows);
    const r = await count(office, { staff: area });
    const single = countExtracts({ staff: { header: staff.header, rows } });
    if (!r.ok || !single.ok) throw new Error("counting failed");
    expect(r.value.counts.quality).toEqual(single.value.quality);
    expect(r.value.counts.counts).toEqual(single.value.counts);
    const q = r.value.counts.quality.extracts[0];
    const lines = (code: string) => q.issues.find((i) => i.code === code)?.lines;
    expect(lines("unused_columns_only")).toEqual([6]);
    expect(lines("blank_row_counted")).toEqual([11]);
    expect(lines("unused_columns_trailing")).toEqual([23]);
    expect(q.blankLines).toEqual([22]);
    expect(q).toMatchObject({ rowsRead: 22, rowsCounted: 20, rowsWithProblems: 3 });
    expect(r.value.syncs).toBe(2); // the page, then the four rows in full
  });
});
