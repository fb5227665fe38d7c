/**
 * The data sheet's native and LAMBDA formulas, evaluated by HyperFormula, against the add-in's own engine
 * (src/wres) for random counts: the same number where the engine gives one, "–" where it gives an error.
 * Small counts on purpose, so zeros, outcomes above their pool and exact ties all turn up.
 */
import fc from "fast-check";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";
import type { Result } from "../../src/wres/issues";
import { rlStatus } from "../../src/wres/non-adverse";
import {
  appointmentLikelihood,
  disciplinaryLikelihood,
  trainingLikelihood,
} from "../../src/wres/relative-likelihood";
import { boardGap, representation } from "../../src/wres/representation";
import type { Better } from "../../src/wres/indicators";
import { trend } from "../../src/wres/trend";
import { evaluateWorkbook, type Value } from "./support/evaluate";

const count = fc.integer({ min: 0, max: 40 });
const year = fc.record({
  headcountWhite: count,
  headcountBme: count,
  headcountUnknown: count,
  shortlistedWhite: count,
  appointedWhite: count,
  shortlistedBme: count,
  appointedBme: count,
  disciplinaryWhite: count,
  disciplinaryBme: count,
  trainingWhite: count,
  trainingBme: count,
  boardWhite: fc.integer({ min: 0, max: 12 }),
  boardBme: fc.integer({ min: 0, max: 12 }),
  boardUnknown: fc.integer({ min: 0, max: 2 }),
});
type Year = typeof year extends fc.Arbitrary<infer T> ? T : never;

function inputsOf(y: Year, prefix: string): Record<string, number> {
  return {
    [`${prefix}headcount.white`]: y.headcountWhite,
    [`${prefix}headcount.bme`]: y.headcountBme,
    [`${prefix}headcount.unknown`]: y.headcountUnknown,
    [`${prefix}shortlisted.white`]: y.shortlistedWhite,
    [`${prefix}appointed.white`]: y.appointedWhite,
    [`${prefix}shortlisted.bme`]: y.shortlistedBme,
    [`${prefix}appointed.bme`]: y.appointedBme,
    [`${prefix}disciplinary.white`]: y.disciplinaryWhite,
    [`${prefix}disciplinary.bme`]: y.disciplinaryBme,
    [`${prefix}training.white`]: y.trainingWhite,
    [`${prefix}training.bme`]: y.trainingBme,
    [`${prefix}board.voting.white`]: y.boardWhite,
    [`${prefix}board.voting.bme`]: y.boardBme,
    [`${prefix}board.voting.unknown`]: y.boardUnknown,
  };
}

/** What the engine says for one year: a number, or "–" for any problem. */
function engineFigures(y: Year, p: Year): Record<string, number | string> {
  const v = (r: Result<number>): number | string => (r.ok ? r.value : "–");
  const total = y.headcountWhite + y.headcountBme + y.headcountUnknown;
  const ind2 = (x: Year) =>
    appointmentLikelihood(x.shortlistedWhite, x.appointedWhite, x.shortlistedBme, x.appointedBme);
  const ind3 = (x: Year) =>
    disciplinaryLikelihood(x.headcountBme, x.disciplinaryBme, x.headcountWhite, x.disciplinaryWhite);
  const ind4 = (x: Year) =>
    trainingLikelihood(x.headcountWhite, x.trainingWhite, x.headcountBme, x.trainingBme);
  const ind9 = (x: Year) =>
    boardGap(
      x.boardBme,
      x.boardWhite + x.boardBme + x.boardUnknown,
      x.headcountBme,
      x.headcountWhite + x.headcountBme + x.headcountUnknown,
    );
  const twoYear = disciplinaryLikelihood(
    y.headcountBme,
    y.disciplinaryBme,
    y.headcountWhite,
    y.disciplinaryWhite,
    {
      bmeHeadcount: p.headcountBme,
      bmeEntering: p.disciplinaryBme,
      whiteHeadcount: p.headcountWhite,
      whiteEntering: p.disciplinaryWhite,
    },
  );
  const trendOf = (prev: Result<number>, cur: Result<number>, better: Better): string => {
    if (!prev.ok || !cur.ok) return "";
    const t = trend(prev.value, cur.value, better);
    return t.ok ? t.value : "–";
  };
  const statusOf = (r: Result<number>): string => {
    if (!r.ok) return "";
    const s = rlStatus(r.value);
    return s.ok ? s.value : "–";
  };
  return {
    "ind1.current": v(representation(y.headcountBme, total)),
    "ind2.current": v(ind2(y)),
    "ind3.current": v(ind3(y)),
    "ind3.two_year": v(twoYear),
    "ind4.current": v(ind4(y)),
    "ind9.voting.current": v(ind9(y)),
    "ind2.status": statusOf(ind2(y)),
    "ind4.status": statusOf(ind4(y)),
    "ind2.trend": trendOf(ind2(p), ind2(y), "parity"),
    "ind3.trend": trendOf(ind3(p), ind3(y), "parity"),
    "ind9.trend": trendOf(ind9(p), ind9(y), "zero"),
  };
}

