/**
 * What is declared once per function, and everything else is made from: functions.json (through the JSDoc
 * that `npm run generate` writes into registered.ts), the pane's Functions tab, the help page, FUNCTIONS.md and
 * README's table. The runner (run.ts) reads the arguments by the parameters' kinds and calls `compute`.
 */
import type { Result } from "../wres/issues";
import type { Parameter } from "./kinds";

/** functions.md's sections, in its order. */
export const CATEGORIES = [
  "Relative likelihood",
  "Representation",
  "Classification and trend",
  "Record-level data",
  "Model Employer",
] as const;
type Category = (typeof CATEGORIES)[number];

/** The TypeScript result type of the registered function, which the metadata turns into type and dimensionality. */
type ResultType = "number" | "string" | "number[][]" | "string[][]" | "unknown[][]";

/** The four errors the functions return (see excel-errors.ts for which of them Excel shows a message with). */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** An example argument: a number, text or TRUE/FALSE, or a range with what its cells hold. */
export type ExampleArgument =
  | number
  | string
  | boolean
  | { readonly cells: string; readonly values: readonly (readonly (string | number | boolean)[])[] };

export interface Example {
  readonly arguments: readonly ExampleArgument[];
  /** Exactly what the function returns for these arguments (test/functions/examples.test.ts calls it). */
  readonly result: unknown;
  /** The result as a reader should take it, where `result` alone is not enough ("1.875, shown as 1.88"). */
  readonly shown?: string;
  /** The working, with the numbers, in the help's text style: `code`, **strong**. */
  readonly working: string;
}

interface FunctionHelp {
  /** What it computes, as a formula in words. */
  readonly computes: string;
  /** What the figure means for WRES reporting. */
  readonly meaning: string;
  /** The worked example first (the pane shows it and Insert writes it), then any others. */
  readonly examples: readonly [Example, ...Example[]];
  /** Every error the function can return and when; `#DIV/0!` and `#NUM!` carry no message in Excel, so say why here. */
  readonly errors: Readonly<Partial<Record<ErrorCode, string>>>;
}

/** The value each parameter's kind reads, as a tuple in parameter order. */
export type Values<P extends readonly Parameter<unknown>[]> = {
  -readonly [K in keyof P]: P[K] extends Parameter<infer T> ? T : never;
};

export interface FunctionDeclaration<P extends readonly Parameter<unknown>[], R> {
  /** The name users type after `WRES.`, as functions.md spells it. */
  readonly name: string;
  readonly category: Category;
  /** What the function gives, in a sentence or two: Excel's tooltip and the pane's summary. */
  readonly description: string;
  readonly parameters: P;
  readonly result: { readonly type: ResultType; readonly description: string };
  /** The engine call: typed values in, a value or a typed problem out. */
  readonly compute: (...values: Values<P>) => Result<R>;
  /** Engine argument names in problems (`group_count`) mapped to this function's parameters (`white_appointed`). */
  readonly problemNames?: Readonly<Record<string, string>>;
  readonly help: FunctionHelp;
}

/** What code that lists the functions reads (the generator, the help page, the pane): all but `compute`. */
export type DeclaredFunction = Omit<FunctionDeclaration<readonly Parameter<unknown>[], unknown>, "compute">;

/** APPOINTMENT_RL → appointmentRl: the name of the registered JavaScript function (registered.ts). */
export const registeredName = (name: string): string =>
  name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
