/**
 * Test helper: what a table in the Excel fake holds, read back as a user reads it, by its header row.
 */
import { refAddress } from "../../src/plan/a1";
import type { FakeWorkbookState } from "./fake-excel";

export type Value = string | number | null;

/** A cell's text or number; anything else (blank, error, boolean) as null. */
export function cellValue(state: FakeWorkbookState, sheet: string, address: string): Value {
  const cell = state.cell(sheet, address);
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return cell.value;
  return null;
}

/** A table's body rows as header → value, with each row's 0-based sheet row. */
export function tableRowsAt(
  state: FakeWorkbookState,
  sheet: string,
): { row: number; cells: Record<string, Value> }[] {
  const table = state.tables.find((t) => t.sheet.name === sheet);
  if (!table) throw new Error(`no table on ${sheet}`);
  const { top, left, right, bottom } = table.rect;
  const headers: string[] = [];
  for (let c = left; c <= right; c++)
    headers.push(String(cellValue(state, sheet, refAddress({ row: top, column: c }))));
  const rows = [];
  for (let r = top + 1; r <= bottom; r++)
    rows.push({
      row: r,
      cells: Object.fromEntries(
        headers.map((h, i) => [h, cellValue(state, sheet, refAddress({ row: r, column: left + i }))]),
      ),
    });
  return rows;
}

/** A table's body rows as header → value. */
export const tableRows = (state: FakeWorkbookState, sheet: string): Record<string, Value>[] =>
  tableRowsAt(state, sheet).map((r) => r.cells);
