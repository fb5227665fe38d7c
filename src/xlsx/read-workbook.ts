/**
 * Reads a saved workbook (.xlsx) with ExcelJS into the snapshot the pure plan reader takes
 * (`plan/workbook-snapshot.ts`): every sheet's values and formulas, the solid fills, and every table with its
 * column names and range. Nothing is written back: the file the user gave stays as it was.
 *
 * A formula cell's value is the result the file cached when it was last saved (none in a file nobody has
 * opened since make-plan wrote it); the reader needs only typed values, so that does not matter.
 */
import ExcelJS from "exceljs";
import type { CellValue, Worksheet } from "exceljs";
import { cellAddress, parseRange, rectAddress } from "../plan/a1";
import type { SheetCells, SnapshotValue, TableListing, WorkbookSnapshot } from "../plan/workbook-snapshot";

/** ExcelJS's typings miss the read side of tables. */
interface ReadTable {
  readonly name?: string;
  readonly table?: {
    readonly name?: string;
    readonly tableRef?: string;
    readonly ref?: string;
    readonly totalsRow?: boolean;
    readonly columns?: readonly { readonly name?: string }[];
  };
}

export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
}

/** Days since 30/12/1899, as Excel stores a date (ExcelJS hands dates back as UTC Dates). */
function serial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function plainValue(value: CellValue): SnapshotValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serial(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : null;
  if ("result" in value) return value.result === undefined ? null : plainValue(value.result as CellValue);
  return null;
}

function readSheet(ws: Worksheet): SheetCells {
  const values: SnapshotValue[][] = [];
  const formulas: (string | null)[][] = [];
  const fills: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's other cells repeat its first cell's value in ExcelJS; Excel shows them empty.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      (values[r - 1] ??= [])[c - 1] = plainValue(cell.value);
      const f = cell.formula;
      if (typeof f === "string" && f !== "") (formulas[r - 1] ??= [])[c - 1] = `=${f}`;
      const fill = cell.fill;
      const argb = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
      if (argb && /^[0-9A-F]{8}$/i.test(argb)) fills[cellAddress(c, r)] = `#${argb.slice(2).toUpperCase()}`;
    });
  });
  const dense = <T>(rows: T[][]): T[][] => Array.from({ length: rows.length }, (_v, i) => rows[i] ?? []);
  return { name: ws.name, values: dense(values), formulas: dense(formulas), fills };
}

function readTables(ws: Worksheet): TableListing[] {
  const tables = (ws as unknown as { getTables(): ReadTable[] }).getTables();
  return tables.flatMap((t) => {
    const ref = t.table?.tableRef ?? t.table?.ref;
    const name = t.table?.name ?? t.name;
    if (!ref || !name) return [];
    const rect = parseRange(ref);
    // The range the reader wants is the header and body: a totals row is not a plan row.
    const bottom = t.table?.totalsRow ? Math.max(rect.top, rect.bottom - 1) : rect.bottom;
    return [
      {
        name,
        sheet: ws.name,
        headers: (t.table?.columns ?? []).map((c) => c.name ?? ""),
        range: rectAddress({ ...rect, bottom }),
      },
    ];
  });
}

/** The workbook's sheets, tables and cells; throws `UnreadableWorkbookError` when it is not an .xlsx file. */
export async function readWorkbookSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS reads an ArrayBuffer in the browser and in Node alike.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new UnreadableWorkbookError(
      `This file could not be read as an Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const sheets = workbook.worksheets;
  return {
    sheets: sheets.map((ws) => ws.name),
    tables: sheets.flatMap(readTables),
    cells: sheets.map(readSheet),
  };
}
