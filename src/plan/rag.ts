/**
 * The status key behind the Status column, and everything that reads it. The key's cells are the single
 * source of the labels: the drop-down lists them, each colour rule compares with its key cell, and the
 * counts on the plan and the dashboard count against them, so renaming a key cell renames the status
 * everywhere. Comparisons are EXACT (case and all), and counts are SUMPRODUCT over EXACT, so a label such as
 * "<5 days", "Done?" or "=1+1" counts literally (COUNTIF would read it as a comparison or a wildcard).
 * Conditional formats use native functions only, because Excel never evaluates custom functions in them.
 */
import { textColourOn } from "./colour";
import type { Status } from "./options";
import type { FormulaRule, ListValidation } from "./sheet-model";

const BLUE = "#0070C0";

/**
 * The status that means "done", which the overdue rule and count leave out: the label "Delivered" (or
 * "Complete…") if the key has one, else the blue status, else the last one, as in the four-state key.
 * Its position in the key is what the sheets keep, so renaming it later keeps the rule.
 */
export function deliveredIndex(statuses: readonly Status[]): number {
  const byLabel = statuses.findIndex((s) => /^(delivered|complete)/i.test(s.label.trim()));
  if (byLabel >= 0) return byLabel;
  const blue = statuses.findIndex((s) => s.colour.toUpperCase() === BLUE);
  return blue >= 0 ? blue : statuses.length - 1;
}

export function deliveredStatus(statuses: readonly Status[]): Status {
  return statuses[deliveredIndex(statuses)];
}

/** The Status drop-down: the key's own cells are the list, so renaming a key cell renames the option. */
export function statusValidation(range: string, keyCells: string): ListValidation {
  return {
    range,
    source: { formula: `=${keyCells}` },
    allowBlank: true,
    errorTitle: "Choose a status",
    errorMessage: "Pick one of the statuses in the key at the top of the sheet.",
    promptTitle: "Status",
    prompt: "Pick a status from the list.",
  };
}

/**
 * One fill per status. `statusCell` is the column-anchored reference to the range's top-left cell (e.g.
 * "$G7") and `keyCells` the absolute references of the key's cells, in the order of `statuses`.
 */
export function statusRules(
  range: string,
  statusCell: string,
  keyCells: readonly string[],
  statuses: readonly Status[],
): FormulaRule[] {
  return statuses.map((s, i) => ({
    range,
    formula: `=EXACT(${statusCell},${keyCells[i]})`,
    fill: s.colour,
    fontColor: textColourOn(s.colour),
    stopIfTrue: true,
    description: `status = the key's ${ordinal(i + 1)} label (${s.label})`,
  }));
}

const ordinal = (n: number): string => `${n}${n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th"}`;

export const OVERDUE_FILL = "#F4CCCC";
export const OVERDUE_FONT = "#9C0006";
/** The key cell that explains the overdue mark: it is not a status to choose. */
export const OVERDUE_KEY_TEXT = "Overdue (automatic, not a status)";

/** Due date set, before today, and the status is not the delivered key cell's label. */
export function overdueRule(
  range: string,
  dueCell: string,
  statusCell: string,
  deliveredKey: string,
): FormulaRule {
  return {
    range,
    formula: `=AND(ISNUMBER(${dueCell}),${dueCell}<TODAY(),NOT(EXACT(${statusCell},${deliveredKey})))`,
    fill: OVERDUE_FILL,
    fontColor: OVERDUE_FONT,
    bold: true,
    stopIfTrue: false,
    description: "overdue: due date before today and status not the delivered one",
  };
}

/** Actions whose status is exactly the label in `keyCell` (Status column range, absolute). */
export function statusCountFormula(statusRange: string, keyCell: string): string {
  return `=SUMPRODUCT(--EXACT(${statusRange},${keyCell}))`;
}

/** Actions overdue: a due date before today and a status other than the delivered one (blank included). */
export function overdueCountFormula(dueRange: string, statusRange: string, deliveredKey: string): string {
  return `=SUMPRODUCT(ISNUMBER(${dueRange})*(${dueRange}<TODAY())*NOT(EXACT(${statusRange},${deliveredKey})))`;
}
