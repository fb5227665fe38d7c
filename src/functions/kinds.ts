/**
 * Argument kinds: the one place where a value arriving from an Excel cell becomes a function's input, and
 * the rule it must meet. Each function declares its parameters with these (as HyperFormula declares argument
 * types beside each function); the runner reads every argument through its kind.
 *
 * A reader returns the value or throws the `#VALUE!` error that names the argument and the rule broken. Each
 * reader tests the ordinary input first (a plain number where a number belongs), so a sheet that calls a
 * function a million times pays for nothing else; text, blanks and out-of-rule values take the longer way.
 */
import { fail } from "../wres/issues";
import { numericText } from "./numeric-text";
import { toExcelError } from "./to-excel-error";

export interface Kind<T> {
  /** How Excel passes the argument: one value, or a range as a 2-D array (the metadata's dimensionality). */
  readonly shape: "scalar" | "matrix";
  /** What the argument is, as the help page and the pane say it ("a count", "TRUE or FALSE"). */
  readonly label: string;
  readonly read: (raw: unknown, name: string) => T;
}

export interface Parameter<T> {
  /** The name Excel shows in the tooltip, as functions.md spells it (snake_case). */
  readonly name: string;
  /** One sentence saying exactly which figure goes here; functions.json, the pane and the help page show it. */
  readonly description: string;
  readonly optional: boolean;
  readonly kind: Kind<T>;
}

/** Throws the Excel error for a problem with a raw argument (same arguments as `fail`). */
export function reject(...problem: Parameters<typeof fail>): never {
  throw toExcelError(fail(...problem).problem);
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

/** A number, or text that is a plain decimal number ("12", " 3.5 "), as Excel's arithmetic accepts them. */
function numberFrom(v: unknown, name: string): number {
  if (typeof v === "number") return Number.isFinite(v) ? v : reject("value", "not_finite", name);
  if (isBlank(v)) return reject("value", "missing", name);
  const n = typeof v === "string" ? numericText(v) : undefined;
  if (n === undefined) return reject("value", "not_a_number", name, { detail: { value: String(v) } });
  return Number.isFinite(n) ? n : reject("value", "not_finite", name);
}

/*
 * In the number readers the unary `+` on the longer way's result tells V8 that both branches give a plain
 * number, so the value is passed on unboxed: the ordinary call then allocates nothing (npm run bench).
 */
function readNumber(v: unknown, name: string): number {
  return typeof v === "number" && v - v === 0 ? v : +numberFrom(v, name);
}

/**
 * A count is a finite number ≥ 0. Only `v >= 0` is tested on the ordinary way: +Infinity, which no cell can
 * hold, is left to the engine, which checks every count it takes (checkCount) and names it "not finite".
 * Each comparison here costs a measurable share of a million-call sheet (npm run bench).
 */
function readCount(v: unknown, name: string): number {
  return typeof v === "number" && v >= 0 ? v : +countFrom(v, name);
}

function countFrom(v: unknown, name: string): number {
  const n = numberFrom(v, name);
  return n >= 0 ? n : reject("value", "negative", name, { detail: { value: n } });
}

function readWhole(v: unknown, name: string): number {
  const n = readNumber(v, name);
  return Number.isInteger(n) ? n : +reject("value", "not_whole", name, { detail: { value: n } });
}

const COUNT: Kind<number> = { shape: "scalar", label: "a count, zero or more", read: readCount };
const NON_NEGATIVE: Kind<number> = { shape: "scalar", label: "a number, zero or more", read: readCount };
const NUMBER: Kind<number> = { shape: "scalar", label: "a number", read: readNumber };
const WHOLE: Kind<number> = { shape: "scalar", label: "a whole number", read: readWhole };

const parameter = <T>(name: string, description: string, kind: Kind<T>): Parameter<T> => ({
  name,
  description,
  optional: false,
  kind,
});

/** A count of people: a finite number ≥ 0 (fractions allowed, for averages). */
export const count = (name: string, description: string): Parameter<number> =>
  parameter(name, description, COUNT);

/** A finite number ≥ 0 that is not a count (a ratio). */
export const nonNegative = (name: string, description: string): Parameter<number> =>
  parameter(name, description, NON_NEGATIVE);

/** Any finite number. */
export const number = (name: string, description: string): Parameter<number> =>
  parameter(name, description, NUMBER);

/** A whole number (a year, an indicator number). */
export const whole = (name: string, description: string): Parameter<number> =>
  parameter(name, description, WHOLE);

/** One of a fixed set of words, in any case and spacing; read as its lower-case form. */
export function option<const O extends string>(
  name: string,
  description: string,
  allowed: readonly O[],
): Parameter<O> {
  const words: readonly string[] = allowed;
  const quoted = allowed.map((a) => `"${a}"`).join(", ");
  return parameter(name, description, {
    shape: "scalar",
    label: `one of ${quoted}`,
    read(v, argument) {
      const text = typeof v === "string" ? v.trim().toLowerCase() : undefined;
      if (text !== undefined && words.includes(text)) return text as O;
      return reject("value", "unknown_option", argument, {
        detail: { value: String(v ?? ""), allowed: quoted },
      });
    },
  });
}

/** TRUE or FALSE: Excel booleans, numbers (0 is FALSE) and the words TRUE and FALSE in any case. */
export const truth = (name: string, description: string): Parameter<boolean> =>
  parameter(name, description, {
    shape: "scalar",
    label: "TRUE or FALSE",
    read(v, argument) {
      if (typeof v === "boolean") return v;
      if (typeof v === "number" && !Number.isNaN(v)) return v !== 0;
      const text = typeof v === "string" ? v.trim().toLowerCase() : "";
      if (text === "true" || text === "false") return text === "true";
      return reject("value", "unknown_option", argument, {
        detail: { value: String(v), allowed: "TRUE, FALSE" },
      });
    },
  });

/**
 * A cell or a range, as Excel passes it: a 2-D array; a single value becomes a 1×1 range. Only the first
 * row is looked at here: record-level functions take whole columns of a million rows, and a separate pass
 * over them would cost as much as the counting, so the engine's loops read every row defensively instead.
 */
export const range = (name: string, description: string): Parameter<readonly (readonly unknown[])[]> =>
  parameter(name, description, {
    shape: "matrix",
    label: "a cell or a range",
    read: (v) => (Array.isArray(v) && (v.length === 0 || Array.isArray(v[0])) ? v : [[v]]),
  });

/** A kind of its own for one function (TREND's `better`), with the same contract as the readers above. */
export const custom = <T>(name: string, description: string, kind: Kind<T>): Parameter<T> =>
  parameter(name, description, kind);

/** An optional argument: Excel passes `null` when it is left out, and "" for an empty cell. */
export function optional<T>(p: Parameter<T>): Parameter<T | null> {
  const inner = p.kind;
  return {
    ...p,
    optional: true,
    kind: { ...inner, read: (v, name) => (isBlank(v) ? null : inner.read(v, name)) },
  };
}

/** For a kind of one function: reads a number with the same rules and messages as `number`. */
export { readNumber, isBlank };
