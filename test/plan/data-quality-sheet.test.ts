/**
 * The Data quality sheet lists every affected line (however many), every unrecognised value as text (never a
 * formula, control characters visible) and what it was counted as, in three unwrapped columns.
 */
import { buildDataQualitySheet, lineChunks } from "../../src/plan/data-quality-sheet";
import type { Cell } from "../../src/plan/sheet-model";
import type { ExtractQuality } from "../../src/wres/data-quality";

const cellText = (c: Cell): string =>
  c.kind === "text"
    ? c.text
    : c.kind === "number"
      ? String(c.value)
      : c.kind === "blank"
        ? ""
        : `{${c.kind}}`;

/** Every line from 2 to 100,001 except multiples of 3: 66,667 lines in 33,334 runs. */
const MANY = Array.from({ length: 100_000 }, (_v, i) => i + 2).filter((l) => l % 3 !== 0);

const staff: ExtractQuality = {
  kind: "staff",
  rowsRead: 100_001,
  rowsCounted: 100_000,
  blankRows: 1,
  blankLines: [100_002],
  rowsWithProblems: MANY.length,
  issues: [{ code: "blank_ethnicity", field: "ethnicity", rows: MANY.length, lines: MANY }],
  values: [
    { field: "ethnicity", value: "=1+1", rows: 3, countedAs: "Unknown" },
    { field: "ethnicity", value: "Martian\u001b[2J\nforged", rows: 1, countedAs: "Unknown" },
  ],
  valuesNotListed: { distinct: 0, rows: 0 },
};

describe("buildDataQualitySheet", () => {
  const sheet = buildDataQualitySheet({ quality: { extracts: [staff] }, sources: { staff: "staff.csv" } });
  const rows = sheet.blocks[0].rows.map((r) => r.map(cellText));

  it("lists every affected line exactly once, in rows that fit the column", () => {
    const lineRows = rows.filter((r) => /^Lines? /.test(r[2]));
    const listed = lineRows
      .flatMap((r) =>
        r[2]
          .replace(/^Lines? /, "")
          .replace(/,$/, "")
          .split(", "),
      )
      .flatMap((run) => {
        const [a, b] = run.split("–").map(Number);
        return Array.from({ length: (b ?? a) - a + 1 }, (_v, k) => a + k);
      });
    expect(listed).toEqual([...MANY, 100_002]);
    expect(Math.max(...lineRows.map((r) => r[2].length))).toBeLessThanOrEqual(110); // column C is 110 wide
  });

  it("writes values as text, control characters escaped", () => {
    const values = sheet.blocks[0].rows.flat().filter((c) => c.kind === "formula");
    expect(values).toEqual([]);
    expect(rows.map((r) => r[2])).toContain('ethnicity: "=1+1", counted as Unknown');
    expect(rows.map((r) => r[2])).toContain('ethnicity: "Martian\\x1b[2J\\nforged", counted as Unknown');
  });

  it("summarises each extract, with its source on the row below", () => {
    const at = rows.findIndex((r) => r[0] === "Staff (this year)");
    expect(rows.slice(at, at + 2)).toEqual([
      [
        "Staff (this year)",
        "100001",
        "100,000 rows counted; 1 row wholly blank at the end, skipped; 66,667 rows with a problem.",
      ],
      ["", "", "Read from staff.csv."],
    ]);
  });

  // Nothing on the sheet wraps, so a detail longer than column C runs off the table (and, printed one page
  // wide, shrinks the whole page): a make-plan user's path is the longest thing it shows.
  it("keeps every detail within column C's 110 characters, even with ten million rows and a long path", () => {
    const big = 10_000_000;
    const huge = buildDataQualitySheet({
      quality: {
        extracts: [{ ...staff, rowsRead: big, rowsCounted: big, blankRows: big, rowsWithProblems: big }],
      },
      sources: { staff: `/home/analyst/Documents/WRES/2025-26/extracts from ESR/${"x".repeat(80)}.csv` },
    });
    const details = huge.blocks[0].rows.map((r) => cellText(r[2]));
    expect(details.filter((d) => d.length > 110)).toEqual([]);
    expect(details.some((d) => d.startsWith("Read from /home/analyst/"))).toBe(true);
  });

  it("puts its explanation under the title, in column A", () => {
    expect(rows[1][0]).toMatch(/^Every row up to the last one with data/);
    expect(rows.slice(1, 4).map((r) => r.slice(1))).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
  });

  it("says so when every row was read cleanly", () => {
    const clean = buildDataQualitySheet({
      quality: {
        extracts: [{ ...staff, rowsWithProblems: 0, issues: [], values: [], blankRows: 0, blankLines: [] }],
      },
    });
    expect(clean.blocks[0].rows.map((r) => r.map(cellText)[2])).toContain(
      "None: every row was read cleanly.",
    );
  });
});

describe("lineChunks", () => {
  it.each([
    [[5], ["5"], 100],
    [[1, 2, 3, 7, 9, 10], ["1–3, 7, 9–10"], 100],
    // cut between runs, never inside one
    [[1, 3, 5, 7], ["1, 3,", "5, 7"], 5],
  ] as [number[], string[], number][])("%j → %j", (lines, chunks, width) => {
    expect(lineChunks(lines, width)).toEqual(chunks);
  });
});
