/**
 * Argument readers: the one place where values arriving from Excel cells are coerced and checked.
 * Each reader pairs a zod schema (the rule) with a fast path for the common valid case, because a
 * worksheet may call a function a million times and zod's error reporting is only needed on failure.
 */
import { z } from "zod";
import { fail, ok, type Problem, type Result } from "../wres/issues";

export interface Arg<T> {
  readonly name: string;
  read(value: unknown): Result<T>;
  /** Optional fast path: true when the raw value is already valid and is its own result (no allocation). */
  readonly accepts?: (value: unknown) => boolean;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

const numericText = z
  .string()
  .trim()
  .regex(/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i);

/** Numbers, and text that is a plain decimal number ("12", " 3.5 "), as Excel's arithmetic accepts them. */
function readNumberLike(name: string, v: unknown): Result<number> {
  if (typeof v === "number") {
    return Number.isFinite(v) ? ok(v) : fail("value", "not_finite", name);
  }
  if (isBlank(v)) return fail("value", "missing", name);
  if (typeof v === "string" && numericText.safeParse(v).success) return ok(Number(v.trim()));
  return fail("value", "not_a_number", name, { detail: { value: String(v) } });
}

const countSchema = z.number().finite().nonnegative();

/** A count of people: a finite number ≥ 0 (fractions allowed for averages). */
const isPlainCount = (v: unknown): boolean => typeof v === "number" && v >= 0 && v <= Number.MAX_VALUE;

export function count(name: string): Arg<number> {
  return {
    name,
    accepts: isPlainCount,
    read(v) {
      if (isPlainCount(v)) return ok(v as number);
      const n = readNumberLike(name, v);
      if (!n.ok) return n;
      return countSchema.safeParse(n.value).success
        ? n
        : fail("value", "negative", name, { detail: { value: n.value } });
    },
  };
}

/** Any finite number. */
export function number(name: string): Arg<number> {
  return { name, read: (v) => readNumberLike(name, v) };
}

/** A whole number (a year, an indicator number). */
export function whole(name: string): Arg<number> {
  return {
    name,
    read(v) {
      const n = readNumberLike(name, v);
      if (!n.ok) return n;
      return z.number().int().safeParse(n.value).success
        ? n
        : fail("value", "not_whole", name, { detail: { value: n.value } });
    },
  };
}

/** An optional argument: Excel passes `null` (or an empty cell as "") when it is left out. */
export function optional<T>(inner: Arg<T>): Arg<T | null> {
  return {
    name: inner.name,
    read: (v) => (isBlank(v) ? ok(null) : inner.read(v)),
  };
}

/** One of a fixed set of words, in any case and spacing. Returns the canonical (lower-case) form. */
export function option<const O extends string>(name: string, allowed: readonly O[]): Arg<O> {
  const schema = z.enum(allowed as unknown as [O, ...O[]]);
  return {
    name,
    read(v) {
      const text = typeof v === "string" ? v.trim().toLowerCase() : v;
      const parsed = schema.safeParse(text);
      return parsed.success
        ? ok(parsed.data)
        : fail("value", "unknown_option", name, {
            detail: { value: String(v ?? ""), allowed: allowed.map((a) => `"${a}"`).join(", ") },
          });
    },
  };
}

/** A TRUE/FALSE argument; Excel booleans, numbers (0 is false) and the words TRUE/FALSE. */
export function bool(name: string): Arg<boolean> {
  const schema = z.union([
    z.boolean(),
    z.number().transform((n) => n !== 0),
    z.enum(["true", "false"]).transform((s) => s === "true"),
  ]);
  return {
    name,
    read(v) {
      const parsed = schema.safeParse(typeof v === "string" ? v.trim().toLowerCase() : v);
      return parsed.success
        ? ok(parsed.data)
        : fail("value", "unknown_option", name, { detail: { value: String(v), allowed: "TRUE, FALSE" } });
    },
  };
}

/** A range as Excel passes it: a 2-D array. A single value is treated as a 1×1 range. */
export function range(name: string): Arg<readonly (readonly unknown[])[]> {
  return {
    name,
    read(v) {
      if (Array.isArray(v) && v.every((row) => Array.isArray(row))) return ok(v as unknown[][]);
      return ok([[v]]);
    },
  };
}

/** Renames a problem's engine-level argument names to the function's own parameter names. */
export function renameProblem(
  problem: Problem,
  names: Readonly<Record<string, string>> | undefined,
): Problem {
  if (!names) return problem;
  return {
    ...problem,
    ...(problem.argument !== undefined ? { argument: names[problem.argument] ?? problem.argument } : {}),
    ...(problem.other !== undefined ? { other: names[problem.other] ?? problem.other } : {}),
  };
}
