/**
 * Where "Analyse data" can read extracts from: the workbook's tables, the current selection, or a sheet's
 * used range. Listing is one sync; locating the chosen sources (their header rows and the rows in use) is
 * part of Analyse data's first sync. Their rows are then read in pages (count-in-chunks.ts), never whole.
 */
import { parseRange, rectColumns, type Rect } from "../plan/a1";
import { withOfficeErrors } from "./office-errors";

/** What office.js gives for one cell's value. */
export type CellValue = string | number | boolean;

/** A source the user picked. A selection is remembered by its address, so Refresh reads the same cells. */
export type SourceRef =
  | { readonly kind: "table"; readonly table: string }
  | { readonly kind: "range"; readonly sheet: string; readonly address: string }
  | { readonly kind: "sheet"; readonly sheet: string };

interface TableSource {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Data rows, header row not included. */
  readonly rowCount: number;
}

interface RangeSource {
  readonly sheet: string;
  /** A1 address on the sheet, without the sheet name. */
  readonly address: string;
  /** The first row of the range, read as the header row. */
  readonly headers: readonly string[];
  /** Rows below the header row. */
  readonly rowCount: number;
}

export interface DataSources {
  readonly tables: readonly TableSource[];
  /** The current selection, if it lies on a worksheet. */
  readonly selection?: RangeSource;
  readonly sheets: readonly string[];
  /** The used range of each sheet asked for by name (none if one of them has gone). */
  readonly usedRanges: readonly RangeSource[];
}

/** "'My sheet'!A1:D20" → "A1:D20". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

const headerText = (v: CellValue | null | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

/** `usedBottom`: the last sheet row (0-based) holding values, so a whole-column selection counts only those. */
function rangeSource(
  sheet: string,
  address: string,
  firstRow: readonly CellValue[],
  usedBottom?: number,
): RangeSource {
  const local = localAddress(address);
  const rect = parseRange(local);
  const bottom = Math.min(rect.bottom, usedBottom ?? rect.bottom);
  return {
    sheet,
    address: local,
    headers: firstRow.slice(0, rectColumns(rect)).map(headerText),
    rowCount: Math.max(0, bottom - rect.top),
  };
}

/** For a selection holding no values: the row above it, so it offers no rows. */
const rectBottomAbove = (address: string): number => parseRange(localAddress(address)).top;

async function listOnce(withExtras: boolean, usedRangeOf: readonly string[]): Promise<DataSources> {
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const tables = workbook.tables.load(
      "items/name, items/worksheet/name, items/columns/items/name, items/rows/count",
    );
    const sheets = workbook.worksheets.load("items/name");
    const selection = withExtras ? workbook.getSelectedRange().load("address") : undefined;
    const selectionSheet = selection?.worksheet.load("name");
    const selectionTop = selection?.getRow(0).load("values");
    const selectionUsed = selection?.getUsedRangeOrNullObject(true).load("address");
    const used = (withExtras ? usedRangeOf : []).map((name) => {
      const range = workbook.worksheets.getItem(name).getUsedRange(true).load("address");
      return { name, range, top: range.getRow(0).load("values") };
    });
    await context.sync();

    return {
      tables: tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
        headers: t.columns.items.map((c) => c.name),
        rowCount: t.rows.count,
      })),
      ...(selection && selectionSheet && selectionTop
        ? {
            selection: rangeSource(
              selectionSheet.name,
              selection.address,
              selectionTop.values[0] ?? [],
              selectionUsed && !selectionUsed.isNullObject
                ? parseRange(localAddress(selectionUsed.address)).bottom
                : rectBottomAbove(selection.address),
            ),
          }
        : {}),
      sheets: sheets.items.map((s) => s.name),
      usedRanges: used.map((u) => rangeSource(u.name, u.range.address, u.top.values[0] ?? [])),
    };
  });
}

