/**
 * Turns a model's cell block into the two 2-D arrays one range write needs. Text cells get the Text number
 * format "@", written before the values, so Excel stores "=cmd|…", "+1", "-1" or "@SUM(A1)" as typed text and
 * never parses them as formulas or numbers. Pure, so the protection is tested without Excel.
 */
import type { AppliedNames, Cell, CellBlock } from "../plan/sheet-model";
import { resolveTokens } from "../plan/tokens";
import { parseCell, rectAddress } from "../plan/a1";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

export type CellInput = string | number | boolean;

export interface BlockWrite {
  /** The whole rectangle, e.g. "A5:G40". */
  readonly address: string;
  readonly numberFormat: string[][];
  readonly formulas: CellInput[][];
}

function cellInput(cell: Cell, names: AppliedNames): CellInput {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      if (!Number.isFinite(cell.value))
        throw new Error(`A number cell holds ${cell.value}, which Excel cannot store.`);
      return cell.value;
    case "boolean":
      return cell.value;
    case "formula":
      return resolveTokens(cell.formula, names);
    case "blank":
      return "";
  }
}

export function blockWrite(block: CellBlock, names: AppliedNames): BlockWrite {
  const start = parseCell(block.anchor);
  const width = block.rows[0]?.length ?? 0;
  if (block.rows.length === 0 || width === 0) throw new Error(`The cell block at ${block.anchor} is empty.`);
  block.rows.forEach((row, i) => {
    if (row.length !== width)
      throw new Error(
        `Row ${i + 1} of the cell block at ${block.anchor} has ${row.length} cells, not ${width}.`,
      );
  });
  return {
    address: rectAddress({
      top: start.row,
      left: start.column,
      bottom: start.row + block.rows.length - 1,
      right: start.column + width - 1,
    }),
    numberFormat: block.rows.map((row) => row.map((c) => (c.kind === "text" ? TEXT_FORMAT : GENERAL_FORMAT))),
    formulas: block.rows.map((row) => row.map((c) => cellInput(c, names))),
  };
}

/**
 * Excel measures column width in the dialog in characters of the default font (Calibri 11: 7 pixels a
 * character plus 5 pixels of padding) but office.js sets it in points (0.75 of a pixel at 96 dpi).
 */
export function columnWidthPoints(characters: number): number {
  if (!(characters > 0)) return 0;
  const pixels = Math.round(characters * 7 + 5);
  return pixels * 0.75;
}

/** A list-validation source string: literal options joined by commas, or the formula as given. */
export function listSource(
  source: { readonly values: readonly string[] } | { readonly formula: string },
  names: AppliedNames,
): string {
  if ("formula" in source) return resolveTokens(source.formula, names);
  const bad = source.values.find((v) => v.includes(","));
  if (bad !== undefined) {
    throw new Error(
      `The drop-down option "${bad}" contains a comma, which Excel would split; point the list at cells instead.`,
    );
  }
  const joined = source.values.join(",");
  // Excel refuses a literal list longer than 255 characters.
  if (joined.length > 255)
    throw new Error(
      "The drop-down options are longer than Excel's 255-character limit; point the list at cells instead.",
    );
  return joined;
}

/**
 * Excel's limits on validation messages (title 32 characters; error message 225, prompt 255). Longer text
 * would make Excel refuse the whole write, so it is shortened with an ellipsis instead.
 */
export const VALIDATION_LIMITS = { title: 32, errorMessage: 225, prompt: 255 } as const;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A rows × columns array filled with one value (office.js setters take one entry per cell). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
