/**
 * Issue 12: next year's previous-year inputs are last year's current-year inputs, "so each Result cell shows
 * last year's figure, this year's and the direction word as soon as this year's counts arrive". Next year's
 * metric-led plan (the layout with a Result column), evaluated by HyperFormula, once this year's counts
 * arrive either way a user gives them: with the roll-forward (make-plan --from … --staff …) or typed into the
 * new data sheet afterwards (the pane). Figures: expected.json for 2025-26, the hand-worked year for 2026-27;
 * direction words by wres.md's "Better" column.
 */
import { parseRange } from "../../src/plan/a1";
import { startNextYear } from "../../src/plan/roll-forward";
import type { SheetModel } from "../../src/plan/sheet-model";
import { evaluate, textOf, cellAt } from "../support/hyperformula";
import { ROUND_YEAR, filledPlan } from "./support/filled-plan";
import { snapshotOf } from "./support/model-snapshot";

/** Indicator n's Result: the Result column of the row whose Metric cell opens "Indicator n:". */
function resultAddress(plan: SheetModel, n: number): string {
  const rect = parseRange(plan.tables[0].range);
  for (let r = rect.top + 2; r <= rect.bottom + 1; r++)
    if (textOf(cellAt(plan, `A${r}`)).startsWith(`Indicator ${n}:`)) return `B${r}`;
  throw new Error(`no row for indicator ${n}`);
}

/** The first line of each Result, as the published plan words it: direction, last year's and this year's. */
const EXPECTED: Readonly<Record<number, string>> = {
  // 40.15 % BME (2,409 of 6,000, expected.json) → 40.0 % (400 of 1,000): higher is better.
  1: "Deterioration: 2025-26 40.2%, 2026-27 40.0%.",
  // 1.45 → 2.00: away from parity.
  2: "Deterioration: 2025-26 1.45, 2026-27 2.00.",
  // 1.20 → 2.00: away from parity.
  4: "Deterioration: 2025-26 1.20, 2026-27 2.00.",
};

const filled = filledPlan("metric-led", "WRES");

describe("next year's Result cells once this year's counts arrive", () => {
  it.each([
    ["with the roll-forward (make-plan --from … --staff …)", true],
    ["typed into the new data sheet afterwards (the pane)", false],
  ])("%s", (_how, withRollForward) => {
    const made = startNextYear(snapshotOf(filled.model), {
      standard: "WRES",
      ...(withRollForward ? { inputs: ROUND_YEAR } : {}),
    });
    if (!made.ok) throw new Error(made.message);
    const { model } = made.value;
    const data = model.sheets.find((s) => s.id === "data")!;
    const plan = model.sheets.find((s) => s.id === "plan")!;
    const typed: Record<string, Record<string, number>> = withRollForward
      ? {}
      : { data: Object.fromEntries(Object.entries(ROUND_YEAR).map(([k, v]) => [data.inputs[k], v])) };
    const e = evaluate(model, { typed });
    for (const [n, first] of Object.entries(EXPECTED)) {
      const shown = e.value("plan", resultAddress(plan, Number(n)));
      expect({ n, first: typeof shown === "string" ? shown.split("\n")[0] : shown }).toEqual({ n, first });
    }
  });
});
