/**
 * Yes/no flags in extracts and worksheet ranges (functions.md GROUP_COUNTS): TRUE, numbers other than 0 and
 * the text Y, Yes, True, 1 in any case are true; everything else is false.
 */

const TRUE_TEXT = new Set(["y", "yes", "true", "1"]);
const FALSE_TEXT = new Set(["n", "no", "false", "0"]);

/** The lenient reading custom functions use: anything not recognisably true is false. */
export function isTrueFlag(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === "number") return value !== 0 && value === value;
  if (typeof value !== "string") return false;
  // Fast path for the common spellings before normalising.
  if (value === "Y" || value === "Yes" || value === "TRUE") return true;
  if (value === "N" || value === "No" || value === "FALSE" || value === "") return false;
  return TRUE_TEXT.has(value.trim().toLowerCase());
}

/** A strict reading for extracts: `true`, `false`, or `undefined` when the value is neither (reported, not guessed). */
export function readFlag(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return undefined;
}
