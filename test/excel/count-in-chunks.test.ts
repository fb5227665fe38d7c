/**
 * Counting in chunks must give exactly what one pass of the engine gives (counts, band tables, the
 * data-quality report with the sheet's row numbers), pause between chunks, and report progress after each.
 */
import { CHUNK_ROWS, countInChunks } from "../../src/excel/count-in-chunks";
import { countExtracts } from "../../src/wres/extract-counts";
import { sampleTrust } from "../support/sample-trust";
import { SAMPLE_FILES, readSample } from "./sample-trust-workbook";

const staff = readSample(SAMPLE_FILES.staff);
const board = readSample(SAMPLE_FILES.board);

/** `n` staff rows cycling through the sample trust, with an unreadable flag every 997th row. */
function bigStaff(n: number): string[][] {
  return Array.from({ length: n }, (_v, i) => {
    const row = [...staff.rows[i % staff.rows.length]];
    if (i % 997 === 0) row[4] = "maybe";
    return row;
  });
}

describe("countInChunks", () => {
  // 25,000 rows span three chunks, the last one partial: the merge must be exact.
  it("gives what one pass of countExtracts gives, across chunk boundaries", async () => {
    const rows = bigStaff(25_000);
    const pauses: number[] = [];
    const progress: [number, number][] = [];
    const chunked = await countInChunks(
      { staff: { header: staff.header, rows, headerRow: 1 } },
      { onProgress: (d, t) => progress.push([d, t]), yieldToHost: async () => void pauses.push(1) },
    );
    const single = countExtracts({ staff: { header: staff.header, rows } });
    if (!chunked.ok || !single.ok) throw new Error("counting failed");
    expect(chunked.value.inputs).toEqual(single.value.inputs);
    expect(chunked.value.counts).toEqual(single.value.counts);
    expect(chunked.value.bandTables).toEqual(single.value.bandTables);
    expect(chunked.value.quality).toEqual(single.value.quality);
    // Every 997th row (0, 997, …, 24,925: 26 rows) has an unreadable flag, on sheet rows 2, 999, …
    const issue = chunked.value.quality.extracts[0].issues.find((i) => i.code === "unrecognised_flag");
    expect(issue?.rows).toBe(26);
    expect(issue?.lines.slice(0, 3)).toEqual([2, 999, 1996]);
    expect(progress).toEqual([
      [CHUNK_ROWS, 25_000],
      [2 * CHUNK_ROWS, 25_000],
      [25_000, 25_000],
    ]);
    expect(pauses).toHaveLength(2); // between chunks, not after the last
  });

  it("counts the sample trust's staff and board as expected.json", async () => {
    const r = await countInChunks({
      staff: { ...staff, headerRow: 1 },
      board: { ...board, headerRow: 1 },
    });
    if (!r.ok) throw new Error("counting failed");
    const h = sampleTrust.counts.headcount;
    expect(r.value.counts.headcount).toEqual({ white: h.White, bme: h.BME, unknown: h.Unknown });
    const v = sampleTrust.counts.board_voting;
    expect(r.value.counts.boardVoting).toEqual({ white: v.White, bme: v.BME, unknown: v.Unknown });
  });

  it.each([
    // Cells as Excel returns them: booleans and numbers are flags too.
    [[true, false, 1, 0], 2],
    [["Y", "N", "yes", "no"], 2],
  ])("reads flag cells %j as Excel holds them (%d voting)", async (flags, voting) => {
    const rows = flags.map((f) => ["M", "A White - British", f, "N"]);
    const r = await countInChunks({ board: { header: board.header, rows, headerRow: 1 } });
    if (!r.ok) throw new Error("counting failed");
    expect(r.value.counts.boardVoting?.white).toBe(voting);
    expect(r.value.quality.extracts[0].rowsWithProblems).toBe(0);
  });

  it("returns the engine's problem for a missing column", async () => {
    const r = await countInChunks({ board: { header: ["Name", "Origin"], rows: [], headerRow: 1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: "missing_column", argument: "ethnicity" });
  });

  // A header-only extract is refused rather than counted as zeros (issue 11).
  it("refuses an extract with no rows", async () => {
    const r = await countInChunks({ board: { header: board.header, rows: [], headerRow: 1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: "no_rows" });
  });

  // Cells are counted as Excel gives them, never turned back into text: a numeric 99 is the "not known" code,
  // a number 2 a true flag (GROUP_COUNTS's rule), and the same rows give GROUP_COUNTS's counts.
  it("counts cell values as they are, as GROUP_COUNTS does", async () => {
    const rows = [
      ["M1", 99, 2, 0],
      ["M2", "A", true, false],
      ["M3", "H", "Y", "N"],
    ];
    const r = await countInChunks({ board: { header: board.header, rows, headerRow: 5 } });
    if (!r.ok) throw new Error("counting failed");
    expect(r.value.counts.boardVoting).toEqual({ white: 1, bme: 1, unknown: 1 });
    const q = r.value.quality.extracts[0];
    expect(q.issues.map((i) => [i.code, i.field, i.lines])).toEqual([["unrecognised_flag", "voting", [6]]]);
    expect(q.values).toEqual([{ field: "voting", value: "2", rows: 1, countedAs: "yes" }]);
  });
});
