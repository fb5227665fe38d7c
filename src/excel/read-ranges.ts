/**
 * Reading and filling cells for "Analyse data": several ranges or tables read in one sync, input cells filled
 * in one sync, and the workbook's tables listed with their headers in one sync. One round trip each, however
 * many rows, because each round trip to Excel (above all Excel on the web) costs far more than the data.
 */
import { parseCell, parseRange } from "../plan/a1";
import { withOfficeErrors } from "./office-errors";

export type CellValue = string | number | boolean;

/** A range on a named sheet, or a whole table (header row and body) by name. */
export type RangeRef = { readonly sheet: string; readonly address: string } | { readonly table: string };

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
}

/** The values of every range, in the order asked, read in one sync. */
export async function readRanges(refs: readonly RangeRef[]): Promise<CellValue[][][]> {
  for (const ref of refs) if ("address" in ref) parseRange(ref.address);
  if (refs.length === 0) return [];
  return withOfficeErrors("Could not read the data.", () =>
    Excel.run(async (context) => {
      const ranges = refs.map((ref) =>
        ("table" in ref
          ? context.workbook.tables.getItem(ref.table).getRange()
          : context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address)
        ).load("values"),
      );
      await context.sync();
      return ranges.map((r) => r.values as CellValue[][]);
    }),
  );
}

/**
 * Writes numbers into input cells of one sheet (e.g. { C6: 1200, C7: 310 }) in one sync. Values go in as
 * numbers, never text, so they cannot become formulas; cell formats are left as the sheet has them.
 */
export async function fillInputs(
  sheetName: string,
  inputs: Readonly<Record<string, number>>,
): Promise<number> {
  const entries = Object.entries(inputs);
  for (const [address, value] of entries) {
    parseCell(address);
    if (!Number.isFinite(value)) throw new Error(`The input for ${address} is not a number Excel can store.`);
  }
  if (entries.length === 0) return 0;
  await withOfficeErrors(`Could not fill the inputs on “${sheetName}”.`, () =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (const [address, value] of entries) sheet.getRange(address).values = [[value]];
      await context.sync();
    }),
  );
  return entries.length;
}

/** Every table in the workbook with its sheet and column headers, from one load and one sync. */
export async function listTables(): Promise<TableInfo[]> {
  return withOfficeErrors("Could not list the tables.", () =>
    Excel.run(async (context) => {
      const tables = context.workbook.tables.load(
        "items/name, items/worksheet/name, items/columns/items/name",
      );
      await context.sync();
      return tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
        headers: t.columns.items.map((c) => c.name),
      }));
    }),
  );
}
