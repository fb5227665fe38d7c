/**
 * The text of a declared example: its formula (with cell references for the help page, or self-contained with
 * array constants for Insert), what its cells hold, and its result in words. Formulas are in the invariant
 * (en-US) syntax that `Range.formulas` takes: comma between arguments, `;` between rows of an array constant
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 */
import type { DeclaredFunction, Example, ExampleArgument } from "./declaration";

type Cell = string | number | boolean;

/** A value as a formula writes it: 12, "text" (quotes doubled), TRUE. */
function literal(value: Cell): string {
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** An array constant: {"A";"H"} for a column, {1,2} for a row. */
function arrayConstant(values: readonly (readonly Cell[])[]): string {
  return `{${values.map((row) => row.map(literal).join(",")).join(";")}}`;
}

const argumentText = (a: ExampleArgument, form: "cells" | "values"): string =>
  typeof a === "object" ? (form === "cells" ? a.cells : arrayConstant(a.values)) : literal(a);

/**
 * `=WRES.NAME(…)`. "cells" names the example's ranges (A2:A6), as a worksheet would; "values" writes their
 * contents as array constants, so the formula works in any cell of any sheet (what Insert writes).
 */
export function exampleFormula(fn: DeclaredFunction, example: Example, form: "cells" | "values"): string {
  return `=WRES.${fn.name}(${example.arguments.map((a) => argumentText(a, form)).join(", ")})`;
}

/** "A2:A6 hold A, H, Z, C3 and N; B2:B6 hold …." for an example that reads ranges, else undefined. */
export function cellsNote(example: Example): string | undefined {
  const ranges = example.arguments.filter((a) => typeof a === "object");
  if (ranges.length === 0) return undefined;
  return `${ranges.map((r) => `${r.cells} hold ${andList(r.values.flat().map(String))}`).join("; ")}.`;
}

/** The example's arguments as Excel passes them to the function: ranges as 2-D arrays, left-out optionals null. */
export function excelArguments(fn: DeclaredFunction, example: Example): unknown[] {
  return fn.parameters.map((p, i) => {
    const a = example.arguments[i];
    if (a === undefined) return null;
    if (typeof a === "object") return a.values;
    return p.kind.shape === "matrix" ? [[a]] : a;
  });
}

/** The result in words: the declared `shown`, else the value (cells of a row joined, rows by "; "). */
export function resultText(example: Example): string {
  if (example.shown !== undefined) return example.shown;
  const r = example.result;
  if (!Array.isArray(r)) return typeof r === "string" ? r : String(r);
  return (r as unknown[][]).map((row) => row.map(String).join(" ")).join("; ");
}

/** `NAME(a, b, [c])`, the signature as functions.md writes it. */
export function signature(fn: DeclaredFunction): string {
  return `${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
