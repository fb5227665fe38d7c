/**
 * Low-numbers flag (wres.md "Small numbers"): a relative likelihood built on fewer than `threshold`
 * outcomes in either group swings from year to year and can identify individuals.
 */
import { checkNumbers, ok, type Result } from "./issues";

export const LOW_NUMBERS_THRESHOLD = 10;

/** True when either group's outcome count is below the threshold. */
export function isLowNumbers(
  groupCount: number,
  referenceCount: number,
  threshold: number = LOW_NUMBERS_THRESHOLD,
): Result<boolean> {
  const bad = checkNumbers(
    [
      [groupCount, "group_count"],
      [referenceCount, "reference_count"],
      [threshold, "threshold"],
    ],
    true,
  );
  if (bad) return bad;
  return ok(groupCount < threshold || referenceCount < threshold);
}
