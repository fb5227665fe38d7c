import { BAND_TABLE_HEADER, bandTable, countBands, bandRows } from "../../src/wres/band-table";
import { problemMessage } from "../../src/wres/messages";

const col = (...values: unknown[]) => values.map((v) => [v]);

describe("bandTable", () => {
  // 4 staff: Band 5 (White, BME), Band 8A written two ways (BME, Unknown). Overall BME share 2/4.
  const eth = col("A", "H", "N", "Z");
  const bands = col("Band 5", "5", "Band 8 - Range A", "AfC Band 8A");

  it("lists bands present in canonical order, then Overall, with shares against the overall share", () => {
    const r = bandTable(eth, bands, true);
    expect(r).toEqual({
      ok: true,
      value: [
        ["Band", "White", "BME", "Unknown", "Total", "BME share", "BME share minus overall"],
        ["Band 5", 1, 1, 0, 2, 0.5, 0],
        ["Band 8A", 0, 1, 1, 2, 0.5, 0],
        ["Overall", 1, 2, 1, 4, 0.5, 0],
      ],
    });
  });

  it("leaves out the header row when asked", () => {
    const r = bandTable(eth, bands, false);
    expect(r.ok && r.value[0]).toEqual(["Band 5", 1, 1, 0, 2, 0.5, 0]);
  });

  // Reporting order, not first-seen order: medical grades after VSM, unrecognised labels last under Other.
  it("orders bands canonically", () => {
    const r = bandTable(
      col("A", "A", "A", "A", "A", "A"),
      col("Nonsense", "Consultant", "Very Senior Manager", "Band 9", "Under Band 1", "Trainee grades"),
      false,
    );
    expect(r.ok && r.value.map((row) => row[0])).toEqual([
      "Under Band 1",
      "Band 9",
      "VSM",
      "Consultants",
      "Trainee grades",
      "Other",
      "Overall",
    ]);
  });

  // Gap = band share − overall share: Band 2 (first in reporting order) 0/2 − 1/3, Band 7 1/1 − 1/3.
  it("computes the gap to the overall share", () => {
    const r = bandTable(col("H", "A", "A"), col("Band 7", "Band 2", "Band 2"), false);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0][0]).toBe("Band 2");
    expect(r.value[0][6]).toBeCloseTo(0 - 1 / 3, 15);
    expect(r.value[1][6]).toBeCloseTo(1 - 1 / 3, 15);
    expect(r.value[2]).toEqual(["Overall", 2, 1, 0, 3, 1 / 3, 0]);
  });

  // A row with a band but a blank ethnicity is an Unknown person (issue 11: such staff used to vanish and
  // shift every band's share); a blank band with an ethnicity counts under Other; a row blank in both is a
  // person of unknown ethnicity under Other when a later row has data (functions.md), padding after the last.
  it("counts blank ethnicities as Unknown, blank bands and blank rows between records under Other, and skips padding", () => {
    const r = bandTable(col("A", "", 0, "H", "", 0), col("Band 5", "Band 5", "", "", 0, ""), false);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((row) => row.slice(0, 5))).toEqual([
      ["Band 5", 1, 0, 1, 2],
      ["Other", 0, 1, 1, 2],
      ["Overall", 1, 1, 2, 4],
    ]);
    expect(r.value[0][6]).toBeCloseTo(0 - 1 / 4, 15);
    expect(r.value[1][6]).toBeCloseTo(1 / 2 - 1 / 4, 15);
  });

  // functions.md: a zero total is #DIV/0!.
  it("reports no staff at all as a zero total", () => {
    const r = bandTable(col("", 0), col("", " "), true);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ kind: "div0", code: "zero_total" });
    expect(problemMessage(r.problem)).toBe(
      "The headcount (rows with an ethnicity or a pay band) is zero, so the rate cannot be calculated.",
    );
  });

  it("rejects ranges of different heights", () => {
    const r = bandTable(col("A", "B"), col("Band 5"), true);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ kind: "value", code: "shape_mismatch", argument: "band_range" });
    expect(problemMessage(r.problem)).toBe(
      "band_range must have the same number of rows as ethnicity_range (2 rows, got 1).",
    );
  });

  // The engine never throws: a row that is not an array (only possible outside Excel) has blank cells, so
  // a band without an ethnicity is an Unknown person and a missing band row puts the person under Other.
  it("tolerates malformed rows", () => {
    const r = bandTable(
      [["A"], null, ["H"]] as unknown[][],
      [["Band 5"], ["Band 5"], null] as unknown[][],
      false,
    );
    expect(r.ok && r.value.map((row) => row.slice(0, 5))).toEqual([
      ["Band 5", 1, 0, 1, 2],
      ["Other", 0, 1, 0, 1],
      ["Overall", 1, 1, 1, 3],
    ]);
  });

  it("exposes the counts and rows for other callers", () => {
    const c = countBands(eth, bands);
    expect(c.ok && bandRows(c.value).map((x) => x.band)).toEqual(["Band 5", "Band 8A", "Overall"]);
    expect(BAND_TABLE_HEADER).toHaveLength(7);
  });
});
