/**
 * Test set-up: the sample trust's CSV extracts (`shared/data/sample-trust/*.csv`) put into a fake workbook as
 * tables, one sheet each, as a user would paste or import them.
 */
import * as path from "node:path";
import { columnLetter } from "../../src/plan/a1";
import { sampleCsv } from "../support/csv";
import { SheetState, type FakeOffice } from "./fake-excel";

export const SAMPLE_DIR = path.resolve(__dirname, "../../../shared/data/sample-trust");

export const SAMPLE_FILES = {
  staff: "staff.csv",
  "staff-previous": "staff-previous-year.csv",
  applications: "applications.csv",
  board: "board.csv",
} as const;

export function readSample(file: string): { header: string[]; rows: string[][] } {
  return sampleCsv(file);
}

/**
 * Seeds `header` + `rows` at A1 of a new-or-existing sheet and makes it a table named `table`; with `totals`,
 * the last of `rows` is the table's Total row.
 */
export function seedExtractTable(
  office: FakeOffice,
  sheet: string,
  table: string,
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean)[])[],
  options: { readonly totals?: boolean } = {},
): void {
  if (!office.state.findSheet(sheet)) office.state.sheets.push(new SheetState(sheet));
  office.state.seed(sheet, "A1", [header, ...rows]);
  office.state.seedTable(sheet, table, `A1:${columnLetter(header.length)}${rows.length + 1}`, options);
}
