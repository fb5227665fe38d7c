/**
 * The names a workbook's sheets, tables and defined names get, decided once for both writers before anything
 * is written: Excel's rules for each kind of name, and free names (a numbered suffix) where one is taken.
 * Pure; Excel compares sheet, table and defined names without regard to case. The Excel writer passes the
 * names the open workbook already has, the .xlsx writer none.
 */
import type { AppliedNames, DefinedName, WorkbookModel } from "./sheet-model";
import { resolveTokens } from "./tokens";

const MAX_SHEET_NAME = 31;
const MAX_TABLE_NAME = 255;

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A set of names compared case-insensitively, as Excel does. */
export class NameSet {
  private readonly lower = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }

  has(name: string): boolean {
    return this.lower.has(name.toLowerCase());
  }

  add(name: string): void {
    this.lower.add(name.toLowerCase());
  }
}

/** Makes a name Excel accepts for a sheet: no `[]:*?/\`, no apostrophe at either end, 1–31 characters. */
export function cleanSheetName(name: string): string {
  let out = name.replace(FORBIDDEN_SHEET_CHARS, "-").trim();
  out = out.replace(/^'+/, "").replace(/'+$/, "").trim();
  out = out.slice(0, MAX_SHEET_NAME).trimEnd();
  // "History" is reserved by Excel (it names the change-history sheet).
  if (out === "" || out.toLowerCase() === "history") out = out === "" ? "Sheet" : `${out}-`;
  return out;
}

/**
 * The desired sheet name if free, else "name (2)", "name (3)" … — truncating the name before the suffix so the
 * whole stays within 31 characters.
 */
export function uniqueSheetName(desired: string, taken: NameSet): string {
  const clean = cleanSheetName(desired);
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Looks like a cell reference (A1, XFD1048576, R1C1, R, C), which Excel refuses as a table or defined name. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
}

/** Makes a name Excel accepts for a table: letters, digits, `_` and `.`, starting with a letter or `_`. */
export function cleanTableName(name: string): string {
  let out = name.trim().replace(/[^A-Za-z0-9_.]/g, "_");
  if (out === "" || !/^[A-Za-z_]/.test(out)) out = `_${out}`;
  if (looksLikeReference(out)) out = `_${out}`;
  return out.slice(0, MAX_TABLE_NAME);
}

/** The desired table name if free, else "name_2", "name_3" … (table names allow no spaces or brackets). */
export function uniqueTableName(desired: string, taken: NameSet): string {
  const clean = cleanTableName(desired);
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = clean.slice(0, MAX_TABLE_NAME - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  /** Workbook-level defined names. */
  readonly names: readonly string[];
}

/** A new, empty workbook (the .xlsx writer's case). */
export const NO_NAMES: ExistingNames = { sheets: [], tables: [], names: [] };

interface NamePlan extends AppliedNames {
  /** Defined names to add, tokens already resolved. */
  readonly namesToAdd: readonly DefinedName[];
  /** Defined names left alone because the workbook (or a table) already uses them. */
  readonly skippedNames: readonly string[];
}

export function planNames(model: WorkbookModel, existing: ExistingNames): NamePlan {
  const sheets: Record<string, string> = {};
  const takenSheets = new NameSet(existing.sheets);
  for (const sheet of model.sheets) {
    if (sheet.id in sheets) throw new Error(`Two sheets in the model share the id "${sheet.id}".`);
    const name = uniqueSheetName(sheet.name, takenSheets);
    takenSheets.add(name);
    sheets[sheet.id] = name;
  }

  // Tables and defined names share one namespace in Excel.
  const tables: Record<string, string> = {};
  const takenTables = new NameSet([...existing.tables, ...existing.names]);
  for (const table of model.sheets.flatMap((s) => s.tables)) {
    if (table.id in tables) throw new Error(`Two tables in the model share the id "${table.id}".`);
    const name = uniqueTableName(table.name, takenTables);
    takenTables.add(name);
    tables[table.id] = name;
  }

  const applied: AppliedNames = { sheets, tables };
  const takenNames = new NameSet([...existing.names, ...existing.tables, ...Object.values(tables)]);
  const namesToAdd: DefinedName[] = [];
  const skippedNames: string[] = [];
  for (const n of model.names) {
    if (takenNames.has(n.name)) {
      skippedNames.push(n.name);
      continue;
    }
    takenNames.add(n.name);
    namesToAdd.push({ name: n.name, formula: resolveTokens(n.formula, applied), comment: n.comment });
  }
  return { sheets, tables, namesToAdd, skippedNames };
}
