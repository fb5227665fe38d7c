/**
 * Which Excel API requirement sets this Excel supports, checked at run time (Excel 2016 without updates, Excel
 * on older Macs and some web builds lack the newer sets). Missing sets are reported as "ExcelApi 1.9".
 */

export type SetChecker = (name: string, version: string) => boolean;

/** Tables, list validation (1.8), conditional formats, freeze panes, tab colour, stop-if-true: the plan needs these. */
export const REQUIRED_FOR_PLAN = { name: "ExcelApi", version: "1.8" } as const;
/** Page layout (orientation, fit to page, print titles, paper size): optional, skipped when missing. */
export const REQUIRED_FOR_PRINT = { name: "ExcelApi", version: "1.9" } as const;

export interface Requirements {
  /** False when the plan cannot be written at all (offer the .xlsx instead). */
  readonly canWritePlan: boolean;
  /** False when print setup will be skipped. */
  readonly canSetUpPrinting: boolean;
  /** E.g. ["ExcelApi 1.9"]; empty when everything is supported. */
  readonly missing: readonly string[];
}

/** Asks Office; outside Office (or before it is ready) nothing counts as supported. */
export const officeSetChecker: SetChecker = (name, version) => {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
};

const label = (set: { readonly name: string; readonly version: string }): string =>
  `${set.name} ${set.version}`;

export function checkRequirements(isSupported: SetChecker = officeSetChecker): Requirements {
  const canWritePlan = isSupported(REQUIRED_FOR_PLAN.name, REQUIRED_FOR_PLAN.version);
  const canSetUpPrinting = isSupported(REQUIRED_FOR_PRINT.name, REQUIRED_FOR_PRINT.version);
  const missing: string[] = [];
  if (!canWritePlan) missing.push(label(REQUIRED_FOR_PLAN));
  if (!canSetUpPrinting) missing.push(label(REQUIRED_FOR_PRINT));
  return { canWritePlan, canSetUpPrinting, missing };
}
