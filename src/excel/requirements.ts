/**
 * The Excel API requirement set the writer needs, checked at run time. manifest.xml requires SharedRuntime
 * 1.1, so only Excel on the web, Microsoft 365 on Windows (Version 2002 on) and Mac (16.35 on) and Excel 2021
 * or later load the add-in (https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets),
 * and every one of them has ExcelApi 1.9 (Windows Version 1903, Mac 16.24:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets). Excel 2016
 * and 2019 never run this code, so there is no partial write for them: on a host that somehow lacks the
 * set, the pane offers the .xlsx instead.
 */

export type SetChecker = (name: string, version: string) => boolean;

/**
 * The highest set the writer uses: page layout (1.9); list validation and stop-if-true (1.8); tab colour,
 * freeze panes, chart line colour (1.7); conditional formats (1.6); defined names with comments (1.4).
 */
export const REQUIRED_FOR_PLAN = { name: "ExcelApi", version: "1.9" } as const;

interface Requirements {
  /** False when the plan cannot be written in this Excel (offer the .xlsx instead). */
  readonly canWritePlan: boolean;
  /** E.g. ["ExcelApi 1.9"]; empty when everything is supported. */
  readonly missing: readonly string[];
}

/** Asks Office; outside Office (or before it is ready) nothing counts as supported. */
export const officeSetChecker: SetChecker = (name, version) => {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
};

export function checkRequirements(isSupported: SetChecker = officeSetChecker): Requirements {
  const canWritePlan = isSupported(REQUIRED_FOR_PLAN.name, REQUIRED_FOR_PLAN.version);
  return {
    canWritePlan,
    missing: canWritePlan ? [] : [`${REQUIRED_FOR_PLAN.name} ${REQUIRED_FOR_PLAN.version}`],
  };
}
