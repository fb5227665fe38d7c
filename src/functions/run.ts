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
import type { OrdinaryPath } from "../wres/relative-likelihood";
import { toExcelError } from "./to-excel-error";

type Values<A extends readonly Arg<unknown>[]> = {
  -readonly [K in keyof A]: A[K] extends Arg<infer T> ? T : never;
};

export interface Declaration<A extends readonly Arg<unknown>[], R> {
  readonly args: A;
  /** Pairs `[count, total]`: the count may not exceed the total. Checked after each argument is read. */
  readonly atMost?: readonly (readonly [string, string])[];
  /** Maps engine-level argument names in problems to this function's parameter names. */
  readonly names?: Readonly<Record<string, string>>;
  readonly compute: (...values: Values<A>) => Result<R>;
  /**
   * For four-count functions called a million times a sheet: the engine's everyday case, taken by `run4` when
   * all four raw values are numbers and `ordinary` holds. It must then give exactly what `compute` gives, with
   * every argument accepted and every `atMost` pair holding (test/functions/ordinary-path.test.ts checks this).
   */
  readonly ordinary?: A extends readonly [Arg<number>, Arg<number>, Arg<number>, Arg<number>]
    ? R extends number
      ? OrdinaryPath
      : never
    : never;
}

export function declare<const A extends readonly Arg<unknown>[], R>(d: Declaration<A, R>): Declaration<A, R> {
  return { ...d, [PAIRS]: positionsOf(d) } as Declaration<A, R>;
}

/** Where `declare` keeps the pairs' positions on the declaration itself: a property read, not a map lookup. */
const PAIRS = Symbol("atMostPositions");

function positionsOf<A extends readonly Arg<unknown>[], R>(
  d: Declaration<A, R>,
): readonly (readonly [number, number, string, string])[] {
  const known = (d as { [PAIRS]?: readonly (readonly [number, number, string, string])[] })[PAIRS];
  if (known) return known;
  const index = (name: string): number => {
    const i = d.args.findIndex((a) => a.name === name);
    if (i < 0) throw new Error(`atMost names an unknown argument "${name}"`); // a programming error, caught by tests
    return i;
  };
  const pairs = (d.atMost ?? []).map(([c, t]) => [index(c), index(t), c, t] as const);
  return pairs;
}

/** Runs a declaration on the raw arguments Excel passed. Returns the value or throws `CustomFunctions.Error`. */
export function run<A extends readonly Arg<unknown>[], R>(d: Declaration<A, R>, raw: readonly unknown[]): R {
  // Common case first: every raw value is already valid as it stands, so it is passed on without copying.
  let values: readonly unknown[] = raw;
  for (let i = 0; i < d.args.length; i++) {
    if (d.args[i].accepts?.(raw[i]) !== true) {
      values = readAll(d.args, raw);
      break;
    }
  }
  const pairs = positionsOf(d);
  if (pairs.length > 0) {
    const problem = checkAtMost(pairs, values);
    if (problem) throw toExcelError(problem);
  }
  const compute = d.compute as (...v: readonly unknown[]) => Result<R>;
  // Four arguments is the hot shape (the scalar likelihoods); a direct call avoids spreading an array.
  const result =
    values.length === 4 ? compute(values[0], values[1], values[2], values[3]) : compute(...values);
  if (!result.ok) throw toExcelError(renameProblem(result.problem, d.names));
  return result.value;
}

/**
 * `run` for four arguments, without building an array or a `Result` in the everyday case: plain numbers that
 * the declaration's ordinary path accepts go straight to the arithmetic. Everything else goes through `run`.
 */
export function run4<A extends readonly Arg<unknown>[], R>(
  d: Declaration<A, R>,
  a: unknown,
  b: unknown,
  c: unknown,
  e: unknown,
): R {
  const path = d.ordinary as OrdinaryPath | undefined;
  if (
    path !== undefined &&
    typeof a === "number" &&
    typeof b === "number" &&
    typeof c === "number" &&
    typeof e === "number" &&
    path.ordinary(a, b, c, e)
  ) {
    return path.value(a, b, c, e) as R;
  }
  return run(d, [a, b, c, e]);
}

function readAll(args: readonly Arg<unknown>[], raw: readonly unknown[]): unknown[] {
  const values: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const r = args[i].read(raw[i]);
    if (!r.ok) throw toExcelError(r.problem);
    values.push(r.value);
  }
  return values;
}

function checkAtMost(
  pairs: readonly (readonly [number, number, string, string])[],
  values: readonly unknown[],
): Problem | undefined {
  // Indexed loop without destructuring: this runs on every call of the relative-likelihood functions.
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    const c = values[pair[0]];
    const t = values[pair[1]];
    if (typeof c === "number" && typeof t === "number" && c > t) {
      return fail("value", "count_exceeds_total", pair[2], { other: pair[3], detail: { value: c, total: t } })
        .problem;
    }
  }
  return undefined;
}
