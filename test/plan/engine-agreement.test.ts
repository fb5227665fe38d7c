/**
 * Every figure of `figures.ts`, in the native and LAMBDA styles, evaluated by HyperFormula, against the
 * engine call the figure declares (src/wres), for random counts: the same number where the engine gives one,
 * "–" where it gives a problem. Then the derived cells: the trend (`trend`), the non-adverse status
 * (`rlStatus`) and the low-numbers flag (`isLowNumbers`). Small counts on purpose, so zeros, outcomes above
 * their pool and exact ties all turn up. A figure added to `figures.ts` is checked here without a new line.
 */
import fc from "fast-check";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { FIGURES } from "../../src/plan/figures";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";
import { ref } from "../../src/plan/a1";
import { allInputKeys } from "../support/input-keys";
import type { Result } from "../../src/wres/issues";
import { isLowNumbers, LOW_NUMBERS_THRESHOLD } from "../../src/wres/low-numbers";
import { rlStatus } from "../../src/wres/non-adverse";
import { trend } from "../../src/wres/trend";
import { evaluate, type Value } from "../support/hyperformula";

/** The flag wres.md gives ("low numbers – interpret with caution"), as a cell shows it. */
const LOW_NUMBERS_TEXT = "Low numbers – interpret with caution";

const count = fc.integer({ min: 0, max: 40 });
const percent = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

/** Random values for every input key; survey keys get fractions 0–1. */
const inputs = fc.record(
  Object.fromEntries(allInputKeys().map((k) => [k, k.includes("survey.") ? percent : count])),
) as fc.Arbitrary<Record<string, number>>;

const engineValue = <T>(r: Result<T>): T | "–" => (r.ok ? r.value : "–");

describe.each(["native", "lambda"] as const)("%s formulas agree with the engine", (style) => {
  it("for every figure, this year and last year, with its trend, status and low-numbers flag", () => {
    fc.assert(
      fc.property(inputs, (typed) => {
        const workbook = buildWorkbook(
          { ...DEFAULT_PLAN_OPTIONS, organisation: "Property Trust", formulaStyle: style },
          typed,
        );
        const cells = workbook.cells.data!;
        const e = evaluate(workbook);
        const at = (address: { column: number; row: number }): Value => e.value("data", ref(address));
        const v = (key: string): number => typed[key];
        for (const f of FIGURES) {
          const c = cells.figures[f.key];
          const current = f.engine(v, false);
          expect({ key: f.key, got: at(c.current) }).toEqual({ key: f.key, got: engineValue(current) });
          if (!c.previous) continue;
          const previous = f.engine(v, true);
          expect({ key: `${f.key} previous`, got: at(c.previous) }).toEqual({
            key: `${f.key} previous`,
            got: engineValue(previous),
          });
          if (c.trend && f.better) {
            const t = previous.ok && current.ok ? trend(previous.value, current.value, f.better) : undefined;
            const shown = at(c.trend);
            // No trend where a year's figure failed: blank or "–" on the sheet.
            if (!t) expect(["", "–"]).toContain(shown);
            else
              expect({ key: `${f.key} trend`, got: shown }).toEqual({
                key: `${f.key} trend`,
                got: engineValue(t),
              });
          }
        }
        for (const f of FIGURES) {
          const c = cells.figures[f.key];
          const current = f.engine(v, false);
          if (c.status) {
            const s = current.ok ? rlStatus(current.value) : undefined;
            if (!s) expect(["", "–"]).toContain(at(c.status));
            else
              expect({ key: `${f.key} status`, got: at(c.status) }).toEqual({
                key: `${f.key} status`,
                got: engineValue(s),
              });
          }
          if (c.lowNumbers && f.lowNumbers) {
            const low = isLowNumbers(
              v(`${f.lowNumbers}.white`),
              v(`${f.lowNumbers}.bme`),
              LOW_NUMBERS_THRESHOLD,
            );
            expect({ key: `${f.key} low numbers`, got: at(c.lowNumbers) }).toEqual({
              key: `${f.key} low numbers`,
              got: low.ok && low.value ? LOW_NUMBERS_TEXT : "",
            });
          }
        }
      }),
      { numRuns: 40, seed: 2025 },
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
    expect(evaluate(workbook).value("data", data.outputs["ind2.trend"])).toBe(expected);
    const engine = trend(
      (prev.aw * prev.sb) / (prev.ab * prev.sw),
      (cur.aw * cur.sb) / (cur.ab * cur.sw),
      "parity",
    );
    expect(engine).toEqual({ ok: true, value: expected });
  });
});
