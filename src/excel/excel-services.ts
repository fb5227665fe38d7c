/**
 * The Excel half of the pane's services: each function is one user action, one `Excel.run`. Known Office
 * errors come back as `ExcelServiceError` with a message the pane can show; anything else is re-thrown.
 */
import { buildWorkbook } from "../plan/build-workbook";
import { planOptionsSchema, type PlanOptions } from "../plan/options";
import type { IndicatorInputs } from "../wres/indicator-inputs";
import { applyWorkbook } from "./apply-workbook";
import { ExcelServiceError, withOfficeErrors } from "./office-errors";

export interface CreatedPlanInExcel {
  /** The sheets created, with the names they finally got (e.g. "WRES plan 2025-26 (2)"). */
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  /** Defined names the workbook already had, left alone. */
  readonly skippedNames: readonly string[];
  /** What this Excel did not take, and why, e.g. named LAMBDA formulas on Excel 2021 (native ones instead). */
  readonly skippedFeatures: readonly string[];
}

/** Validates the options, builds the workbook model and writes it, then shows the plan sheet. */
export async function createPlanInExcel(
  options: PlanOptions,
  inputs?: IndicatorInputs,
): Promise<CreatedPlanInExcel> {
  const parsed = planOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ExcelServiceError("invalid_options", first ? first.message : "The plan options are not valid.");
  }
  const model = buildWorkbook(parsed.data, inputs);
  const activateSheetId = model.sheets.some((s) => s.id === "plan") ? "plan" : undefined;
  // Written instead when this Excel turns out to have no LAMBDA (Excel 2021): the same numbers, plain formulas.
  const withoutLambda =
    parsed.data.formulaStyle === "lambda"
      ? buildWorkbook({ ...parsed.data, formulaStyle: "native" }, inputs)
      : undefined;
  const report = await withOfficeErrors("Could not create the plan.", () =>
    applyWorkbook(model, { activateSheetId, ...(withoutLambda ? { withoutLambda } : {}) }),
  );
  return {
    sheets: report.createdSheets,
    skippedNames: report.skippedNames,
    skippedFeatures: report.skippedFeatures,
  };
}

export async function activateSheet(name: string): Promise<void> {
  await withOfficeErrors(`Could not open the sheet “${name}”.`, () =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    }),
  );
}

/** A function call the pane offers from our catalogue, e.g. "=WRES.APPOINTMENT_RL(" or "=WRES_RL(". */
const FUNCTION_CALL = /^=[A-Za-z_][A-Za-z0-9_.]*\(/;

/**
 * Closes any brackets left open, because office.js cannot leave a cell in edit mode: Excel would reject
 * "=WRES.APPOINTMENT_RL(" outright, whereas "=WRES.APPOINTMENT_RL()" lands and shows which arguments it needs.
 */
export function closeBrackets(formula: string): string {
  let depth = 0;
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (!inString && ch === "(") depth += 1;
    else if (!inString && ch === ")") depth = Math.max(0, depth - 1);
  }
  return formula + (inString ? '"' : "") + ")".repeat(depth);
}

/** Writes a catalogue formula into the active cell, deliberately as a formula. */
export async function insertFormula(formula: string): Promise<void> {
  if (!FUNCTION_CALL.test(formula)) {
    throw new ExcelServiceError(
      "invalid_formula",
      `“${formula}” is not a function from the catalogue, so it was not inserted.`,
    );
  }
  const complete = closeBrackets(formula);
  await withOfficeErrors("Could not insert the formula.", () =>
    Excel.run(async (context) => {
      context.workbook.getActiveCell().formulas = [[complete]];
      await context.sync();
    }),
  );
}
