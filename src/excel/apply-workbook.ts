/**
 * Writes a `WorkbookModel` into the open workbook in one `Excel.run` and exactly two syncs, however many rows:
 * sync 1 reads the sheet, table and defined names already taken; sync 2 sends every write. Nothing outside the
 * new sheets changes except for added defined names, and no existing sheet, table or name is overwritten.
 */
import type { AppliedNames, WorkbookModel } from "../plan/sheet-model";
import { resolveTokens } from "../plan/tokens";
import { isUnbounded, parseCell, parseRange } from "../plan/a1";
import { blockWrite, listSource } from "./cell-arrays";
import { planNames } from "./plan-names";
import { REQUIRED_FOR_PLAN, checkRequirements, type SetChecker } from "./requirements";
import { ExcelServiceError, IncompleteWriteError } from "./office-errors";
import { writeSheet } from "./write-sheet";

export interface ApplyOptions {
  /** Activate this model sheet (by id) once written; by default the active sheet stays as it was. */
  readonly activateSheetId?: string;
  /** Requirement-set check; defaults to asking Office. */
  readonly isSetSupported?: SetChecker;
}

export interface ApplyReport extends AppliedNames {
  /** The sheets created, in model order, with the names they finally got. */
  readonly createdSheets: readonly { readonly id: string; readonly name: string }[];
  /** Defined names left alone because the workbook already had them. */
  readonly skippedNames: readonly string[];
  /** Features not written on this Excel, e.g. "Print setup (needs ExcelApi 1.9)". */
  readonly skippedFeatures: readonly string[];
}

/** Throws on a model Excel would reject halfway through the write, so nothing is written at all. */
function checkModel(model: WorkbookModel): void {
  const names: AppliedNames = {
    sheets: Object.fromEntries(model.sheets.map((s) => [s.id, s.name])),
    tables: Object.fromEntries(model.sheets.flatMap((s) => s.tables).map((t) => [t.id, t.name])),
  };
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) blockWrite(block, names);
    for (const v of sheet.validations) listSource(v.source, names);
    // A bad address would fail the write sync halfway, leaving a half-built sheet behind.
    const ranges = [
      ...sheet.formats.map((f) => f.range),
      ...sheet.merges,
      ...sheet.tables.map((t) => t.range),
      ...sheet.validations.map((v) => v.range),
      ...sheet.conditionalFormats.map((c) => c.range),
      ...sheet.charts.map((c) => c.dataRange),
      ...sheet.columns.map((c) => `${c.column}:${c.column}`),
      ...(sheet.print?.repeatRows === undefined ? [] : [sheet.print.repeatRows]),
    ];
    for (const r of ranges) parseRange(r);
    for (const c of sheet.charts) parseCell(c.anchor);
    for (const c of sheet.conditionalFormats) if (c.kind !== "dataBar") resolveTokens(c.formula, names);
    for (const f of sheet.formats) {
      if (f.style.numberFormat !== undefined && isUnbounded(parseRange(f.range))) {
        throw new Error(`Give the number format for ${f.range} a bounded range (such as C9:C200).`);
      }
    }
  }
  for (const n of model.names) {
    if (!n.formula.startsWith("="))
      throw new Error(`The defined name ${n.name} needs a formula starting with "=".`);
    resolveTokens(n.formula, names);
  }
}

export async function applyWorkbook(model: WorkbookModel, options: ApplyOptions = {}): Promise<ApplyReport> {
  const requirements = checkRequirements(options.isSetSupported);
  if (!requirements.canWritePlan) {
    throw new ExcelServiceError(
      "requirements_missing",
      `This version of Excel lacks ${REQUIRED_FOR_PLAN.name} ${REQUIRED_FOR_PLAN.version}, which the plan needs. Download the workbook instead.`,
    );
  }
  if (options.activateSheetId !== undefined && !model.sheets.some((s) => s.id === options.activateSheetId)) {
    throw new Error(`No sheet with id "${options.activateSheetId}" in the model.`);
  }
  checkModel(model);

  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets.load("items/name");
    const tables = workbook.tables.load("items/name");
    const names = workbook.names.load("items/name");
    await context.sync();

    const plan = planNames(model, {
      sheets: sheets.items.map((s) => s.name),
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => n.name),
    });
    const applied: AppliedNames = { sheets: plan.sheets, tables: plan.tables };

    const skippedFeatures: string[] = [];
    if (!requirements.canSetUpPrinting && model.sheets.some((s) => s.print)) {
      skippedFeatures.push("Print setup (needs ExcelApi 1.9)");
    }

    for (const sheet of model.sheets) {
      // Worksheets.add appends after the last sheet and does not activate it.
      const ws = workbook.worksheets.add(plan.sheets[sheet.id]);
      writeSheet(ws, sheet, { names: applied, canSetUpPrinting: requirements.canSetUpPrinting });
      if (sheet.id === options.activateSheetId) ws.activate();
    }
    for (const n of plan.namesToAdd) workbook.names.add(n.name, n.formula, n.comment);
    try {
      await context.sync();
    } catch (error) {
      throw new IncompleteWriteError(error, Object.values(plan.sheets));
    }

    return {
      sheets: plan.sheets,
      tables: plan.tables,
      createdSheets: model.sheets.map((s) => ({ id: s.id, name: plan.sheets[s.id] })),
      skippedNames: plan.skippedNames,
      skippedFeatures,
    };
  });
}
