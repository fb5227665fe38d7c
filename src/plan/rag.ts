/**
 * The status key behind the Status column: its drop-down, a fill per status by exact match, and the
 * overdue rule. Conditional formats use native functions only, because Excel never evaluates custom
 * functions inside them.
 */
import { formulaString } from "./a1";
import { textColourOn } from "./colour";
import type { Status } from "./options";
import type { FormulaRule, ListValidation } from "./sheet-model";

const BLUE = "#0070C0";

/**
 * The status that means "done", which the overdue rule and count leave out: the label "Delivered" (or
 * "Complete…") if the key has one, else the blue status, else the last one, as in the four-state key.
 */
export function deliveredStatus(statuses: readonly Status[]): Status {
  const byLabel = statuses.find((s) => /^(delivered|complete)/i.test(s.label.trim()));
  if (byLabel) return byLabel;
  const blue = statuses.find((s) => s.colour.toUpperCase() === BLUE);
  return blue ?? statuses[statuses.length - 1];
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
 * One fill per status. `statusCell` is the column-absolute address of the range's top-left cell
 * (e.g. "$G7"). EXACT, not "=", so "delivered" typed in lower case is not mistaken for the key's label.
 */
export function statusRules(range: string, statusCell: string, statuses: readonly Status[]): FormulaRule[] {
  return statuses.map((s) => ({
    range,
    formula: `=EXACT(${statusCell},${formulaString(s.label)})`,
    fill: s.colour,
    fontColor: textColourOn(s.colour),
    stopIfTrue: true,
    description: `status = ${s.label}`,
  }));
}

export const OVERDUE_FILL = "#F4CCCC";
export const OVERDUE_FONT = "#9C0006";

/** Due date set, before today, and the status is not the delivered one. */
export function overdueRule(
  range: string,
  dueCell: string,
  statusCell: string,
  delivered: Status,
): FormulaRule {
  return {
    range,
    formula: `=AND(${dueCell}<>"",ISNUMBER(${dueCell}),${dueCell}<TODAY(),NOT(EXACT(${statusCell},${formulaString(delivered.label)})))`,
    fill: OVERDUE_FILL,
    fontColor: OVERDUE_FONT,
    bold: true,
    stopIfTrue: false,
    description: `overdue: due date before today and status not ${delivered.label}`,
  };
}

/** A COUNTIF criterion that matches the label literally (wildcards escaped). */
export function literalCriterion(label: string): string {
  return label.replace(/[~*?]/g, (c) => `~${c}`);
}

/** Actions whose status is `label` (Status column range, absolute). */
export function statusCountFormula(statusRange: string, labelCell: string): string {
  return `=COUNTIF(${statusRange},${labelCell})`;
}

/** Actions overdue: a due date before today and a status other than delivered (blank counts as not delivered). */
export function overdueCountFormula(dueRange: string, statusRange: string, delivered: Status): string {
  return `=COUNTIFS(${dueRange},"<"&TODAY(),${statusRange},${formulaString(`<>${literalCriterion(delivered.label)}`)})`;
}
