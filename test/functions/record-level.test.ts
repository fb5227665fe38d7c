import * as fs from "node:fs";
import * as path from "node:path";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { bandTable, groupCounts } from "../../src/functions/registered";

installCustomFunctionsStub();

const SAMPLE = path.resolve(__dirname, "../../../shared/data/sample-trust");
const expected = JSON.parse(fs.readFileSync(path.join(SAMPLE, "expected.json"), "utf8")) as {
  counts: Record<string, { White: number; BME: number; Unknown: number }>;
  indicators: Record<string, number>;
  band_table: {
    band: string;
    White: number;
    BME: number;
    Unknown: number;
    total: number;
    bme_share: number;
    gap_vs_overall: number;
  }[];
};

/** A CSV column as Excel passes a range (the sample files have no quoted fields). */
function column(file: string, header: string): unknown[][] {
  const [head, ...lines] = fs.readFileSync(path.join(SAMPLE, file), "utf8").trim().split(/\r?\n/);
  const i = head.split(",").indexOf(header);
  return lines.map((l) => [l.split(",")[i]]);
}

const col = (...values: unknown[]) => values.map((v) => [v]);

/** Runs `f` and returns the CustomFunctions.Error it throws. */
function excelError(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error("expected an error");
}

const asTable = (g: { White: number; BME: number; Unknown: number }) => [
  ["White", g.White],
  ["BME", g.BME],
  ["Unknown", g.Unknown],
];

describe("GROUP_COUNTS on the sample trust", () => {
  it.each([
    ["headcount", "staff.csv", null],
    ["training", "staff.csv", "Accessed Non-Mandatory Training"],
    ["disciplinary", "staff.csv", "Entered Formal Disciplinary"],
    ["prev_headcount", "staff-previous-year.csv", null],
    ["prev_disciplinary", "staff-previous-year.csv", "Entered Formal Disciplinary"],
    ["shortlisted", "applications.csv", "Shortlisted"],
    ["appointed", "applications.csv", "Appointed"],
    ["board", "board.csv", null],
    ["board_voting", "board.csv", "Voting"],
    ["board_executive", "board.csv", "Executive"],
  ])("counts.%s", (name, file, flag) => {
    const eth = column(file, "Ethnic Origin");
    const result =
      flag === null ? groupCounts(eth, null as unknown as unknown[][]) : groupCounts(eth, column(file, flag));
    expect(result).toEqual(asTable(expected.counts[name]));
  });
});

describe("GROUP_COUNTS", () => {
  // Optional flag range arrives as null (left out) or undefined.
  // functions.md: a blank cell between rows with data is a person of unknown ethnicity; blank cells after the
  // last row with data are padding (an over-long range). Excel passes an empty cell as "" or 0.
  it("counts blank cells between values as Unknown and skips those after the last value", () => {
    expect(groupCounts(col("A", "H", "", 0, "Z", "", 0, ""))).toEqual([
      ["White", 1],
      ["BME", 1],
      ["Unknown", 3],
    ]);
  });

  // A single value (not a range) is a 1×1 range, as arguments.ts range() reads it.
  it.each([
    ["A", [1, 0, 0]],
    ["LB", [0, 1, 0]],
    [99, [0, 0, 1]],
    ["", [0, 0, 0]],
  ])("a single value %p", (value, [w, b, u]) => {
    expect(groupCounts(value as unknown as unknown[][])).toEqual([
      ["White", w],
      ["BME", b],
      ["Unknown", u],
    ]);
  });

  it("is #VALUE! when the ranges differ in height", () => {
    expect(excelError(() => groupCounts(col("A", "H"), col("Y")))).toEqual({
      code: "#VALUE!",
      message: "flag_range must have the same number of rows as ethnicity_range (2 rows, got 1).",
    });
  });
});

describe("BAND_TABLE", () => {
  const eth = column("staff.csv", "Ethnic Origin");
  const bands = column("staff.csv", "Pay Band");

  // expected.json's band_table, then Overall from counts.headcount and 1_overall_bme_share.
  it("reproduces the sample trust's indicator 1 table", () => {
    const t = bandTable(eth, bands, null) as unknown[][];
    expect(t[0]).toEqual([
      "Band",
      "White",
      "BME",
      "Unknown",
      "Total",
      "BME share",
      "BME share minus overall",
    ]);
    const body = t.slice(1, -1);
    expect(body.map((r) => r.slice(0, 5))).toEqual(
      expected.band_table.map((e) => [e.band, e.White, e.BME, e.Unknown, e.total]),
    );
    body.forEach((r, i) => {
      expect(r[5]).toBeCloseTo(expected.band_table[i].bme_share, 12);
      expect(r[6]).toBeCloseTo(expected.band_table[i].gap_vs_overall, 12);
    });
    const h = expected.counts.headcount;
    const overall = t.at(-1)!;
    expect(overall.slice(0, 5)).toEqual(["Overall", h.White, h.BME, h.Unknown, h.White + h.BME + h.Unknown]);
    expect(overall[5]).toBeCloseTo(expected.indicators["1_overall_bme_share"], 12);
  });

  // header: TRUE by default; FALSE (or 0, "false") leaves it out.
  it.each([
    [true, 19],
    ["TRUE", 19],
    [false, 18],
    [0, 18],
    ["false", 18],
  ])("header %p → %i rows", (header, rows) => {
    expect(bandTable(eth, bands, header)).toHaveLength(rows);
  });

  it.each([
    [
      () => bandTable(col("A", "H"), col("Band 5"), true),
      "#VALUE!",
      "band_range must have the same number of rows as ethnicity_range (2 rows, got 1).",
    ],
    [
      () => bandTable(col("A"), col("Band 5"), "maybe"),
      "#VALUE!",
      'header must be one of TRUE, FALSE (got "maybe").',
    ],
    // every row blank: nobody to count (Excel shows no message with #DIV/0!)
    [() => bandTable(col(""), col(""), true), "#DIV/0!", undefined],
  ])("errors: %#", (f, code, message) => {
    expect(excelError(f)).toEqual({ code, message });
  });
});
