/**
 * Turns a model's cell block into the two 2-D arrays one range write needs. Text cells get the Text number
 * format "@", written before the values, so Excel stores "=cmd|…", "+1", "-1" or "@SUM(A1)" as typed text and
 * never parses them as formulas or numbers. Pure, so the protection is tested without Excel.
 */
import type { AppliedNames, Cell, CellBlock } from "../plan/sheet-model";
import { resolveTokens } from "../plan/tokens";
import { parseCell, rectAddress } from "../plan/a1";
import { checkBlock, literalListSource } from "../plan/model-rules";

const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

type CellInput = string | number | boolean;

interface BlockWrite {
  /** The whole rectangle, e.g. "A5:G40". */
  readonly address: string;
  readonly numberFormat: string[][];
  readonly formulas: CellInput[][];
}

/**
 * Excel takes a leading apostrophe as its text prefix and drops it, through `range.formulas` too
 * (https://github.com/OfficeDev/office-js/issues/6687; `Range.Value = "'1"` stores the text "1",
 * https://learn.microsoft.com/office/vba/api/excel.errorcheckingoptions.numberastext). Such text is written
 * with one more apostrophe in front, into a General cell, where the prefix is certain to be taken as the
 * prefix: Excel stores the rest, the text as typed, as text.
 */
const startsWithApostrophe = (cell: Cell): boolean => cell.kind === "text" && cell.text.startsWith("'");

function cellInput(cell: Cell, names: AppliedNames): CellInput {
  switch (cell.kind) {
    case "text":
      return startsWithApostrophe(cell) ? `'${cell.text}` : cell.text;
    case "number":
    case "boolean":
      return cell.value;
    case "formula":
      return resolveTokens(cell.formula, names);
    case "blank":
      return "";
  }
}

export function blockWrite(block: CellBlock, names: AppliedNames): BlockWrite {
  const width = checkBlock(block);
  const start = parseCell(block.anchor);
  return {
    address: rectAddress({
      top: start.row,
      left: start.column,
      bottom: start.row + block.rows.length - 1,
      right: start.column + width - 1,
    }),
    numberFormat: block.rows.map((row) =>
      row.map((c) => (c.kind === "text" && !startsWithApostrophe(c) ? TEXT_FORMAT : GENERAL_FORMAT)),
    ),
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
  return "formula" in source ? resolveTokens(source.formula, names) : literalListSource(source.values);
}

/** A rows × columns array filled with one value (office.js setters take one entry per cell). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
