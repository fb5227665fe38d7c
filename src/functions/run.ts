/**
 * The shared runner behind every custom function: read each argument, check the cross-argument rules,
 * compute with the pure engine, and turn any problem into a `CustomFunctions.Error`.
 *
 * Excel shows a thrown `CustomFunctions.Error` exactly as a returned one (error code and message), and
 * throwing lets each function keep its literal return type (`number`, `string[][]`) for the metadata.
 */
import type { Arg } from "./arguments";
import { renameProblem } from "./arguments";
import { fail, type Problem, type Result } from "../wres/issues";
import { toExcelError } from "./to-excel-error";

type Values<A extends readonly Arg<unknown>[]> = { -readonly [K in keyof A]: A[K] extends Arg<infer T> ? T : never };

export interface Declaration<A extends readonly Arg<unknown>[], R> {
  readonly args: A;
  /** Pairs `[count, total]`: the count may not exceed the total. Checked after each argument is read. */
  readonly atMost?: readonly (readonly [string, string])[];
  /** Maps engine-level argument names in problems to this function's parameter names. */
  readonly names?: Readonly<Record<string, string>>;
  readonly compute: (...values: Values<A>) => Result<R>;
}

export function declare<const A extends readonly Arg<unknown>[], R>(d: Declaration<A, R>): Declaration<A, R> {
  return d;
}

/** Runs a declaration on the raw arguments Excel passed. Returns the value or throws `CustomFunctions.Error`. */
export function run<A extends readonly Arg<unknown>[], R>(d: Declaration<A, R>, raw: readonly unknown[]): R {
  const values: unknown[] = new Array(d.args.length);
  for (let i = 0; i < d.args.length; i++) {
    const r = d.args[i].read(raw[i]);
    if (!r.ok) throw toExcelError(r.problem);
    values[i] = r.value;
  }
  if (d.atMost) {
    const problem = checkAtMost(d, values);
    if (problem) throw toExcelError(problem);
  }
  const result = d.compute(...(values as Values<A>));
  if (!result.ok) throw toExcelError(renameProblem(result.problem, d.names));
  return result.value;
}

function checkAtMost<A extends readonly Arg<unknown>[], R>(d: Declaration<A, R>, values: unknown[]): Problem | undefined {
  for (const [countName, totalName] of d.atMost ?? []) {
    const c = values[d.args.findIndex((a) => a.name === countName)];
    const t = values[d.args.findIndex((a) => a.name === totalName)];
    if (typeof c === "number" && typeof t === "number" && c > t) {
      return fail("value", "count_exceeds_total", countName, { other: totalName, detail: { value: c, total: t } })
        .problem;
    }
  }
  return undefined;
}