/**
 * Tables (name, sheet, headers, rows), the selection with its first row, the sheet names and, for each
 * sheet in `usedRangeOf`, its used range with its first row — all from one sync. When the selection is not
 * a range (a chart, several areas) or a named sheet has gone, Excel fails the whole batch; then tables and
 * sheets alone are listed in a second sync, so the pane still has something to offer.
 */
export async function listDataSources(usedRangeOf: readonly string[] = []): Promise<DataSources> {
  return withOfficeErrors("Could not list the data in the workbook.", async () => {
    try {
      return await listOnce(true, usedRangeOf);
    } catch {
      return listOnce(false, []);
    }
  });
}

/**
 * Where an extract's cells are, found before any of its rows is read: the header as text and the rows below
 * it, in sheet coordinates. A table's area is its header row and data body (never its Total row); a range's
 * or a sheet's is the part of it that holds values, so a whole-column source such as A:E covers only the
 * rows in use.
 */
export interface SourceArea {
  readonly sheet: string;
  readonly header: string[];
  /** The sheet row (1-based) of the header row: problems name the rows the user sees. */
  readonly headerRow: number;
  /** First row below the header and first column, 0-based sheet indexes. */
  readonly top: number;
  readonly left: number;
  /** Rows below the header (0 for a header-only source). */
  readonly rows: number;
}

/**
 * Queues, into the caller's first sync, what locating each source takes, and returns how to read it after
 * that sync. A table gives its header row and data body (its `getRange()` would include its Total row,
 * counted as a person:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1)).
 * A range's first row is its header, and its rows end where the sheet's values end
 * (`getUsedRangeOrNullObject(true)`, ExcelApi 1.4:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)),
 * so a whole-column range such as A:E covers only the rows in use. A sheet's area is its used range. No cells
 * but header rows are read here.
 */
export function locateSources(
  context: Excel.RequestContext,
  refs: readonly SourceRef[],
): (() => SourceArea)[] {
  const workbook = context.workbook;
  return refs.map((ref) => {
    if (ref.kind === "table") {
      const table = workbook.tables.getItem(ref.table);
      const header = table.getHeaderRowRange().load("values, address");
      const sheet = header.worksheet.load("name");
      const body = table.getDataBodyRange().load("address");
      return () => {
        const h = parseRange(localAddress(header.address));
        const b = parseRange(localAddress(body.address));
        return area(sheet.name, h, header.values[0] ?? [], b.bottom);
      };
    }
    const sheet = workbook.worksheets.getItem(ref.sheet);
    if (ref.kind === "sheet") {
      // An empty sheet's used range is its top-left cell: a blank header and no rows.
      const used = sheet.getUsedRange(true).load("address");
      const top = used.getRow(0).load("values");
      return () => {
        const rect = parseRange(localAddress(used.address));
        return area(ref.sheet, rect, top.values[0] ?? [], rect.bottom);
      };
    }
    const range = sheet.getRange(ref.address);
    const top = range.getRow(0).load("values");
    const used = range.getUsedRangeOrNullObject(true).load("address");
    return () => {
      const rect = parseRange(ref.address);
      if (used.isNullObject) return area(ref.sheet, rect, [], rect.top);
      const u = parseRange(localAddress(used.address));
      const header = (top.values[0] ?? []).slice(0, Math.max(0, u.right - rect.left + 1));
      return area(ref.sheet, rect, header, Math.min(rect.bottom, u.bottom));
    };
  });
}

/** The area below a header row that starts at `rect`'s top-left cell, down to sheet row `bottom` (0-based). */
function area(sheet: string, rect: Rect, header: readonly CellValue[], bottom: number): SourceArea {
  return {
    sheet,
    header: header.map(headerText),
    headerRow: rect.top + 1,
    top: rect.top + 1,
    left: rect.left,
    rows: Math.max(0, bottom - rect.top),
  };
}

/** Words for a source in the pane and in messages. */
export function describeSource(ref: SourceRef): string {
  if (ref.kind === "table") return `table ${ref.table}`;
  if (ref.kind === "range") return `${ref.sheet}!${ref.address}`;
  return `sheet ${ref.sheet}`;
}
