/**
 * What a host reads from an existing workbook so that pure code can make sense of it: the sheet names, the
 * tables with their header names, and the cells of the sheets worth reading. Excel (`src/excel/`) and ExcelJS
 * (`src/xlsx/`) fill the same shape; `read-plan.ts` and `roll-forward.ts` only ever see this.
 */
import { cellAddress } from "./a1";

/** A cell's value as the host reports it: a date is its serial number, an error its text ("#N/A"). */
export type SnapshotValue = string | number | boolean | null;

export interface TableListing {
  readonly name: string;
  readonly sheet: string;
  /** Column names, left to right. */
  readonly headers: readonly string[];
  /** Header row plus body (no totals row), e.g. "A6:H40"; absent until the host has read it. */
  readonly range?: string;
}

export interface SheetCells {
  readonly name: string;
  /** Values from A1, row by row; rows may be ragged and cells beyond a row's end are blank. */
  readonly values: readonly (readonly SnapshotValue[])[];
  /** Formula text ("=…") of the cells that hold one, indexed like `values`; absent when not read. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Solid fill colours ("#RRGGBB") by A1 address, for the cells the host read fills of. */
  readonly fills?: Readonly<Record<string, string>>;
}

export interface WorkbookListing {
  /** Every sheet's name, in tab order. */
  readonly sheets: readonly string[];
  readonly tables: readonly TableListing[];
}

export interface WorkbookSnapshot extends WorkbookListing {
  /** The sheets the host read (all of them from a file; the few that matter inside Excel). */
  readonly cells: readonly SheetCells[];
}

/** A cell's value by 1-based column and row; null when blank or outside what was read. */
export function valueAt(sheet: SheetCells, column: number, row: number): SnapshotValue {
  const value = sheet.values[row - 1]?.[column - 1];
  return value === undefined || value === "" ? null : value;
}

/** A cell as text: numbers and booleans as Excel would show them unformatted, blanks as "". */
export function textAt(sheet: SheetCells, column: number, row: number): string {
  const value = valueAt(sheet, column, row);
  return value === null ? "" : String(value);
}

export function fillAt(sheet: SheetCells, column: number, row: number): string | undefined {
  return sheet.fills?.[cellAddress(column, row)];
}

/** The number of rows read. */
export const rowCount = (sheet: SheetCells): number => sheet.values.length;

/** The widest row read. */
export const columnCount = (sheet: SheetCells): number =>
  sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0);

/** Header text compared as people read it: case, runs of spaces and line breaks do not matter. */
export function sameText(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetCells | undefined {
  return snapshot.cells.find((s) => s.name.toLowerCase() === name.toLowerCase());
}
