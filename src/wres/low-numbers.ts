/**
 * Low-numbers flag (wres.md "Small numbers"): a relative likelihood built on fewer than `threshold`
 * outcomes in either group swings from year to year and can identify individuals.
 */
import { fail, ok, type Result } from "./issues";

export const LOW_NUMBERS_THRESHOLD = 10;

/** True when either group's outcome count is below the threshold. */
export function isLowNumbers(
  groupCount: number,
  referenceCount: number,
  threshold: number = LOW_NUMBERS_THRESHOLD,
): Result<boolean> {
  for (const [value, name] of [
    [groupCount, "group_count"],
    [referenceCount, "reference_count"],
    [threshold, "threshold"],
  ] as const) {
    if (!Number.isFinite(value)) return fail("value", "not_finite", name);
    if (value < 0) return fail("value", "negative", name, { detail: { value } });
  }
  return ok(groupCount < threshold || referenceCount < threshold);
}
