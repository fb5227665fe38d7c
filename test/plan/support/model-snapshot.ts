/**
 * Test helper: what a host would read from a workbook written from `model`, without a host: values (a
 * formula cell has no value, as in a file nobody has recalculated), formula text with names resolved, cell
 * fills from the formats, and each table with its header names.
 */
import { cellsOf, parseCell, parseRange, refAddress } from "../../../src/plan/a1";
import type { WorkbookModel } from "../../../src/plan/sheet-model";
import { resolveTokens } from "../../../src/plan/tokens";
import type { SheetCells, SnapshotValue, WorkbookSnapshot } from "../../../src/plan/workbook-snapshot";
import { appliedNames } from "../../support/hyperformula";

export function snapshotOf(model: WorkbookModel): WorkbookSnapshot {
  const names = appliedNames(model.sheets);
  const cells: SheetCells[] = model.sheets.map((sheet) => {
    const values: SnapshotValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (const block of sheet.blocks) {
      const a = parseCell(block.anchor);
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const vr = (values[a.row + r] ??= []);
          const fr = (formulas[a.row + r] ??= []);
          vr[a.column + c] =
            cell.kind === "text"
              ? cell.text
              : cell.kind === "number" || cell.kind === "boolean"
                ? cell.value
                : null;
          fr[a.column + c] = cell.kind === "formula" ? resolveTokens(cell.formula, names) : null;
        }),
      );
    }
    const fills: Record<string, string> = {};
    for (const f of sheet.formats) {
      if (f.style.fill === undefined) continue;
      for (const at of cellsOf(parseRange(f.range))) fills[refAddress(at)] = f.style.fill;
    }
    const dense = (rows: unknown[][]) => Array.from({ length: rows.length }, (_v, i) => [...(rows[i] ?? [])]);
    return {
      name: sheet.name,
      values: dense(values) as SnapshotValue[][],
      formulas: dense(formulas) as (string | null)[][],
      fills,
    };
  });
  const tables = model.sheets.flatMap((sheet, i) =>
    sheet.tables.map((t) => {
      const rect = parseRange(t.range);
      const headerRow = cells[i].values[rect.top] ?? [];
      const headers = [];
      for (let c = rect.left; c <= rect.right; c++) headers.push(String(headerRow[c] ?? ""));
      return { name: t.name, sheet: sheet.name, headers, range: t.range };
    }),
  );
  return { sheets: model.sheets.map((s) => s.name), tables, cells };
}
