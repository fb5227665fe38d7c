/**
 * The WRES.* functions as the Functions tab shows them: a view of the function declarations
 * (src/functions/all-functions.ts), so names, arguments, descriptions and examples are the ones Excel's
 * tooltips and the help page show.
 */
import { ALL_FUNCTIONS } from "../functions/all-functions";
import type { DeclaredFunction } from "../functions/declaration";
import { cellsNote, exampleFormula, resultText } from "../functions/examples";

interface FunctionArgument {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

export interface CatalogueEntry {
  readonly name: string;
  readonly category: string;
  readonly description: string;
  readonly arguments: readonly FunctionArgument[];
  /** The worked example, self-contained (array constants for ranges): what Insert writes. */
  readonly example: { readonly formula: string; readonly result: string };
  /** The same example as a worksheet writes it, with what its cells hold, for functions that read ranges. */
  readonly exampleWithCells?: { readonly formula: string; readonly cells: string };
  readonly helpAnchor: string;
}

function entry(fn: DeclaredFunction): CatalogueEntry {
  const example = fn.help.examples[0];
  const cells = cellsNote(example);
  return {
    name: fn.name,
    category: fn.category,
    description: fn.description,
    arguments: fn.parameters.map((p) => ({ name: p.name, description: p.description, optional: p.optional })),
    example: { formula: exampleFormula(fn, example, "values"), result: resultText(example) },
    ...(cells ? { exampleWithCells: { formula: exampleFormula(fn, example, "cells"), cells } } : {}),
    helpAnchor: `help.html#${fn.name.toLowerCase()}`,
  };
}

export const FUNCTION_CATALOGUE: readonly CatalogueEntry[] = ALL_FUNCTIONS.map(entry);

/** Case-insensitive match on name or description; blank text matches everything. */
export function searchCatalogue(entries: readonly CatalogueEntry[], text: string): readonly CatalogueEntry[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return entries;
  // Users type "appointment rl" as often as "APPOINTMENT_RL".
  const spaced = needle.replace(/_/g, " ");
  return entries.filter((e) => {
    const name = e.name.toLowerCase();
    return (
      name.includes(needle) ||
      name.replace(/_/g, " ").includes(spaced) ||
      e.description.toLowerCase().includes(needle)
    );
  });
}

/**
 * What Insert writes: the function's worked example, a complete call with every required argument, because
 * Excel refuses a call that leaves required arguments out (office-js issue 710, fixed: custom functions now
 * get "There's a problem with this formula" as built-in ones do,
 * https://github.com/OfficeDev/office-js/issues/710). The user then replaces the numbers with their cells.
 */
export function insertText(name: string): string {
  const found = FUNCTION_CATALOGUE.find((e) => e.name === name);
  if (!found) throw new Error(`${name} is not a WRES function`);
  return found.example.formula;
}
