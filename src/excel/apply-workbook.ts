/**
 * Writes a `WorkbookModel` into the open workbook in one `Excel.run` and exactly two syncs, however many rows:
 * sync 1 reads the sheet, table and defined names already taken (and, for a model with LAMBDA names, asks
 * Excel whether it has LAMBDA); sync 2 sends every write. Nothing outside the new sheets changes except for
 * added defined names, and no existing sheet, table or name is overwritten.
 */
import { checkModel } from "../plan/model-rules";
import type { AppliedNames, WorkbookModel } from "../plan/sheet-model";
import { planNames, type ExistingNames } from "../plan/workbook-names";
import { isLambdaName, probeLambda } from "./lambda-probe";
import { ExcelServiceError, IncompleteWriteError, quoteList } from "./office-errors";
import { REQUIRED_FOR_PLAN, checkRequirements, type SetChecker } from "./requirements";
import { writeSheet, type WrittenSheet } from "./write-sheet";

interface ApplyOptions {
  /** Activate this model sheet (by id) once written; by default the active sheet stays as it was. */
  readonly activateSheetId?: string;
  /** Requirement-set check; defaults to asking Office. */
  readonly isSetSupported?: SetChecker;
  /**
   * The same workbook with native formulas, written instead of `model` when `model` defines LAMBDA names and
   * this Excel has no LAMBDA (Excel 2021 loads the add-in but would show #NAME? in every cell calling one).
   */
  readonly withoutLambda?: WorkbookModel;
}

interface ApplyReport extends AppliedNames {
  /** The sheets created, in model order, with the names they finally got. */
  readonly createdSheets: readonly { readonly id: string; readonly name: string }[];
  /** Defined names left alone because the workbook already had them. */
  readonly skippedNames: readonly string[];
  /** What this Excel did not take, and why, for the pane to list (e.g. the LAMBDA names it lacks). */
  readonly skippedFeatures: readonly string[];
}

export const NO_LAMBDA_NOTE =
  "Named LAMBDA formulas (this Excel has no LAMBDA function, like Excel 2021; the data sheet uses plain formulas instead, which give the same figures)";

/** See `applyPrint` in write-sheet.ts: Excel may ignore fit-to-pages, and the user can set it by hand. */
function fitNote(sheets: readonly string[]): string {
  return `Fit to one page wide on ${quoteList(sheets)} (Excel sets it only while Page Layout is showing; before printing, choose Page Layout, Scale to Fit, Width: 1 page)`;
}

/** After the write sync: the fit-to-pages note, when Excel kept the scaling of some written sheet only. */
export function fitNotes(
  written: readonly { readonly name: string; readonly sheet: WrittenSheet }[],
): string[] {
  const unfitted = written.filter((w) => !w.sheet.fitApplied()).map((w) => w.name);
  return unfitted.length > 0 ? [fitNote(unfitted)] : [];
}

export async function applyWorkbook(model: WorkbookModel, options: ApplyOptions = {}): Promise<ApplyReport> {
  const requirements = checkRequirements(options.isSetSupported);
  if (!requirements.canWritePlan) {
    throw new ExcelServiceError(
      "requirements_missing",
      `This version of Excel lacks ${REQUIRED_FOR_PLAN.name} ${REQUIRED_FOR_PLAN.version}, which the plan needs. Download the workbook instead.`,
    );
  }
  const models = [model, ...(options.withoutLambda ? [options.withoutLambda] : [])];
  for (const m of models) {
    if (options.activateSheetId !== undefined && !m.sheets.some((s) => s.id === options.activateSheetId)) {
      throw new Error(`No sheet with id "${options.activateSheetId}" in the model.`);
    }
    // Refuse now what Excel would refuse halfway through the write, leaving a half-built sheet behind.
    checkModel(m);
  }
  const needsLambda = model.names.some(isLambdaName);

  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets.load("items/name");
    const tables = workbook.tables.load("items/name");
    const names = workbook.names.load("items/name");
    const lambda = needsLambda ? probeLambda(workbook) : undefined;
    await context.sync();

    const fallBack = lambda !== undefined && !lambda.available();
    if (fallBack && !options.withoutLambda) {
      // Nothing is written yet: better to say so than to fill the sheets with #NAME?.
      throw new ExcelServiceError(
        "requirements_missing",
        "This Excel has no LAMBDA function (Excel 2021 and older lack it), which named LAMBDA formulas need. Choose native formulas, or download the workbook instead.",
      );
    }
    const toWrite = fallBack && options.withoutLambda ? options.withoutLambda : model;
    const skippedFeatures: string[] = fallBack ? [NO_LAMBDA_NOTE] : [];

    return writeAndSync(
      context,
      toWrite,
      {
        sheets: sheets.items.map((s) => s.name),
        tables: tables.items.map((t) => t.name),
        names: names.items.map((n) => n.name),
      },
      { activateSheetId: options.activateSheetId, skippedFeatures },
    );
  });
}

/**
 * The write sync, shared with "Start next year's plan" (roll-forward.ts): free names for every sheet, table
 * and defined name; every sheet queued; the chosen sheet activated last; one sync.
 */
export async function writeAndSync(
  context: Excel.RequestContext,
  model: WorkbookModel,
  existing: ExistingNames,
  options: { readonly activateSheetId?: string; readonly skippedFeatures: readonly string[] },
): Promise<ApplyReport> {
  const workbook = context.workbook;
  const plan = planNames(model, existing);
  const applied: AppliedNames = { sheets: plan.sheets, tables: plan.tables };

  const written: { name: string; sheet: WrittenSheet }[] = [];
  for (const sheet of model.sheets) {
    // Worksheets.add appends after the last sheet and does not activate it.
    const ws = workbook.worksheets.add(plan.sheets[sheet.id]);
    written.push({ name: plan.sheets[sheet.id], sheet: writeSheet(ws, sheet, { names: applied }) });
  }
  for (const n of plan.namesToAdd) workbook.names.add(n.name, n.formula, n.comment);
  // Last, after every freeze: freezing panes on a sheet undoes an earlier activate() in the same batch
  // (https://github.com/OfficeDev/office-js/issues/3148).
  if (options.activateSheetId !== undefined)
    workbook.worksheets.getItem(plan.sheets[options.activateSheetId]).activate();
  try {
    await context.sync();
  } catch (error) {
    throw new IncompleteWriteError(error, Object.values(plan.sheets));
  }

  const skippedFeatures = [...options.skippedFeatures, ...fitNotes(written)];
  return {
    sheets: plan.sheets,
    tables: plan.tables,
    createdSheets: model.sheets.map((s) => ({ id: s.id, name: plan.sheets[s.id] })),
    skippedNames: plan.skippedNames,
    skippedFeatures,
  };
}
