/**
 * Where "Analyse data" can read extracts from: the workbook's tables, the current selection, or a sheet's
 * used range. Listing is one sync; locating the chosen sources (their header rows and the rows in use) is
 * part of Analyse data's first sync, plus one for the header rows of ranges and sheets. Their rows are then
 * read in pages (count-in-chunks.ts), never whole.
 */
import { parseRange, rectAddress, rectColumns, rectRows, type Rect } from "../plan/a1";
import { withOfficeErrors } from "./office-errors";

/** What office.js gives for one cell's value. */
export type CellValue = string | number | boolean;

/** A source the user picked. A selection is remembered by its address, so Refresh reads the same cells. */
export type SourceRef =
  | { readonly kind: "table"; readonly table: string }
  | { readonly kind: "range"; readonly sheet: string; readonly address: string }
  | { readonly kind: "sheet"; readonly sheet: string };

export interface TableSource {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Data rows, header row not included. */
  readonly rowCount: number;
}

export interface RangeSource {
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

export const headerText = (v: CellValue | null | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

function rangeSource(sheet: string, address: string, firstRow: readonly CellValue[]): RangeSource {
  const local = localAddress(address);
  const rect = parseRange(local);
  return {
    sheet,
    address: local,
    headers: firstRow.slice(0, rectColumns(rect)).map(headerText),
    rowCount: Math.max(0, rectRows(rect) - 1),
  };
}

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
        ? { selection: rangeSource(selectionSheet.name, selection.address, selectionTop.values[0] ?? []) }
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

interface Located {
  readonly sheet: string;
  /** The rectangle in use, header row included; none for a source with no values at all. */
  readonly rect?: Rect;
  /** The header's values when they were read with the rectangle (tables). */
  readonly header?: readonly CellValue[];
}

/**
 * Queues, into the caller's first sync, what locating each source needs: for a table its header row's values
 * and its data body's address (a table's `getRange()` would include its Total row, counted as a person:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1));
 * for a range or a sheet, the address of the part holding values (`getUsedRangeOrNullObject(true)`, ExcelApi
 * 1.4: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)),
 * whose header row is read by `areasOf` in one more sync. No cells but header rows are read here.
 */
export function locateSources(
  context: Excel.RequestContext,
  refs: readonly SourceRef[],
): { readonly areas: () => Promise<SourceArea[]> } {
  const workbook = context.workbook;
  const pending = refs.map((ref): (() => Located) => {
    if (ref.kind === "table") {
      const table = workbook.tables.getItem(ref.table);
      const header = table.getHeaderRowRange().load("values, address");
      const sheet = header.worksheet.load("name");
      const body = table.getDataBodyRange().load("address");
      return () => {
        const h = parseRange(localAddress(header.address));
        const b = parseRange(localAddress(body.address));
        return { sheet: sheet.name, rect: { ...h, bottom: b.bottom }, header: header.values[0] ?? [] };
      };
    }
    const sheet = workbook.worksheets.getItem(ref.sheet);
    const base = ref.kind === "range" ? sheet.getRange(ref.address) : sheet;
    const used = base.getUsedRangeOrNullObject(true).load("address");
    return () =>
      used.isNullObject
        ? { sheet: ref.sheet }
        : { sheet: ref.sheet, rect: parseRange(localAddress(used.address)) };
  });
  return {
    areas: async () => {
      const located = pending.map((read) => read());
      // Header rows of ranges and sheets, now that their top rows are known: one more sync, if any.
      const headers = located.map((l) =>
        l.header === undefined && l.rect
          ? workbook.worksheets
              .getItem(l.sheet)
              .getRange(rectAddress({ ...l.rect, bottom: l.rect.top }))
              .load("values")
          : undefined,
      );
      if (headers.some((h) => h !== undefined)) await context.sync();
      return located.map((l, i) => {
        const rect = l.rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
        const header = l.header ?? headers[i]?.values[0] ?? [];
        return {
          sheet: l.sheet,
          header: l.rect ? header.map(headerText) : [],
          headerRow: rect.top + 1,
          top: rect.top + 1,
          left: rect.left,
          rows: l.rect ? rectRows(rect) - 1 : 0,
        };
      });
    },
  };
}

/** Words for a source in the pane and in messages. */
export function describeSource(ref: SourceRef): string {
  if (ref.kind === "table") return `table ${ref.table}`;
  if (ref.kind === "range") return `${ref.sheet}!${ref.address}`;
  return `sheet ${ref.sheet}`;
}
