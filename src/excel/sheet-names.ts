/**
 * Choosing names that are free: the writer never overwrites, so a sheet or table name already taken gets a
 * numbered suffix. Pure functions; Excel compares sheet, table and defined names without regard to case.
 */

export const MAX_SHEET_NAME = 31;
export const MAX_TABLE_NAME = 255;

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
