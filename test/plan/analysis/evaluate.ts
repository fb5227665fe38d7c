/**
 * Test helper: lays sheet models into HyperFormula (tokens resolved to the models' own names) and reads
 * cells back by address. HyperFormula stands in for Excel and LibreOffice, which is why the builders keep
 * to functions all three evaluate.
 */
import { HyperFormula, type CellValue } from "hyperformula";
import type { AppliedNames, Cell, SheetModel } from "../../../src/plan/sheet-model";
import { resolveTokens } from "../../../src/plan/tokens";

export type RawCell = string | number | boolean | null;

/** "AB12" → { col: 27, row: 12 } (1-based). */
export function parseAddress(address: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

export function appliedNames(sheets: readonly SheetModel[]): AppliedNames {
  return {
    sheets: Object.fromEntries(sheets.map((s) => [s.id, s.name])),
    tables: Object.fromEntries(sheets.flatMap((s) => s.tables.map((t) => [t.id, t.name]))),
  };
}

function raw(cell: Cell, names: AppliedNames, rewrite: (f: string) => string): RawCell {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
    case "boolean":
      return cell.value;
    case "formula":
      return rewrite(resolveTokens(cell.formula, names));
    case "blank":
      return null;
  }
}

/** The sheet as a dense 2-D array, as HyperFormula takes it. */
export function sheetGrid(
  sheet: SheetModel,
  names: AppliedNames,
  rewrite: (f: string) => string = (f) => f,
): RawCell[][] {
  const grid: RawCell[][] = [];
  for (const block of sheet.blocks) {
    const { col, row } = parseAddress(block.anchor);
    block.rows.forEach((cells, r) => {
      const line = (grid[row - 1 + r] ??= []);
      cells.forEach((cell, c) => {
        line[col - 1 + c] = raw(cell, names, rewrite);
      });
    });
  }
  let width = 0;
  for (let r = 0; r < grid.length; r++) width = Math.max(width, grid[r] ? grid[r].length : 0);
  const dense: RawCell[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    dense.push(Array.from({ length: width }, (_v, i) => (line && line[i] !== undefined ? line[i] : null)));
  }
  return dense;
}

export interface Evaluated {
  readonly hf: HyperFormula;
  value(sheetId: string, address: string): CellValue;
  /** Types a value into a cell, as a user would, and recalculates. */
  set(sheetId: string, address: string, value: RawCell): void;
}

/** `rewrite` lets a test pin TODAY() to a fixed date. */
export function evaluate(sheets: readonly SheetModel[], rewrite?: (f: string) => string): Evaluated {
  const names = appliedNames(sheets);
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries(sheets.map((s) => [s.name, sheetGrid(s, names, rewrite)])),
    // Raw doubles, as Excel stores them: HyperFormula otherwise rounds results to 10 decimal places.
    { licenseKey: "gpl-v3", smartRounding: false },
  );
  const where = (sheetId: string, address: string) => {
    const sheet = sheets.find((s) => s.id === sheetId);
    if (!sheet) throw new Error(`No sheet ${sheetId}`);
    const { col, row } = parseAddress(address);
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`No sheet named ${sheet.name}`);
    return { sheet: id, col: col - 1, row: row - 1 };
  };
  return {
    hf,
    value: (sheetId, address) => hf.getCellValue(where(sheetId, address)),
    set: (sheetId, address, value) => {
      hf.setCellContents(where(sheetId, address), [[value]]);
    },
  };
}

/** A cell of the model itself (before evaluation), by address. */
export function modelCell(sheet: SheetModel, address: string): Cell | undefined {
  const { col, row } = parseAddress(address);
  for (const block of sheet.blocks) {
    const a = parseAddress(block.anchor);
    const r = row - a.row;
    const c = col - a.col;
    if (r >= 0 && r < block.rows.length && c >= 0 && c < block.rows[r].length) return block.rows[r][c];
  }
  return undefined;
}

/** The model's formats whose range contains `address`, in order (later ones win). */
export function formatsCovering(sheet: SheetModel, address: string): SheetModel["formats"][number][] {
  const { col, row } = parseAddress(address);
  return sheet.formats.filter((f) => {
    const [from, to = from] = f.range.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to);
    return col >= a.col && col <= b.col && row >= a.row && row <= b.row;
  });
}
