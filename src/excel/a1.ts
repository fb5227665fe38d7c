/** A1 address arithmetic for the writer: pure, so tests and the office.js code share one reading of addresses. */

/** Zero-based row and column of one cell. */
export interface CellRef {
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

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
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

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.column)}${ref.row + 1}`;
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
  const a = cellAddress({ row: rect.top, column: rect.left });
  const b = cellAddress({ row: rect.bottom, column: rect.right });
  return a === b ? a : `${a}:${b}`;
}

export const rectRows = (r: Rect): number => r.bottom - r.top + 1;
export const rectColumns = (r: Rect): number => r.right - r.left + 1;

/** Whole rows or columns: too big to expand into a 2-D array cell by cell. */
export const isUnbounded = (r: Rect): boolean => rectRows(r) === MAX_ROWS || rectColumns(r) === MAX_COLUMNS;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** A rows × columns array filled with one value (office.js setters take one entry per cell). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
