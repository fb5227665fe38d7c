import fc from "fast-check";
import { bandTable } from "../../src/wres/band-table";
import { countGroups } from "../../src/wres/group-counts";

// Values a worksheet column may hold: codes, ESR labels, bare labels, junk, blanks ("" and 0 are empty rows).
const ethnicity = fc.constantFrom(
  "A",
  "C3",
  "H Asian or Asian British - Indian",
  "Mixed - White and Asian",
  "Z",
  "99",
  "?",
  "",
  0,
  99,
);
const band = fc.constantFrom("Band 5", "Band 8 - Range A", "8B", "VSM", "Consultants", "nonsense", "", 7);
const rows = fc.array(fc.tuple(ethnicity, band, fc.constantFrom("Y", "N", true, 0, "")), { maxLength: 200 });

const nonBlank = (v: unknown) => v !== "" && v !== 0;

/** functions.md: every row up to the last one with data in a range given is a person; the rest are padding. */
const peopleIn = (rs: readonly (readonly unknown[])[]): number => {
  for (let i = rs.length - 1; i >= 0; i--) if (rs[i].some(nonBlank)) return i + 1;
  return 0;
};

describe("record-level counting invariants", () => {
  // Every row up to the last with data is counted exactly once (a blank one as Unknown): White + BME +
  // Unknown = the number of people (wres.md).
  it("GROUP_COUNTS totals the rows up to the last non-blank one", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const r = countGroups(rs.map(([e]) => [e]));
        return r.ok && r.value[0] + r.value[1] + r.value[2] === peopleIn(rs.map(([e]) => [e]));
      }),
    );
  });

  // With a flag range, every flagged row is one person (a blank ethnicity is Unknown), and White and BME can
  // only shrink against the unflagged count.
  it("GROUP_COUNTS with flags totals the flagged rows", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const all = countGroups(rs.map(([e]) => [e]));
        const flagged = countGroups(
          rs.map(([e]) => [e]),
          rs.map(([, , f]) => [f]),
        );
        const isTrue = (f: unknown) => f === "Y" || f === true;
        return (
          all.ok &&
          flagged.ok &&
          flagged.value[0] + flagged.value[1] + flagged.value[2] ===
            rs.filter(([, , f]) => isTrue(f)).length &&
          flagged.value[0] <= all.value[0] &&
          flagged.value[1] <= all.value[1]
        );
      }),
    );
  });

  // The bands partition the people (rows up to the last with an ethnicity or a band); White and BME equal
  // GROUP_COUNTS's, Unknown adds the people with a band but no ethnicity after GROUP_COUNTS's last row.
  it("BAND_TABLE rows add up to its Overall row, which agrees with GROUP_COUNTS", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const eth = rs.map(([e]) => [e]);
        const t = bandTable(
          eth,
          rs.map(([, b]) => [b]),
          false,
        );
        const g = countGroups(eth);
        if (!g.ok) return false;
        const people = peopleIn(rs.map(([e, b]) => [e, b]));
        if (!t.ok) return people === 0 && t.problem.code === "zero_total";
        const body = t.value.slice(0, -1) as number[][];
        const overall = t.value.at(-1) as [string, number, number, number, number, number, number];
        const sum = (k: number) => body.reduce((s, r) => s + r[k], 0);
        return (
          overall[0] === "Overall" &&
          [sum(1), sum(2), sum(3), sum(4)].join() ===
            [overall[1], overall[2], overall[3], overall[4]].join() &&
          overall[1] === g.value[0] &&
          overall[2] === g.value[1] &&
          overall[3] >= g.value[2] &&
          overall[4] === people
        );
      }),
    );
  });
});
