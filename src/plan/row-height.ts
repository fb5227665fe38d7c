/**
 * Row heights from the wrapped text's length and the column width. Neither writer can ask a spreadsheet to
 * fit rows: a file keeps the height it is given (LibreOffice prints wrapped text in one line's height and
 * cuts the rest), and office.js `autofitRows` would run before the Result formulas have text. So the
 * builders measure the text themselves, with one pure estimate used by every sheet.
 *
 * Widths are in the unit of column widths: the width of a digit in the default 11-point font. Both Excel
 * (Calibri) and LibreOffice (Carlito, or DejaVu Sans where Calibri is missing) scale a column to the font's
 * digit, so a character's width in digits is nearly the same in all three; the table below takes the wider
 * of Calibri and DejaVu Sans for each class of character, so the estimate errs towards a taller row.
 */
import { cellAddress, columnIndex, isUnbounded, parseCell, parseRange } from "./a1";
import type { Cell, CellStyle, RowHeight, SheetModel } from "./sheet-model";

const DEFAULT_FONT_SIZE = 11;
/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/** Points per line: Excel fits Calibri 11 at 15 points a line, 14 at 18.75. */
export function lineHeight(fontSize: number = DEFAULT_FONT_SIZE): number {
  return (fontSize * 15) / 11;
}

const NARROW = new Set(" iljI'|!.,:;`");
const SLIM = new Set('ftrJ()[]{}-/\\"*');
const SMALL = new Set("sczv xyk?");
const WIDE = new Set("mw%@—");
const WIDEST = new Set("MW");

/** One character's width in digits of the 11-point font (regular weight). */
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.5;
  if (SLIM.has(ch)) return 0.7;
  if (SMALL.has(ch)) return 0.95;
  if (WIDE.has(ch)) return 1.6;
  if (WIDEST.has(ch)) return 1.8;
  if (ch >= "0" && ch <= "9") return 1;
  if (ch >= "A" && ch <= "Z") return 1.3;
  if (ch === "–" || ch === "÷" || ch === "=" || ch === "+" || ch === "<" || ch === ">") return 1.35;
  return 1.05;
}

/** Bold glyphs are wider (DejaVu Sans Bold by about a tenth). */
const BOLD_FACTOR = 1.12;

/** The width of `text` on one line, in digits of the default font. */
export function textWidth(text: string, style: Pick<CellStyle, "bold" | "fontSize"> = {}): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  const scale = (style.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE;
  return width * scale * (style.bold ? BOLD_FACTOR : 1);
}

/**
 * How many lines `text` takes when wrapped at spaces in a column `width` characters wide, as Excel and
 * LibreOffice wrap: greedy, word by word, a word longer than the line broken where it overflows, and every
 * "\n" a new line. A little of the width is kept back for the cell's margins.
 */
export function wrappedLines(
  text: string,
  width: number,
  style: Pick<CellStyle, "bold" | "fontSize"> = {},
): number {
  const usable = Math.max(width - 0.6, 1);
  const space = textWidth(" ", style);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const w = textWidth(word, style);
      if (used > 0 && used + space + w <= usable) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the column breaks across lines.
      const extra = Math.max(Math.ceil(w / usable) - 1, 0);
      lines += extra;
      used = w - extra * usable;
    }
  }
  return lines;
}

/** The height a row needs for `lines` lines of text in `fontSize`, within Excel's limit. */
export function rowHeightFor(lines: number, fontSize: number = DEFAULT_FONT_SIZE): number {
  const height = Math.ceil(lines * lineHeight(fontSize) + 1.5);
  return Math.min(height, MAX_ROW_HEIGHT);
}

/** The style each cell ends up with, later formats winning (as `SheetModel.formats` says). */
function cellStyles(sheet: SheetModel): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const f of sheet.formats) {
    const rect = parseRange(f.range);
    if (isUnbounded(rect)) continue;
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        const key = `${row},${column}`;
        styles.set(key, { ...styles.get(key), ...f.style });
      }
    }
  }
  return styles;
}

/** Width in characters of each zero-based column, merged cells spanning their columns. */
function widthOf(sheet: SheetModel): (row: number, column: number) => number | undefined {
  const widths = new Map(sheet.columns.map((c) => [columnIndex(c.column), c.width]));
  const column = (c: number): number => widths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  const merges = sheet.merges.map((m) => parseRange(m));
  return (row, col) => {
    const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    if (!merge) return column(col);
    // Only the merge's top-left cell shows text; a merge over several rows is left to its own height.
    if (merge.top !== row || merge.left !== col || merge.bottom !== merge.top) return undefined;
    let width = 0;
    for (let c = merge.left; c <= merge.right; c++) width += column(c);
    return width;
  };
}

/** What a cell shows as text: a text cell's text, or for a formula the longest text it can show, if given. */
function shownText(
  cell: Cell,
  address: string,
  displayed: Readonly<Record<string, string>>,
): string | undefined {
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "formula") return displayed[address];
  return undefined;
}

/**
 * The heights of rows whose text needs more than one line of the default font: wrapped text that is longer
 * than its column, explicit line breaks, or a larger font. `displayed` gives, by address, the longest text a
 * formula cell can show (e.g. a Result sentence), since the model only holds the formula. Rows that fit on
 * one line are left out, so Excel keeps fitting them as the user types.
 */
export function rowHeights(sheet: SheetModel, displayed: Readonly<Record<string, string>> = {}): RowHeight[] {
  const styles = cellStyles(sheet);
  const width = widthOf(sheet);
  const needed = new Map<number, number>();
  for (const block of sheet.blocks) {
    const origin = parseCell(block.anchor);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = origin.row + r;
        const column = origin.column + c;
        const address = cellAddress(column + 1, row + 1);
        const text = shownText(cell, address, displayed);
        if (text === undefined || text === "") return;
        const style = styles.get(`${row},${column}`) ?? {};
        const w = width(row, column);
        if (w === undefined) return;
        const lines = style.wrap ? wrappedLines(text, w, style) : 1;
        const height = rowHeightFor(lines, style.fontSize);
        needed.set(row, Math.max(needed.get(row) ?? 0, height));
      }),
    );
  }
  const single = rowHeightFor(1);
  return [...needed.entries()]
    .filter(([, height]) => height > single)
    .sort(([a], [b]) => a - b)
    .map(([row, height]) => ({ row: row + 1, height }));
}

/** `sheet` with its row heights measured (see `rowHeights`). */
export function withRowHeights(
  sheet: SheetModel,
  displayed: Readonly<Record<string, string>> = {},
): SheetModel {
  return { ...sheet, rowHeights: rowHeights(sheet, displayed) };
}
