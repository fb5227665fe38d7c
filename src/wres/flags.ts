/**
 * Yes/no flags in extracts and worksheet ranges (functions.md GROUP_COUNTS): TRUE, numbers other than 0 and
 * the text Y, Yes, True, 1 in any case are true; everything else is false.
 */

const TRUE_TEXT = new Set(["y", "yes", "true", "1"]);
const FALSE_TEXT = new Set(["n", "no", "false", "0"]);

/** The lenient reading custom functions use: anything not recognisably true is false. */
export function isTrueFlag(value: unknown): boolean {
  if (typeof value === "string") {
    // Fast path for one-character flags (Y, N, 1, 0), by far the commonest in extracts: Y, y or 1.
    if (value.length === 1) {
      const c = value.charCodeAt(0);
      return c === 89 || c === 121 || c === 49;
    }
    return value.length !== 0 && TRUE_TEXT.has(value.trim().toLowerCase());
  }
  if (typeof value === "number") return value !== 0 && value === value;
  return value === true;
}

/** A strict reading for extracts: `true`, `false`, or `undefined` when the value is neither (reported, not guessed). */
export function readFlag(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  // Fast path for the one-character flags extracts mostly hold: Y, y, 1 and N, n, 0.
  if (value.length === 1) {
    const c = value.charCodeAt(0);
    if (c === 89 || c === 121 || c === 49) return true;
    if (c === 78 || c === 110 || c === 48) return false;
    return undefined;
  }
  const text = value.trim().toLowerCase();
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return undefined;
}
