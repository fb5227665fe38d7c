/**
 * Typed problems: the engine returns these instead of throwing. The text users read is built from them in
 * `messages.ts`; the Excel error kind is chosen in `src/functions/to-excel-error.ts`.
 */

/** Which spreadsheet error a problem becomes: `#VALUE!`, `#N/A`, `#DIV/0!` or `#NUM!` (a result too large). */
type ProblemKind = "value" | "na" | "div0" | "num";

type ProblemCode =
  /** A count or number argument is below zero. */
  | "negative"
  /** Text, a boolean or an empty cell where a number belongs. */
  | "not_a_number"
  /** NaN or ±Infinity arrived. */
  | "not_finite"
  /** An outcome count is larger than the pool it comes from (e.g. appointed > shortlisted). */
  | "count_exceeds_total"
  /** A total (pool, headcount) is zero, so a rate cannot be formed. */
  | "zero_total"
  /** The comparator's rate is zero, so the ratio is undefined. */
  | "zero_reference_rate"
  /** The figure is undefined for the data, for a reason described by `detail.reason`. */
  | "undefined_for_data"
  /** A text option that is not one of the allowed values. */
  | "unknown_option"
  /** A number outside its allowed interval (e.g. confidence must be between 0 and 1). */
  | "out_of_range"
  /** A whole number was needed. */
  | "not_whole"
  /** Optional arguments that must come together were given in part. */
  | "incomplete_group"
  /** Ranges that must be the same height are not. */
  | "shape_mismatch"
  /** The add-in holds no national figure for that indicator and year (NHS England may have published one). */
  | "no_published_figure"
  /** A required argument is missing. */
  | "missing"
  /** Ranges that must be the same width are not. */
  | "width_mismatch"
  /** An extract has no column for a required field (`detail.extract`, `detail.field`, `detail.headers`). */
  | "missing_column"
  /** The result is beyond the range of spreadsheet numbers (counts vastly different in size). */
  | "unrepresentable"
  /** A CSV file cannot be read (`detail.line`, `detail.reason`). */
  | "bad_csv"
  /** An extract's field matches more than one column (`detail.extract`, `detail.field`, `detail.columns`). */
  | "duplicate_column"
  /** One column was chosen for two fields (`detail.fields`, `detail.column`). */
  | "column_reused"
  /** Most values of a column are not values of its field, so it is probably the wrong column. */
  | "wrong_column"
  /** An extract has a header row but no person rows. */
  | "no_rows";

export interface Problem {
  readonly kind: ProblemKind;
  readonly code: ProblemCode;
  /** The argument at fault, by the engine's or function's parameter name (e.g. `white_appointed`). */
  readonly argument?: string;
  /** A second argument the rule compares against (e.g. the total a count exceeds). */
  readonly other?: string;
  /** Values that make the message specific: allowed options, bounds, the offending value. */
  readonly detail?: Readonly<Record<string, string | number>>;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  kind: ProblemKind,
  code: ProblemCode,
  argument?: string,
  extra?: { other?: string; detail?: Readonly<Record<string, string | number>> },
): { readonly ok: false; readonly problem: Problem } => ({
  ok: false,
  problem: { kind, code, ...(argument === undefined ? {} : { argument }), ...extra },
});

/**
 * The first of the named numbers that is not finite (with `nonNegative`, or is below zero), as the problem naming
 * it; undefined when every one is fine. Checked in the order given, so the message names the first at fault.
 */
export function checkNumbers(
  values: readonly (readonly [value: number, name: string])[],
  nonNegative = false,
): { readonly ok: false; readonly problem: Problem } | undefined {
  for (const [value, name] of values) {
    if (!Number.isFinite(value)) return fail("value", "not_finite", name);
    if (nonNegative && value < 0) return fail("value", "negative", name, { detail: { value } });
  }
  return undefined;
}
