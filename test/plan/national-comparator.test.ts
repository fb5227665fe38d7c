/** The comparator year chosen for a plan, against wres.md's national figures table. */
import * as fs from "fs";
import * as path from "path";
import { nationalComparator } from "../../src/plan/national-comparator";

const wresMd = fs.readFileSync(path.resolve(__dirname, "../../../shared/spec/wres.md"), "utf8");
/** Report year → [ind1 fraction, ind2, ind3, ind4], undefined where wres.md shows "–" ("22.4e-2" parses to the double nearest 0.224). */
const table = new Map(
  wresMd
    .split("\n")
    .filter((l) => /^\| 20\d\d \|/.test(l))
    .map((l) => {
      const c = l.split("|").map((x) => x.trim());
      const value = (s: string, percent = false): number | undefined =>
        s === "–" ? undefined : percent ? Number(`${s.replace(" %", "")}e-2`) : Number(s);
      return [Number(c[1]), [value(c[2], true), value(c[3]), value(c[4]), value(c[5])]] as const;
    }),
);

describe("national comparator", () => {
  it("reads every published figure exactly as wres.md lists it", () => {
    expect(table.size).toBe(7);
    for (const [year, figures] of table) {
      figures.forEach((figure, i) => {
        const got = nationalComparator((i + 1) as 1 | 2 | 3 | 4, year);
        if (figure === undefined) expect(got?.reportYear).not.toBe(year);
        else expect(got).toEqual({ reportYear: year, value: figure });
      });
    }
  });

  it.each([
    // [indicator, plan's first year, report year used, why]
    [1, 2025, 2024, "latest report with indicator 1"],
    [2, 2025, 2023, "2024 has no indicator 2 figure"],
    [3, 2019, 2018, "no 2019 report in the table"],
    [4, 2020, 2020, "first year with indicator 4"],
    [1, 2017, 2016, "no 2017 report"],
  ] as [1 | 2 | 3 | 4, number, number, string][])(
    "indicator %i for %i uses the %i report (%s)",
    (indicator, year, reportYear) => {
      expect(nationalComparator(indicator, year)?.reportYear).toBe(reportYear);
    },
  );

  it.each([
    [4, 2019], // indicator 4 first published in 2020
    [1, 2015], // before the first report
  ] as const)("indicator %i for %i has no comparator", (indicator, year) => {
    expect(nationalComparator(indicator, year)).toBeUndefined();
  });
});
