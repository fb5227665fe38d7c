/**
 * A1 addresses, one reading for the whole add-in. The sheet builders write them from 1-based columns and rows,
 * as Excel counts; both writers (office.js and .xlsx) parse them back into zero-based rectangles.
 */

/** Excel's last row and column. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

// ---- Writing addresses (1-based, for the builders) ----

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A cell as the builders count it: 1-based column and row. Builders hand each other these, not text. */
export interface Address {
  readonly column: number;
  readonly row: number;
}

export const address = (column: number, row: number): Address => ({ column, row });

/**
 * Which parts of a reference stay put when a formula is filled or a rule is applied to a range:
 * "relative" `D21`, "absolute" `$D$21`, "column" `$D21` (the column fixed, as a rule down a column
 * needs), "row" `D$21`.
 */
type Anchoring = "relative" | "absolute" | "column" | "row";

/** The reference to `cell` with the given anchoring: ref({column: 4, row: 21}, "column") → "$D21". */
export function ref(cell: Address, anchoring: Anchoring = "relative"): string {
  const fixColumn = anchoring === "absolute" || anchoring === "column" ? "$" : "";
  const fixRow = anchoring === "absolute" || anchoring === "row" ? "$" : "";
  return `${fixColumn}${columnLetter(cell.column)}${fixRow}${cell.row}`;
}

/** "B3:E3" (or "$B$3:$E$3" …) from two corners; one cell when they are the same. */
export function rangeRef(from: Address, to: Address, anchoring: Anchoring = "relative"): string {
  const a = ref(from, anchoring);
  const b = ref(to, anchoring);
  return a === b ? a : `${a}:${b}`;
}

/**
 * A reference on another sheet of the model, by the sheet's id: `{{sheet:data}}!$D$21`. The writer turns the
 * token into the sheet's final, quoted name (`tokens.ts`).
 */
export function onSheet(sheetId: string, reference: string): string {
  return `{{sheet:${sheetId}}}!${reference}`;
}

/** The address of "D21" or "$D$21", 1-based. */
export function addressOf(a1: string): Address {
  const { row, column } = parseCell(a1);
  return { column: column + 1, row: row + 1 };
}

export function cellAddress(column: number, row: number): string {
  return ref({ column, row });
}

function absoluteAddress(column: number, row: number): string {
  return ref({ column, row }, "absolute");
}

/** "B3:E3" from two corners. */
export function rangeAddress(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${cellAddress(fromColumn, fromRow)}:${cellAddress(toColumn, toRow)}`;
}

export function absoluteRange(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${absoluteAddress(fromColumn, fromRow)}:${absoluteAddress(toColumn, toRow)}`;
}

/** Whole rows "$6:$6" (for print titles), 1-based. */
export function rowsRef(from: number, to: number = from): string {
  return `$${from}:$${to}`;
}

/** A string literal inside a formula: quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

// ---- Reading addresses (zero-based, for the writers) ----

/** Zero-based row and column of one cell. */
interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** A bounded rectangle, zero-based, inclusive of both corners. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

export function parseCell(address: string): CellRef {
  const m = CELL.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: "${address}"`);
  const ref = { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  if (ref.row < 0 || ref.row >= MAX_ROWS || ref.column >= MAX_COLUMNS)
    throw new Error(`Cell outside the sheet: "${address}"`);
  return ref;
}

/** The address of a zero-based cell: { row: 0, column: 1 } → "B1". */
export function refAddress(ref: CellRef): string {
  return cellAddress(ref.column + 1, ref.row + 1);
}

/** Parses "B2", "B2:D9", "C:C" or "8:8" (with or without `$`) into a rectangle. */
export function parseRange(address: string): Rect {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts[0] === "") throw new Error(`Not a range address: "${address}"`);
  const [a, b = a] = parts;
  if (CELL.test(a) && CELL.test(b)) {
    const p = parseCell(a);
    const q = parseCell(b);
    return {
      top: Math.min(p.row, q.row),
      left: Math.min(p.column, q.column),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.column, q.column),
    };
  }
  const ca = COLUMN.exec(a);
  const cb = COLUMN.exec(b);
  if (ca && cb) {
    const l = columnIndex(ca[1]);
    const r = columnIndex(cb[1]);
    return { top: 0, left: Math.min(l, r), bottom: MAX_ROWS - 1, right: Math.max(l, r) };
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const t = Number(ra[1]) - 1;
    const u = Number(rb[1]) - 1;
    if (t < 0 || u < 0) throw new Error(`Not a range address: "${address}"`);
    return { top: Math.min(t, u), left: 0, bottom: Math.max(t, u), right: MAX_COLUMNS - 1 };
  }
  throw new Error(`Not a range address: "${address}"`);
}

export function rectAddress(rect: Rect): string {
  const a = refAddress({ row: rect.top, column: rect.left });
  const b = refAddress({ row: rect.bottom, column: rect.right });
  return a === b ? a : `${a}:${b}`;
}

export const rectRows = (r: Rect): number => r.bottom - r.top + 1;
export const rectColumns = (r: Rect): number => r.right - r.left + 1;

/** Whole rows or columns: too big to expand into a 2-D array cell by cell. */
export const isUnbounded = (r: Rect): boolean => rectRows(r) === MAX_ROWS || rectColumns(r) === MAX_COLUMNS;

export function contains(r: Rect, c: CellRef): boolean {
  return c.row >= r.top && c.row <= r.bottom && c.column >= r.left && c.column <= r.right;
}

/** Every cell of a bounded rectangle, row by row. */
export function* cellsOf(r: Rect): Generator<CellRef> {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let column = r.left; column <= r.right; column++) yield { row, column };
  }
}
