/** The indicator catalogue against wres.md's own table of the nine indicators and its WDES section. */
import * as fs from "fs";
import * as path from "path";
import {
  WDES_METRICS,
  WRES_INDICATORS,
  indicatorsFor,
  orientationLabel,
  standardName,
} from "../../src/wres/indicators";

const wresMd = fs.readFileSync(path.resolve(__dirname, "../../../shared/spec/wres.md"), "utf8");

/** Rows of the "## The nine indicators" table: number, indicator text, better. */
const specRows = wresMd
  .split("\n")
  .filter((l) => /^\| [1-9] \|/.test(l))
  .map((l) => l.split("|").map((c) => c.trim()))
  .map((c) => ({ number: Number(c[1]), definition: c[2], better: c[4] }));

describe("WRES indicators", () => {
  it("has the nine indicators of wres.md in order", () => {
    expect(specRows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(WRES_INDICATORS.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(specRows.map((r) => [r.number, r] as const))(
    "indicator %i carries wres.md's definition word for word",
    (n, row) => {
      expect(WRES_INDICATORS[n - 1].definition).toBe(row.definition);
    },
  );

  it.each(specRows.map((r) => [r.number, r.better] as const))("indicator %i: better is %s", (n, better) => {
    // wres.md says "higher", "lower", "parity", "closer to zero".
    const expected = better === "closer to zero" ? "zero" : better;
    expect(WRES_INDICATORS[n - 1].better).toBe(expected);
  });

  it("marks exactly indicators 2, 3 and 4 as relative likelihoods (the non-adverse range applies to them)", () => {
    expect(WRES_INDICATORS.filter((i) => i.relativeLikelihood).map((i) => i.number)).toEqual([2, 3, 4]);
  });
});

describe("WDES metrics", () => {
  it("has metrics 1–10, with 2 and 3 the relative likelihoods and 10 the board gap", () => {
    expect(WDES_METRICS.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(WDES_METRICS.filter((m) => m.relativeLikelihood).map((m) => m.number)).toEqual([2, 3]);
    expect(WDES_METRICS[9].better).toBe("zero");
  });

  it.each([
    // Phrases wres.md uses for each metric.
    [2, "non-disabled applicants being appointed from shortlisting compared to Disabled applicants"],
    [3, "formal capability process"],
    [8, "(Disabled only)"],
  ])("metric %i says %s", (n, phrase) => {
    expect(WDES_METRICS[n - 1].definition.toLowerCase()).toContain(phrase.toLowerCase());
    expect(wresMd.replace(/\s+/g, " ").toLowerCase()).toContain(phrase.toLowerCase());
  });
});

describe("labels", () => {
  it.each([
    ["higher", "[Higher = Better]"], // as the RAG example prints it
    ["lower", "[Lower = Better]"],
    ["parity", "[Closer to 1.00 = Better]"],
    ["zero", "[Closer to zero = Better]"],
  ] as const)("%s → %s", (better, label) => {
    expect(orientationLabel(better)).toBe(label);
  });

  it("names both standards in full", () => {
    expect(standardName("WRES")).toBe("Workforce Race Equality Standard");
    expect(standardName("WDES")).toBe("Workforce Disability Equality Standard");
    expect(indicatorsFor("WDES")).toBe(WDES_METRICS);
  });
});
