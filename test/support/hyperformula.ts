/**
 * The one HyperFormula harness: lays workbook models out as HyperFormula sheets (tokens resolved to the
 * models' own names), evaluates them and reads cells back by address. HyperFormula stands in for Excel and
 * LibreOffice, which is why the builders keep to functions all three evaluate.
 *
 * - Text cells are entered with a leading apostrophe, so text stays text (as "=1+1" typed as text does).
 * - HyperFormula 3 has no LAMBDA: for the named-LAMBDA style, `inlineLambdas` substitutes each name's body
 *   (arguments wrapped in parentheses) into the cell formula, which is what Excel's evaluation of it means.
 * - Array arithmetic is on, as Excel and LibreOffice evaluate SUMPRODUCT's arguments element by element.
 * - `smartRounding` is off: results are the raw doubles Excel stores.
 */
import { HyperFormula } from "hyperformula";
import { contains, parseCell, parseRange } from "../../src/plan/a1";
import { resolveTokens } from "../../src/plan/tokens";
import type { AppliedNames, Cell, DefinedName, SheetModel, WorkbookModel } from "../../src/plan/sheet-model";

export type Value = number | string | boolean | null | { error: string };
type Raw = string | number | boolean | null;

/** The model cell written at `address` ("D21"), looking through every block. */
export function cellAt(sheet: SheetModel, address: string): Cell | undefined {
  const at = parseCell(address);
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    const r = at.row - anchor.row;
    const c = at.column - anchor.column;
    if (r >= 0 && r < block.rows.length && c >= 0 && c < block.rows[r].length) return block.rows[r][c];
  }
  return undefined;
}

/** The text of a text cell, "" otherwise. */
export const textOf = (cell: Cell | undefined): string => (cell?.kind === "text" ? cell.text : "");

/** The model's formats whose range contains `address`, in order (later ones win). */
export function formatsCovering(sheet: SheetModel, address: string): SheetModel["formats"][number][] {
  const at = parseCell(address);
  return sheet.formats.filter((f) => contains(parseRange(f.range), at));
}

export function appliedNames(sheets: readonly SheetModel[]): AppliedNames {
  return {
    sheets: Object.fromEntries(sheets.map((s) => [s.id, s.name])),
    tables: Object.fromEntries(sheets.flatMap((s) => s.tables.map((t) => [t.id, t.name]))),
  };
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

function parseLambda(name: DefinedName): { params: string[]; body: string } {
  const match = /^=LAMBDA\((.*)\)$/s.exec(name.formula);
  if (!match) throw new Error(`${name.name} is not a LAMBDA`);
  const parts = splitArguments(match[1]);
  return { params: parts.slice(0, -1).map((p) => p.trim()), body: parts[parts.length - 1] };
}

/** Inlines every call of a workbook LAMBDA name, repeatedly, until none is left. */
export function inlineLambdas(formula: string, names: readonly DefinedName[]): string {
  const lambdas = new Map(
    names.filter((n) => /^=LAMBDA\(/.test(n.formula)).map((n) => [n.name, parseLambda(n)]),
  );
  if (lambdas.size === 0) return formula;
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

function raw(
  cell: Cell,
  names: AppliedNames,
  lambdas: readonly DefinedName[],
  rewrite: (f: string) => string,
): Raw {
  switch (cell.kind) {
    case "text":
      return `'${cell.text}`;
    case "number":
    case "boolean":
      return cell.value;
    case "formula":
      return rewrite(inlineLambdas(resolveTokens(cell.formula, names), lambdas));
    case "blank":
      return null;
  }
}

/** A sheet as a dense 2-D array, as HyperFormula takes it. */
function grid(sheet: SheetModel, put: (cell: Cell) => Raw, typed: Readonly<Record<string, Raw>>): Raw[][] {
  const rows: Raw[][] = [];
  const set = (row: number, column: number, v: Raw): void => {
    while (rows.length <= row) rows.push([]);
    const line = rows[row];
    while (line.length <= column) line.push(null);
    line[column] = v;
  };
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => set(anchor.row + r, anchor.column + c, put(cell))),
    );
  }
  for (const [address, v] of Object.entries(typed)) {
    const at = parseCell(address);
    set(at.row, at.column, v);
  }
  return rows;
}

export interface Evaluated {
  readonly engine: HyperFormula;
  value(sheetId: string, address: string): Value;
  /** Types a value into a cell, as a user would, and recalculates. */
  set(sheetId: string, address: string, value: Raw): void;
}

export interface EvaluateOptions {
  /** Values typed into cells before evaluating: sheet id → address → value. */
  readonly typed?: Readonly<Record<string, Readonly<Record<string, Raw>>>>;
  /** Rewrites each formula, e.g. to pin TODAY() to a fixed date. */
  readonly rewrite?: (formula: string) => string;
}

/** Evaluates a whole workbook, or some sheets of one (no defined names then). */
export function evaluate(
  workbook: WorkbookModel | readonly SheetModel[],
  options: EvaluateOptions = {},
): Evaluated {
  const sheets = "sheets" in workbook ? workbook.sheets : workbook;
  const lambdas = "sheets" in workbook ? workbook.names : [];
  const names = appliedNames(sheets);
  const rewrite = options.rewrite ?? ((f: string) => f);
  const engine = HyperFormula.buildFromSheets(
    Object.fromEntries(
      sheets.map((s) => [
        s.name,
        grid(s, (c) => raw(c, names, lambdas, rewrite), options.typed?.[s.id] ?? {}),
      ]),
    ),
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
  );
  const where = (sheetId: string, address: string) => {
    const sheet = sheets.find((s) => s.id === sheetId);
    if (!sheet) throw new Error(`No sheet ${sheetId}`);
    const id = engine.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`No sheet named ${sheet.name}`);
    const at = parseCell(address);
    return { sheet: id, col: at.column, row: at.row };
  };
  return {
    engine,
    value: (sheetId, address) => {
      const v = engine.getCellValue(where(sheetId, address));
      return v !== null && typeof v === "object" ? { error: String(v.value) } : v;
    },
    set: (sheetId, address, value) => {
      engine.setCellContents(where(sheetId, address), [[value]]);
    },
  };
}
