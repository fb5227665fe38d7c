/**
 * Every sentence users read about a problem, in British English, in one place.
 * Argument names are shown as users see them in Excel's function tooltip (snake_case).
 */
import type { Problem } from "./issues";

const arg = (p: Problem): string => p.argument ?? "an argument";
const d = (p: Problem, key: string): string => String(p.detail?.[key] ?? "");

export function problemMessage(p: Problem): string {
  switch (p.code) {
    case "negative":
      return `${arg(p)} must be zero or more (got ${d(p, "value")}).`;
    case "not_a_number":
      return `${arg(p)} must be a number${p.detail?.value !== undefined ? ` (got "${d(p, "value")}")` : ""}.`;
    case "not_finite":
      return `${arg(p)} must be a finite number.`;
    case "count_exceeds_total":
      return `${arg(p)} (${d(p, "value")}) cannot be larger than ${p.other ?? "its total"} (${d(p, "total")}).`;
    case "zero_total":
      return `${arg(p)} is zero, so the rate cannot be calculated.`;
    case "zero_reference_rate":
      return `${arg(p)} is zero, so the comparator's rate is zero and the relative likelihood is undefined.`;
    case "undefined_for_data":
      return `The figure is undefined for these data: ${d(p, "reason")}.`;
    case "unknown_option":
      return `${arg(p)} must be one of ${d(p, "allowed")} (got "${d(p, "value")}").`;
    case "out_of_range":
      return `${arg(p)} must be ${d(p, "rule")} (got ${d(p, "value")}).`;
    case "unrepresentable":
      return `The result is too large or too small for a spreadsheet number: ${d(p, "reason")}.`;
    case "not_whole":
      return `${arg(p)} must be a whole number (got ${d(p, "value")}).`;
    case "incomplete_group":
      return `${d(p, "group")} must be given all together or not at all.`;
    case "shape_mismatch":
      return `${arg(p)} must have the same number of rows as ${p.other ?? "the first range"} (${d(p, "expected")} rows, got ${d(p, "actual")}).`;
    case "no_published_figure":
      return `NHS England publishes no national figure for indicator ${d(p, "indicator")} in ${d(p, "year")}${p.detail?.years ? ` (years with a figure: ${d(p, "years")})` : ""}.`;
    case "missing":
      return `${arg(p)} is required.`;
    case "width_mismatch":
      return `${arg(p)} must have the same number of columns as ${p.other ?? "the first range"} (${d(p, "expected")} columns, got ${d(p, "actual")}).`;
    case "missing_column":
      return `The ${d(p, "extract")} extract has no column for ${d(p, "field")} (looked for ${d(p, "looked_for")}; columns found: ${d(p, "headers")}). Rename the column or choose it explicitly.`;
    case "bad_csv":
      return `The CSV file cannot be read: ${d(p, "reason")} (line ${d(p, "line")}).`;
  }
}
