/**
 * Test helpers: lay a WorkbookModel out as HyperFormula sheets and evaluate it. HyperFormula 3 has no
 * LAMBDA, so for the named-LAMBDA style `inlineLambdas` substitutes each name's body (arguments wrapped in
 * parentheses) into the cell formula first, which is what Excel's evaluation of the name means.
 */
import { HyperFormula } from "hyperformula";
import { resolveTokens } from "../../../src/plan/tokens";
import type {
  AppliedNames,
  Cell,
  DefinedName,
  SheetModel,
  WorkbookModel,
} from "../../../src/plan/sheet-model";

export type Value = number | string | boolean | null | { error: string };

export function parseAddress(address: string): { column: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(match[2]) };
}

/** The model cell written at `address`, looking through every block. */
export function cellAt(sheet: SheetModel, address: string): Cell | undefined {
  const { column, row } = parseAddress(address);
  for (const block of sheet.blocks) {
    const anchor = parseAddress(block.anchor);
    const r = row - anchor.row;
    const c = column - anchor.column;
    if (r >= 0 && r < block.rows.length && c >= 0 && c < block.rows[r].length) return block.rows[r][c];
  }
  return undefined;
}

export function appliedNames(workbook: WorkbookModel): AppliedNames {
  const sheets: Record<string, string> = {};
  const tables: Record<string, string> = {};
  for (const s of workbook.sheets) {
    sheets[s.id] = s.name;
    for (const t of s.tables) tables[t.id] = t.name;
  }
  return { sheets, tables };
}

/** Splits "a,(b,c),\"x,y\"" at top-level commas. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inString = !inString;
    else if (!inString && ch === "(") depth++;
    else if (!inString && ch === ")") depth--;
    else if (!inString && depth === 0 && ch === ",") {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Replaces whole identifiers outside string literals. */
function replaceIdentifiers(body: string, replacements: Readonly<Record<string, string>>): string {
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '"') {
      const end = body.indexOf('"', i + 1);
      out += body.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(body.slice(i));
    if (match && (i === 0 || !/[A-Za-z0-9_$]/.test(body[i - 1]))) {
      const word = match[0];
      out += word in replacements ? `(${replacements[word]})` : word;
      i += word.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

interface Lambda {
  readonly params: readonly string[];
  readonly body: string;
}

function parseLambda(name: DefinedName): Lambda {
  const match = /^=LAMBDA\((.*)\)$/s.exec(name.formula);
  if (!match) throw new Error(`${name.name} is not a LAMBDA`);
  const parts = splitArguments(match[1]);
  return { params: parts.slice(0, -1).map((p) => p.trim()), body: parts[parts.length - 1] };
}

/** Inlines every call of a workbook LAMBDA name, repeatedly, until none is left. */
export function inlineLambdas(formula: string, names: readonly DefinedName[]): string {
  const lambdas = new Map(names.map((n) => [n.name, parseLambda(n)]));
  let current = formula;
  for (let guard = 0; guard < 50; guard++) {
    let found = false;
    let out = "";
    let i = 0;
    while (i < current.length) {
      if (current[i] === '"') {
        const end = current.indexOf('"', i + 1);
        out += current.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      const match = /^([A-Za-z_][A-Za-z0-9_.]*)\(/.exec(current.slice(i));
      const lambda =
        match && (i === 0 || !/[A-Za-z0-9_]/.test(current[i - 1])) ? lambdas.get(match[1]) : undefined;
      if (match && lambda) {
        // Find the closing parenthesis of the call.
        let depth = 0;
        let inString = false;
        let j = i + match[1].length;
        for (; j < current.length; j++) {
          const ch = current[j];
          if (ch === '"') inString = !inString;
          else if (!inString && ch === "(") depth++;
          else if (!inString && ch === ")" && --depth === 0) break;
        }
        const args = splitArguments(current.slice(i + match[1].length + 1, j));
        if (args.length !== lambda.params.length)
          throw new Error(`${match[1]} takes ${lambda.params.length} arguments`);
        const replacements = Object.fromEntries(lambda.params.map((p, k) => [p, args[k]]));
        out += `(${replaceIdentifiers(lambda.body, replacements)})`;
        i = j + 1;
        found = true;
        continue;
      }
      out += current[i];
      i++;
    }
    current = out;
    if (!found) return current;
  }
  throw new Error("LAMBDA names nest too deeply");
}

function toHyperFormula(
  cell: Cell,
  names: AppliedNames,
  lambdas: readonly DefinedName[],
): string | number | boolean | null {
  switch (cell.kind) {
    case "text":
      // The apostrophe keeps text as text in HyperFormula, as a text cell does in Excel.
      return `'${cell.text}`;
    case "number":
    case "boolean":
      return cell.value;
    case "formula":
      return inlineLambdas(resolveTokens(cell.formula, names), lambdas);
    case "blank":
      return null;
  }
}

export interface Evaluated {
  readonly value: (sheetId: string, address: string) => Value;
  readonly engine: HyperFormula;
}

/** Evaluates the whole workbook, with optional extra values typed into cells first (sheetId → address → value). */
export function evaluateWorkbook(
  workbook: WorkbookModel,
  typed: Readonly<Record<string, Readonly<Record<string, number | string>>>> = {},
): Evaluated {
  const names = appliedNames(workbook);
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of workbook.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    const put = (column: number, row: number, v: string | number | boolean | null): void => {
      while (grid.length < row) grid.push([]);
      const r = grid[row - 1];
      while (r.length < column) r.push(null);
      r[column - 1] = v;
    };
    for (const block of sheet.blocks) {
      const anchor = parseAddress(block.anchor);
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) =>
          put(anchor.column + c, anchor.row + r, toHyperFormula(cell, names, workbook.names)),
        ),
      );
    }
    for (const [address, v] of Object.entries(typed[sheet.id] ?? {})) {
      const { column, row } = parseAddress(address);
      put(column, row, v);
    }
    sheets[sheet.name] = grid;
  }
  const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  return {
    engine,
    value: (sheetId, address) => {
      const sheet = workbook.sheets.find((s) => s.id === sheetId);
      if (!sheet) throw new Error(`No sheet ${sheetId}`);
      const sheetIndex = engine.getSheetId(sheet.name);
      if (sheetIndex === undefined) throw new Error(`No sheet ${sheet.name}`);
      const { column, row } = parseAddress(address);
      const v = engine.getCellValue({ sheet: sheetIndex, col: column - 1, row: row - 1 });
      if (v !== null && typeof v === "object") return { error: String(v.value) };
      return v;
    },
  };
}
