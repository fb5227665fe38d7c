import * as fs from "node:fs";
import * as path from "node:path";
import { PAY_BANDS, payBand } from "../../src/wres/pay-band";

const STAFF = path.resolve(__dirname, "../../../shared/data/sample-trust/staff.csv");

describe("payBand", () => {
  // wres.md "Indicator 1 pay bands": reporting order. "Consultants" (wres.md, expected.json), not functions.md's "Consultant".
  it("lists the bands in reporting order", () => {
    expect(PAY_BANDS).toEqual([
      "Under Band 1",
      "Band 1",
      "Band 2",
      "Band 3",
      "Band 4",
      "Band 5",
      "Band 6",
      "Band 7",
      "Band 8A",
      "Band 8B",
      "Band 8C",
      "Band 8D",
      "Band 9",
      "VSM",
      "Consultants",
      "Non-consultant career grade",
      "Trainee grades",
      "Other",
    ]);
  });

  it.each([
    ["Band 8a", "Band 8A"], // functions.md BAND_TABLE examples
    ["8A", "Band 8A"],
    ["Band 8 - Range A", "Band 8A"], // ESR spelling, as in the sample trust
    ["AfC Band 8A", "Band 8A"],
    ["Very Senior Manager", "VSM"],
    ["Band 8 - Range B", "Band 8B"],
    ["Band 8 - Range C", "Band 8C"],
    ["Band 8 - Range D", "Band 8D"],
    ["band 8d", "Band 8D"],
    ["Band 8 Range C", "Band 8C"],
    ["Under Band 1", "Under Band 1"],
    ["Band 1", "Band 1"],
    ["Band 5", "Band 5"],
    ["  BAND   6 ", "Band 6"], // case and spacing
    ["Band 9", "Band 9"],
    ["5", "Band 5"],
    ["AfC Band 7", "Band 7"],
    ["Agenda for Change Band 3", "Band 3"],
    ["VSM", "VSM"],
    ["vsm", "VSM"],
    ["Consultants", "Consultants"],
    ["Consultant", "Consultants"], // functions.md's singular spelling lands on the same band
    ["Non-consultant career grade", "Non-consultant career grade"],
    ["Specialty Doctor", "Non-consultant career grade"],
    ["Trainee grades", "Trainee grades"],
    ["Other", "Other"],
    ["Band 8", "Other"], // no range: not a reporting band
    ["Band 10", "Other"],
    ["Band 5A", "Other"], // only band 8 has ranges
    ["Medical Director", "Other"], // unrecognised
    ["", "Other"],
  ])("%p → %s", (label, band) => {
    expect(payBand(label)).toBe(band);
  });

  // Numbers typed into a sheet: AfC bands 1–9 except 8, which needs its range.
  it.each([
    [5, "Band 5"],
    [9, "Band 9"],
    [1, "Band 1"],
    [8, "Other"],
    [0, "Other"],
    [5.5, "Other"],
    [null, "Other"],
    [true, "Other"],
  ])("number/other %p → %s", (value, band) => {
    expect(payBand(value)).toBe(band);
  });

  // Every label that occurs in the sample trust must land on a band expected.json lists (none is Other).
  it("recognises every band label in the sample staff extract", () => {
    const labels = new Set(
      fs
        .readFileSync(STAFF, "utf8")
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split(",")[2]),
    );
    expect(labels.size).toBe(17);
    for (const l of labels) expect([l, payBand(l)]).not.toEqual([l, "Other"]);
  });
});
