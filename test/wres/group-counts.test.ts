import { countGroups, groupCountsTable } from "../../src/wres/group-counts";
import { problemMessage } from "../../src/wres/messages";

const col = (...values: unknown[]) => values.map((v) => [v]);

describe("countGroups", () => {
  it.each([
    // codes, ESR labels and a bare label; "Mixed - White and Asian" is BME
    [col("A", "B Irish", "Mixed - White and Asian", "H", "Z", "99 Not Known"), null, [2, 2, 2]],
    // functions.md: blank cells ("", spaces, null, or 0 as Excel passes an empty cell) between rows with data
    // are people of unknown ethnicity (issue 11: 41 blank ethnicities among 9,000 staff used to vanish) …
    [col("A", "", "  ", null, 0, "H"), null, [1, 1, 4]],
    // … and those after the last row with data are padding: whole-column references must not inflate Unknown
    [col("A", "", "H", "", "  ", null, 0), null, [1, 1, 1]],
    [col("", 0, null), null, [0, 0, 0]],
    // flags: TRUE, numbers ≠ 0, Y/Yes/True/1 in any case are true; anything else false
    [
      col("A", "A", "A", "A", "A", "A", "H", "H", "H", "Z"),
      col(true, 1, "y", "YES", "true", "1", false, 0, "N", "maybe"),
      [6, 0, 0],
    ],
    // a flagged row is a person even with a blank ethnicity: Unknown (issue 11: blanks used to vanish)
    [col("", "C"), col("Y", "Y"), [1, 0, 1]],
    // a row blank in both columns is a person with no flag set, so not counted; nor is an unflagged row
    [col("", "", "A", 0), col("", "N", "N", 0), [0, 0, 0]],
    // empty range
    [[], null, [0, 0, 0]],
    // a 2-D range counts every cell (flags cell by cell)
    [
      [
        ["A", "H"],
        ["Z", "C3"],
      ],
      [
        ["Y", "Y"],
        ["Y", "N"],
      ],
      [1, 1, 1],
    ],
  ])("%j with flags %j → %j", (eth, flags, expected) => {
    const r = countGroups(eth, flags);
    expect(r).toEqual({ ok: true, value: expected });
  });

  // The engine never throws: a row that is not an array (only possible outside Excel) counts as blank (a
  // person of unknown ethnicity between rows with data, padding after them).
  it.each([
    [[["A"], null, ["H"], undefined], null, [1, 1, 1]],
    [
      [["A"], ["H"]],
      [["Y"], null],
      [1, 0, 0],
    ],
    [[["A", "H"], null, ["Z", "C"]], null, [2, 1, 1]],
    [
      [
        ["A", "H"],
        ["Z", "C"],
      ],
      [["Y", "Y"], null],
      [1, 1, 0],
    ],
  ])("malformed rows %j / %j → %j", (eth, flags, expected) => {
    expect(countGroups(eth as unknown[][], flags as unknown[][] | null)).toEqual({
      ok: true,
      value: expected,
    });
  });

  it("returns the 3×2 GROUP_COUNTS table", () => {
    expect(groupCountsTable(col("A", "H", "H", "X"))).toEqual({
      ok: true,
      value: [
        ["White", 1],
        ["BME", 2],
        ["Unknown", 1],
      ],
    });
  });

  // functions.md: ranges of different heights are #VALUE!.
  it("rejects ranges of different heights", () => {
    const r = countGroups(col("A", "B", "C"), col("Y", "N"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ kind: "value", code: "shape_mismatch", argument: "flag_range" });
    expect(problemMessage(r.problem)).toBe(
      "flag_range must have the same number of rows as ethnicity_range (3 rows, got 2).",
    );
  });

  it("rejects ranges of different widths", () => {
    const r = countGroups([["A", "B"]], [["Y"]]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ kind: "value", code: "width_mismatch", argument: "flag_range" });
    expect(problemMessage(r.problem)).toBe(
      "flag_range must have the same number of columns as ethnicity_range (2 columns, got 1).",
    );
  });
});
