/** Substitutes `{{sheet:ID}}` and `{{table:ID}}` tokens with the names a writer actually used. */
import type { AppliedNames } from "./sheet-model";

/** Quotes a sheet name for a formula: 'My sheet' (inner apostrophes doubled). */
function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function resolveTokens(formula: string, names: AppliedNames): string {
  return formula.replace(/\{\{(sheet|table):([A-Za-z0-9_-]+)\}\}/g, (_match, kind: string, id: string) => {
    const resolved = kind === "sheet" ? names.sheets[id] : names.tables[id];
    if (resolved === undefined) throw new Error(`Unknown ${kind} id "${id}" in formula ${formula}`);
    return kind === "sheet" ? quoteSheetName(resolved) : resolved;
  });
}
