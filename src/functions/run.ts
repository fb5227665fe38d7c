/**
 * The runner behind every custom function. A registered function (registered.ts) is one line:
 *   `return f.settle(f.compute(f.read(0, a), f.read(1, b), …))`
 * `read` coerces and checks one argument by its declared kind; `compute` is the pure engine call; `settle`
 * turns the engine's typed problem into a `CustomFunctions.Error`. Arguments are passed one by one rather than
 * as an array so that a call allocates nothing: V8 then compiles the whole chain into the caller.
 *
 * Excel shows a thrown `CustomFunctions.Error` exactly as a returned one (error code and message), and
 * throwing lets each function keep its literal return type (`number`, `string[][]`) for the metadata.
 */
import type { Problem, Result } from "../wres/issues";
import type { FunctionDeclaration, Values } from "./declaration";
import type { Parameter } from "./kinds";
import { toExcelError } from "./to-excel-error";

class CustomFunction<const P extends readonly Parameter<unknown>[], R> {
  readonly name: string;
  readonly category: FunctionDeclaration<P, R>["category"];
  readonly description: string;
  readonly parameters: P;
  readonly result: FunctionDeclaration<P, R>["result"];
  readonly compute: (...values: Values<P>) => Result<R>;
  readonly problemNames: Readonly<Record<string, string>>;
  readonly help: FunctionDeclaration<P, R>["help"];
  /** Each parameter's reader and name as flat arrays: one load each per argument on every call. */
  private readonly readers: readonly Parameter<unknown>["kind"]["read"][];
  private readonly names: readonly string[];

  constructor(d: FunctionDeclaration<P, R>) {
    this.name = d.name;
    this.category = d.category;
    this.description = d.description;
    this.parameters = d.parameters;
    this.result = d.result;
    this.compute = d.compute;
    this.problemNames = d.problemNames ?? {};
    this.help = d.help;
    this.readers = Object.freeze(d.parameters.map((p) => p.kind.read));
    this.names = Object.freeze(d.parameters.map((p) => p.name));
  }

  /** Argument `index` as its kind reads it; throws the `#VALUE!` error naming the argument otherwise. */
  read<I extends number & keyof P>(index: I, raw: unknown): Values<P>[I] {
    return this.readers[index](raw, this.names[index]) as Values<P>[I];
  }

  /** The engine's value, or its problem (renamed to this function's parameters) thrown as an Excel error. */
  settle(result: Result<R>): R {
    if (result.ok) return result.value;
    throw toExcelError(this.rename(result.problem));
  }

  private rename(problem: Problem): Problem {
    const names = this.problemNames;
    return {
      ...problem,
      ...(problem.argument !== undefined ? { argument: names[problem.argument] ?? problem.argument } : {}),
      ...(problem.other !== undefined ? { other: names[problem.other] ?? problem.other } : {}),
    };
  }
}

/** Declares a custom function; `npm run generate` turns each declaration into a registered function. */
export function defineFunction<const P extends readonly Parameter<unknown>[], R>(
  d: FunctionDeclaration<P, R>,
): CustomFunction<P, R> {
  return new CustomFunction(d);
}
