/**
 * Workbook-level defined names. ExcelJS's `workbook.definedNames` stores names as sets of cells, so it cannot
 * hold a LAMBDA or any other formula. Its renderer, though, writes each entry of `definedNames.model` as
 * `<definedName name="…">ranges.join(",")</definedName>`, so we add our names to that list as one "range"
 * holding the stored formula text (already prefixed with _xlfn./_xlpm. by formula-text.ts).
 */
import type { Workbook } from "exceljs";

interface StoredName {
  readonly name: string;
  /** File text: no leading "=". */
  readonly formula: string;
}

interface NameEntry {
  readonly name: string;
  readonly ranges: readonly string[];
}

export function installDefinedNames(workbook: Workbook, names: readonly StoredName[]): void {
  if (names.length === 0) return;
  const definedNames = workbook.definedNames as unknown as { model: NameEntry[] };
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), "model");
  const rangeNames = (): NameEntry[] => (own?.get ? (own.get.call(definedNames) as NameEntry[]) : []);
  Object.defineProperty(definedNames, "model", {
    configurable: true,
    get: () => [...rangeNames(), ...names.map((n) => ({ name: n.name, ranges: [n.formula] }))],
  });
}
