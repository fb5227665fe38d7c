import * as fs from "node:fs";
import * as path from "node:path";
import { ethnicGroup } from "../../src/wres/ethnic-group";

const SAMPLE = path.resolve(__dirname, "../../../shared/data/sample-trust");

describe("ethnicGroup", () => {
  // wres.md "Groups": A, B, C are White; D–S are BME; Z is not stated.
  it.each([
    ["A", "White"],
    ["B", "White"],
    ["C", "White"],
    ["D", "BME"],
    ["E", "BME"],
    ["F", "BME"],
    ["G", "BME"],
    ["H", "BME"],
    ["J", "BME"],
    ["K", "BME"],
    ["L", "BME"],
    ["M", "BME"],
    ["N", "BME"],
    ["P", "BME"],
    ["R", "BME"],
    ["S", "BME"],
    ["Z", "Unknown"],
    ["99", "Unknown"], // "not known"
  ])("code %p → %s", (code, group) => {
    expect(ethnicGroup(code)).toBe(group);
  });

  // I, O and Q are not NHS codes: unrecognised, so Unknown.
  it.each(["I", "O", "Q", "X"])("non-code letter %p → Unknown", (v) => {
    expect(ethnicGroup(v)).toBe("Unknown");
  });

  // wres.md: every two-character sub-code starting with C is White (incl. Gypsy/Traveller); others follow their letter.
  it.each([
    ["C2", "White"],
    ["C3", "White"],
    ["CA", "White"],
    ["CP", "White"],
    ["CY", "White"],
    ["cn", "White"], // lower case
    ["GA", "BME"],
    ["GF", "BME"],
    ["LA", "BME"],
    ["LB", "BME"],
    ["LK", "BME"],
    ["PA", "BME"],
    ["PE", "BME"],
    ["SA", "BME"],
    ["SE", "BME"],
  ])("sub-code %p → %s", (code, group) => {
    expect(ethnicGroup(code)).toBe(group);
  });

  // ESR "code label" values: the code decides, whatever words the label contains.
  it.each([
    ["A White - British", "White"],
    ["B White - Irish", "White"],
    ["C White - Any other White background", "White"],
    ["D Mixed - White and Black Caribbean", "BME"], // label contains "White"
    ["E Mixed - White and Black African", "BME"],
    ["F Mixed - White and Asian", "BME"],
    ["H Asian or Asian British - Indian", "BME"],
    ["N Black or Black British - African", "BME"],
    ["R Other Ethnic Groups - Chinese", "BME"],
    ["S Other Ethnic Groups - Any other ethnic group", "BME"],
    ["Z Not Stated", "Unknown"],
    ["99 Not Known", "Unknown"],
    ["C3 White - unspecified", "White"], // C3 is "Other White, White unspecified": still White
    ["A - White British", "White"], // other separators
    ["(H) Indian", "BME"],
  ])("ESR value %p → %s", (value, group) => {
    expect(ethnicGroup(value)).toBe(group);
  });

  // Bare labels (no code), as recruitment systems and hand-made sheets write them.
  it.each([
    ["White British", "White"],
    ["White - British", "White"],
    ["White Irish", "White"],
    ["Any other White background", "White"],
    ["Gypsy or Irish Traveller", "White"], // White per wres.md (C sub-codes include Gypsy/Traveller)
    ["Roma", "White"],
    ["English, Welsh, Scottish, Northern Irish or British", "White"],
    ["Indian", "BME"],
    ["Pakistani", "BME"],
    ["Bangladeshi", "BME"],
    ["Chinese", "BME"],
    ["Black African", "BME"],
    ["Black British", "BME"], // "British" must not make it White
    ["Asian or Asian British - Indian", "BME"],
    ["Caribbean", "BME"],
    ["Arab", "BME"],
    ["Any other ethnic group", "BME"],
    ["Any other mixed background", "BME"],
    ["Mixed - White and Asian", "BME"], // trap: contains "White"
    ["White and Black Caribbean", "BME"], // trap: starts with "White"
    ["White and Black African", "BME"],
    ["Mixed/multiple ethnic groups", "BME"],
    ["BME", "BME"],
    ["BAME", "BME"],
    ["B.A.M.E.", "BME"], // not code B with label "A M E"
    ["W/B Caribbean", "BME"], // abbreviations are not codes: "wb caribbean"
    ["Other White", "White"],
    ["Other Asian", "BME"],
  ])("label %p → %s", (value, group) => {
    expect(ethnicGroup(value)).toBe(group);
  });

  // Case and spacing never change the answer.
  it.each([
    [" a ", "White"],
    ["  h  ", "BME"],
    ["WHITE BRITISH", "White"],
    ["  mixed  -  white   and asian ", "BME"],
    ["a white - british", "White"],
    ["c3", "White"],
    ["\tN Black or Black British - African\t", "BME"],
  ])("case/spacing %p → %s", (value, group) => {
    expect(ethnicGroup(value)).toBe(group);
  });

  // wres.md: not stated, not known, prefer not to say, unspecified, blank and anything unrecognised are Unknown.
  it.each([
    ["Not stated"],
    ["Not Known"],
    ["Unknown"],
    ["Prefer not to say"],
    ["I do not wish to disclose my ethnic origin"],
    ["Do not wish to disclose"], // "Do" is not a sub-code
    ["No response"], // "No" is not a sub-code
    ["Unspecified"],
    ["N/A"], // not sub-code "N" + "A"
    ["NK"],
    ["N/K"], // not code N with label "K"
    ["N.K."],
    ["n/s"],
    [""],
    ["   "],
    ["Martian"],
    ["Other"], // other what? not enough to classify
    ["Z"],
    ["ZZ"],
  ])("%p → Unknown", (value) => {
    expect(ethnicGroup(value)).toBe("Unknown");
  });

  // Non-text cells: numbers (99 included), booleans, null, undefined are not codes.
  it.each([[99], [0], [1], [true], [false], [null], [undefined], [{}]])("non-text %p → Unknown", (value) => {
    expect(ethnicGroup(value)).toBe("Unknown");
  });

  // Every value in the sample trust's extracts, against the code letter each begins with (wres.md "Groups").
  it("classifies every ethnicity value in the sample extracts by its code", () => {
    const values = new Set<string>();
    for (const f of ["staff.csv", "staff-previous-year.csv", "applications.csv", "board.csv"]) {
      const lines = fs.readFileSync(path.join(SAMPLE, f), "utf8").trim().split(/\r?\n/).slice(1);
      for (const line of lines) values.add(line.split(",")[1]);
    }
    expect(values.size).toBe(18);
    const byCode = (v: string) => {
      const code = v.split(" ")[0];
      return code === "Z" || code === "99" ? "Unknown" : "ABC".includes(code) ? "White" : "BME";
    };
    for (const v of values) expect([v, ethnicGroup(v)]).toEqual([v, byCode(v)]);
  });

  // The cache is keyed by the raw string: a second call must give the same answer.
  it("gives the same answer from the cache", () => {
    expect(ethnicGroup("F Mixed - White and Asian")).toBe("BME");
    expect(ethnicGroup("F Mixed - White and Asian")).toBe("BME");
  });
});
