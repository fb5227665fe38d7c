/**
 * Every sentence users read about a problem, in British English, in one place.
 * Argument names are shown as users see them in Excel's function tooltip (snake_case).
 */
import type { QualityIssue } from "./data-quality";
import { FIELDS } from "./extract-kinds";
import type { Problem } from "./issues";
import { NATIONAL_INDICATORS } from "./national-figures";

const arg = (p: Problem): string => p.argument ?? "an argument";
const d = (p: Problem, key: string): string => String(p.detail?.[key] ?? "");

/** The longest part of a user's value a message repeats: a cell can hold 32,767 characters. */
const QUOTED_VALUE_LIMIT = 40;

/** A user's value in quotes, cut to its first 40 characters (an ellipsis marks the cut). */
const quoted = (p: Problem, key: string): string => {
  const value = d(p, key);
  return `"${value.length > QUOTED_VALUE_LIMIT ? `${value.slice(0, QUOTED_VALUE_LIMIT)}…` : value}"`;
};

/** "2016, 2018, 2020" → "2016, 2018 and 2020". */
const andList = (items: string): string => items.replace(/, ([^,]*)$/, " and $1");

export function problemMessage(p: Problem): string {
  switch (p.code) {
    case "negative":
      return `${arg(p)} must be zero or more (got ${d(p, "value")}).`;
    case "not_a_number":
      return `${arg(p)} must be a number${p.detail?.value !== undefined ? ` (got ${quoted(p, "value")})` : ""}.`;
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
      return `${arg(p)} must be one of ${d(p, "allowed")} (got ${quoted(p, "value")}).`;
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
      return p.detail?.years
        ? `The add-in holds no national figure for indicator ${d(p, "indicator")} in ${d(p, "year")}; it holds figures for ${andList(d(p, "years"))}.`
        : `The add-in holds no national figure for indicator ${d(p, "indicator")}; it holds national figures for indicators ${NATIONAL_INDICATORS[0]} to ${NATIONAL_INDICATORS.at(-1)} only.`;
    case "missing":
      return `${arg(p)} is required.`;
    case "width_mismatch":
      return `${arg(p)} must have the same number of columns as ${p.other ?? "the first range"} (${d(p, "expected")} columns, got ${d(p, "actual")}).`;
    case "missing_column":
      return `The ${d(p, "extract")} extract has no column for ${d(p, "field")} (looked for ${d(p, "looked_for")}; columns found: ${d(p, "headers")}). Rename the column or choose it explicitly.`;
    case "bad_csv":
      return `The CSV file cannot be read: ${d(p, "reason")} (line ${d(p, "line")}).`;
    case "duplicate_column":
      return `The ${d(p, "extract")} extract has more than one column for ${d(p, "field")} (${d(p, "columns")}), so which one to count cannot be known. Rename or remove one, or choose the column explicitly.`;
    case "column_reused":
      return `The ${d(p, "extract")} extract has ${d(p, "column")} chosen for both ${d(p, "fields")}. Choose a different column for each.`;
    case "wrong_column":
      return `The ${d(p, "extract")} extract's ${d(p, "column")}, read as ${d(p, "field")}, holds no ${d(p, "expected")} in ${d(p, "bad")} of ${d(p, "rows")} rows (e.g. ${d(p, "example")}), so it is probably the wrong column. Choose the ${d(p, "field")} column explicitly.`;
    case "no_rows":
      return `The ${d(p, "extract")} extract has ${d(p, "reason")}, so there is nobody to count. Check that the file is the full extract.`;
  }
}

/** What a data-quality problem is and how the rows were counted, in a phrase. */
export function qualityIssueText(issue: QualityIssue): string {
  const field = issue.field ? FIELDS[issue.field].label : "";
  switch (issue.code) {
    case "blank_ethnicity":
      return "blank ethnicity; counted as Unknown";
    case "unrecognised_ethnicity":
      return "ethnicity not recognised; counted as Unknown";
    case "blank_band":
      return "blank pay band; counted under Other";
    case "unrecognised_band":
      return "pay band not recognised; counted under Other";
    case "blank_staff_group":
      return "blank staff group; left out of the tables by staff group";
    case "unrecognised_staff_group":
      return "staff group not recognised; left out of the tables by staff group";
    case "blank_flag":
      return `blank ${field}; counted as no`;
    case "unrecognised_flag":
      return `${field} not one of Y, Yes, True, 1, N, No, False, 0; a number other than 0 counted as yes, anything else as no`;
    case "requirement_not_met":
      return issue.reason ?? `${field} not counted`;
    case "extra_fields":
      return "more fields than the header row; the extra fields were not read";
    case "missing_fields":
      return "fewer fields than the header row; the missing fields were read as blank";
    case "blank_row_counted":
      return "blank row between records, counted as a person of unknown ethnicity";
    case "unused_columns_only":
      return "data only in columns that are not read, between records; counted as a person of unknown ethnicity";
    case "unused_columns_trailing":
      return "data only in columns that are not read, after the last row with data; not counted as a person";
  }
}