function sheetFigures(
  style: "native" | "lambda",
  y: Year,
  p: Year,
  keys: readonly string[],
): Record<string, Value> {
  const workbook = buildWorkbook(
    { ...DEFAULT_PLAN_OPTIONS, organisation: "Property Trust", formulaStyle: style },
    { ...inputsOf(y, ""), ...inputsOf(p, "prev.") },
  );
  const data = workbook.sheets.find((s) => s.id === "data")!;
  const e = evaluateWorkbook(workbook);
  return Object.fromEntries(keys.map((k) => [k, e.value("data", data.outputs[k])]));
}

describe.each(["native", "lambda"] as const)("%s formulas agree with the engine", (style) => {
  it("for random counts, exactly", () => {
    fc.assert(
      fc.property(year, year, (y, p) => {
        const engine = engineFigures(y, p);
        // A status or trend the engine cannot give (its figure failed) shows blank or "–" on the sheet.
        const sheet = sheetFigures(style, y, p, Object.keys(engine));
        for (const [key, expected] of Object.entries(engine)) {
          const got = sheet[key];
          if (expected === "" && (key.endsWith(".trend") || key.endsWith(".status"))) {
            expect(["", "–"]).toContain(got);
          } else {
            expect({ key, got }).toEqual({ key, got: expected });
          }
        }
      }),
      { numRuns: 60, seed: 2025 },
    );
  });

  it.each([
    // 0.80 → 1.25: equally far from parity on the log scale; floats differ by one unit, the engine says no change.
    [{ sw: 6, aw: 4, sb: 6, ab: 5 }, { sw: 6, aw: 5, sb: 6, ab: 4 }, "No change"],
    // A ratio of 0 is infinitely far from parity.
    [{ sw: 6, aw: 4, sb: 6, ab: 5 }, { sw: 6, aw: 0, sb: 6, ab: 5 }, "Deterioration"],
    [{ sw: 6, aw: 0, sb: 6, ab: 5 }, { sw: 6, aw: 0, sb: 6, ab: 5 }, "No change"],
  ])("indicator 2 trend %#", (prev, cur, expected) => {
    const y = (x: { sw: number; aw: number; sb: number; ab: number }, prefix: string) => ({
      [`${prefix}shortlisted.white`]: x.sw,
      [`${prefix}appointed.white`]: x.aw,
      [`${prefix}shortlisted.bme`]: x.sb,
      [`${prefix}appointed.bme`]: x.ab,
    });
    const workbook = buildWorkbook(
      { ...DEFAULT_PLAN_OPTIONS, organisation: "Trust", formulaStyle: style },
      { ...y(prev, "prev."), ...y(cur, "") },
    );
    const data = workbook.sheets.find((s) => s.id === "data")!;
    expect(evaluateWorkbook(workbook).value("data", data.outputs["ind2.trend"])).toBe(expected);
    const engine = trend(
      (prev.aw * prev.sb) / (prev.ab * prev.sw),
      (cur.aw * cur.sb) / (cur.ab * cur.sw),
      "parity",
    );
    expect(engine).toEqual({ ok: true, value: expected });
  });
});
