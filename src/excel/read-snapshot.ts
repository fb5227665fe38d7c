/**
 * Reads, in the caller's sync, what the pure plan reader (plan/read-plan.ts) needs of an open workbook: the
 * cells (values and formulas) of the sheets on its reading list, the plan sheet's fills (the status key's
 * colours) and the ranges of its tables, header row and body (a table's `getRange()` would hold its Total
 * row: https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1)).
 * "Start next year's plan" and Analyse data share it.
 */
import { parseRange, rectAddress } from "../plan/a1";
import type { ReadingList } from "../plan/read-plan";
import type { SheetCells, SnapshotValue, WorkbookListing, WorkbookSnapshot } from "../plan/workbook-snapshot";

/** "'WRES plan 2025-26'!A6:H40" → "A6:H40". */
const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** A used range's values placed from A1, so the pure reader can count rows and columns as the sheet does. */
function fromA1<T>(address: string, rows: readonly (readonly T[])[], blank: T): T[][] {
  const rect = parseRange(localAddress(address));
  const padded: T[][] = Array.from({ length: rect.top }, () => []);
  for (const row of rows) padded.push([...(new Array(rect.left).fill(blank) as T[]), ...row]);
  return padded;
}

/**
 * Queues the reads: each sheet's used range (values, formulas), the fills of `toRead.fills` (ExcelApi 1.9)
 * and each table's header row and body. Returns how to assemble the snapshot after the sync.
 */
export function queueSnapshotReads(context: Excel.RequestContext, toRead: ReadingList) {
  const workbook = context.workbook;
  const used = toRead.sheets.map((name) => {
    const range = workbook.worksheets.getItem(name).getUsedRange(true);
    range.load("address,values,formulas");
    // One call for every cell's fill (ExcelApi 1.9, which the writer needs anyway):
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesfillloadoptions
    const fills = toRead.fills.includes(name)
      ? range.getCellProperties({ address: true, format: { fill: { color: true } } })
      : undefined;
    return { name, range, fills };
  });
  const tables = toRead.tables.map((name) => {
    const table = workbook.tables.getItem(name);
    return {
      name,
      header: table.getHeaderRowRange().load("address"),
      body: table.getDataBodyRange().load("address"),
    };
  });
  return (listing: WorkbookListing): WorkbookSnapshot => {
    const ranges = new Map(
      tables.map((t) => {
        const header = parseRange(localAddress(t.header.address));
        const body = parseRange(localAddress(t.body.address));
        return [t.name, rectAddress({ ...header, bottom: Math.max(header.bottom, body.bottom) })];
      }),
    );
    const cells: SheetCells[] = used.map(({ name, range, fills }) => {
      const fillMap: Record<string, string> = {};
      for (const row of fills?.value ?? []) {
        for (const cell of row) {
          const colour = cell.format?.fill?.color;
          if (cell.address && colour) fillMap[rectAddress(parseRange(localAddress(cell.address)))] = colour;
        }
      }
      const formulas = (range.formulas as unknown[][]).map((row) =>
        row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
      );
      return {
        name,
        values: fromA1<SnapshotValue>(range.address, range.values as SnapshotValue[][], null),
        formulas: fromA1<string | null>(range.address, formulas, null),
        fills: fillMap,
      };
    });
    return {
      ...listing,
      tables: listing.tables.map((t) => (ranges.has(t.name) ? { ...t, range: ranges.get(t.name) } : t)),
      cells,
    };
  };
}
