/**
 * What Excel accepts in a workbook, checked on the model before either writer starts, so the .xlsx file and
 * the workbook written in Excel accept and refuse the same models: a model Excel would reject halfway
 * through a write (or "repair" on opening a file) is refused whole, with a message, before anything is
 * written. Naming rules are in `workbook-names.ts`.
 */
import { isUnbounded, parseCell, parseRange } from "./a1";
import type { AppliedNames, CellBlock, ListValidation, WorkbookModel } from "./sheet-model";
import { resolveTokens } from "./tokens";

/**
 * Excel's limits on a data validation's texts: title 32 characters, error message 225, input message 255
 * (the Data Validation dialog stops typing there). Longer text would make Excel refuse the write or repair
 * the file, so it is shortened with an ellipsis instead.
 */
export const VALIDATION_LIMITS = { title: 32, errorMessage: 225, prompt: 255 } as const;

/** Excel refuses a list of literal drop-down options longer than 255 characters, commas included. */
const LIST_SOURCE_LIMIT = 255;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface ValidationTexts {
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly promptTitle?: string;
  readonly prompt?: string;
}

/** A validation's alert and prompt, cut to Excel's limits; the prompt only when the model gives one. */
export function validationTexts(v: ListValidation): ValidationTexts {
  const shown = v.prompt !== undefined || v.promptTitle !== undefined;
  return {
    errorTitle: clip(v.errorTitle, VALIDATION_LIMITS.title),
    errorMessage: clip(v.errorMessage, VALIDATION_LIMITS.errorMessage),
    ...(shown
      ? {
          promptTitle: clip(v.promptTitle ?? "", VALIDATION_LIMITS.title),
          prompt: clip(v.prompt ?? "", VALIDATION_LIMITS.prompt),
        }
      : {}),
  };
}

/** Literal drop-down options as Excel stores them: joined by commas, which is why no option may hold one. */
export function literalListSource(values: readonly string[]): string {
  const bad = values.find((v) => v.includes(","));
  if (bad !== undefined) {
    throw new Error(
      `The drop-down option "${bad}" contains a comma, which Excel would split; point the list at cells instead.`,
    );
  }
  const joined = values.join(",");
  if (joined.length > LIST_SOURCE_LIMIT)
    throw new Error(
      `The drop-down options are longer than Excel's ${LIST_SOURCE_LIMIT}-character limit; point the list at cells instead.`,
    );
  return joined;
}

/** A block must be a full rectangle of storable cells; returns its width. */
export function checkBlock(block: CellBlock): number {
  parseCell(block.anchor);
  const width = block.rows[0]?.length ?? 0;
  if (block.rows.length === 0 || width === 0) throw new Error(`The cell block at ${block.anchor} is empty.`);
  block.rows.forEach((row, i) => {
    if (row.length !== width)
      throw new Error(
        `Row ${i + 1} of the cell block at ${block.anchor} has ${row.length} cells, not ${width}.`,
      );
    for (const cell of row) {
      if (cell.kind === "number" && !Number.isFinite(cell.value))
        throw new Error(`A number cell holds ${cell.value}, which Excel cannot store.`);
    }
  });
  return width;
}

/** The names the model asks for, to check that every token in it names a sheet or table it has. */
function desiredNames(model: WorkbookModel): AppliedNames {
  return {
    sheets: Object.fromEntries(model.sheets.map((s) => [s.id, s.name])),
    tables: Object.fromEntries(model.sheets.flatMap((s) => s.tables).map((t) => [t.id, t.name])),
  };
}

/**
 * Throws, with a message naming what is wrong, on a model Excel would reject; both writers call it first.
 * `outside` names sheets and tables already in the workbook that the model's formulas may refer to (Analyse
 * data's sheets refer to the data sheet and the plan, which it does not write).
 */
export function checkModel(model: WorkbookModel, outside?: AppliedNames): void {
  const own = desiredNames(model);
  const names: AppliedNames = {
    sheets: { ...outside?.sheets, ...own.sheets },
    tables: { ...outside?.tables, ...own.tables },
  };
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) {
      checkBlock(block);
      for (const cell of block.rows.flat()) if (cell.kind === "formula") resolveTokens(cell.formula, names);
    }
    for (const v of sheet.validations) {
      if ("formula" in v.source) resolveTokens(v.source.formula, names);
      else literalListSource(v.source.values);
    }
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
    for (const c of sheet.conditionalFormats) if ("formula" in c) resolveTokens(c.formula, names);
    // A number format is one entry per cell: over whole columns that is a million cells per column.
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
