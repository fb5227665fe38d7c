/**
 * Decides every name the writer will use before anything is written: free sheet and table names (suffixed
 * when taken) and which defined names can be added. Pure, from the names the workbook already has.
 */
import type { AppliedNames, DefinedName, WorkbookModel } from "../plan/sheet-model";
import { resolveTokens } from "../plan/tokens";
import { NameSet, uniqueSheetName, uniqueTableName } from "./sheet-names";

export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  /** Workbook-level defined names. */
  readonly names: readonly string[];
}

export interface NamePlan extends AppliedNames {
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
