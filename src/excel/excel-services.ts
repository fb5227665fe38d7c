/**
 * The Excel half of the pane's services: each function is one user action, one `Excel.run`. Known Office
 * errors come back as `ExcelServiceError` with a message the pane can show; anything else is re-thrown.
 */
import { buildWorkbook } from "../plan/build-workbook";
import { planOptionsSchema, type PlanOptions } from "../plan/options";
import type { IndicatorInputs } from "../wres/indicator-inputs";
import { applyWorkbook } from "./apply-workbook";
import { ExcelServiceError, withOfficeErrors } from "./office-errors";

interface CreatedPlanInExcel {
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

/** A call of a named function, e.g. "=WRES.APPOINTMENT_RL(200, 50, 300, 40)"; never a DDE or other formula. */
const FUNCTION_CALL = /^=[A-Za-z_][A-Za-z0-9_.]*\(/;

/** True when the formula is one function call whose brackets close exactly at its end (text in quotes aside). */
export function isCompleteCall(formula: string): boolean {
  if (!FUNCTION_CALL.test(formula) || !formula.endsWith(")")) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    else if (!inString && ch === "(") depth += 1;
    else if (!inString && ch === ")" && --depth === 0 && i < formula.length - 1) return false;
  }
  return depth === 0 && !inString;
}

/**
 * Writes a catalogue formula (a function's worked example) into the active cell, deliberately as a formula.
 * It must be a complete call: office.js cannot leave a cell in edit mode, and Excel refuses a call that leaves
 * required arguments out, custom functions included (https://github.com/OfficeDev/office-js/issues/710).
 */
export async function insertFormula(formula: string): Promise<void> {
  if (!isCompleteCall(formula)) {
    throw new ExcelServiceError(
      "invalid_formula",
      `“${formula}” is not a complete function call from the catalogue, so it was not inserted.`,
    );
  }
  await withOfficeErrors("Could not insert the formula.", () =>
    Excel.run(async (context) => {
      context.workbook.getActiveCell().formulas = [[formula]];
      await context.sync();
    }),
  );
}
