/**
 * Where "Analyse data" can read extracts from: the workbook's tables, the current selection, or a sheet's
 * used range. Listing is one sync and reading the chosen sources is one sync, however many rows, because
 * each round trip to Excel costs far more than the data.
 */
import { parseRange, rectColumns, rectRows } from "../plan/a1";
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

/** Values read from one source: its header row as text and every row below it. */
export interface SourceValues {
  readonly header: string[];
  readonly rows: CellValue[][];
  /** The sheet row (1-based) of the header row, so problems can name the row the user sees; 1 if unknown. */
  readonly headerRow: number;
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

/** The office.js range a source reads: a whole table (header and body), an address, or a used range. */
export function sourceRange(context: Excel.RequestContext, ref: SourceRef): Excel.Range {
  const workbook = context.workbook;
  if (ref.kind === "table") return workbook.tables.getItem(ref.table).getRange();
  const sheet = workbook.worksheets.getItem(ref.sheet);
  return ref.kind === "range" ? sheet.getRange(ref.address) : sheet.getUsedRange(true);
}

/** Splits a range's values into its header row (as text) and the rows below. */
export function splitValues(values: readonly (readonly CellValue[])[], address?: string): SourceValues {
  const [first = [], ...rest] = values;
  const headerRow = address === undefined ? 1 : parseRange(localAddress(address)).top + 1;
  return { header: first.map(headerText), rows: rest as CellValue[][], headerRow };
}

/**
 * Queues a `values` and `address` load of every source; read them after the caller's sync. Lets another
 * action put this read into its own first sync.
 */
export function loadSources(context: Excel.RequestContext, refs: readonly SourceRef[]): Excel.Range[] {
  return refs.map((ref) => sourceRange(context, ref).load("values, address"));
}

/** Words for a source in the pane and in messages. */
export function describeSource(ref: SourceRef): string {
  if (ref.kind === "table") return `table ${ref.table}`;
  if (ref.kind === "range") return `${ref.sheet}!${ref.address}`;
  return `sheet ${ref.sheet}`;
}
