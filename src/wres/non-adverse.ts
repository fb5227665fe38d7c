/**
 * NHS England's non-adverse range for relative likelihoods: 0.80 to 1.25, both inclusive (the four-fifths
 * rule and its reciprocal). Bounds are compared with a relative tolerance so that a ratio computed as
 * 1.2500000000000002 still counts as on the bound.
 */
import { checkNumbers, fail, ok, type Result } from "./issues";
import { nearlyEqual } from "./numeric-tolerance";

export const NON_ADVERSE_LOWER = 0.8;
export const NON_ADVERSE_UPPER = 1.25;

type RlStatus = "Within range" | "Above range" | "Below range";

export function rlStatus(
  ratio: number,
  lower = NON_ADVERSE_LOWER,
  upper = NON_ADVERSE_UPPER,
): Result<RlStatus> {
  const bad = checkNumbers([
    [ratio, "ratio"],
    [lower, "lower"],
    [upper, "upper"],
  ]);
  if (bad) return bad;
  // A relative likelihood is a ratio of two rates, never below zero: a negative one is a typing or formula slip.
  if (ratio < 0) return fail("value", "negative", "ratio", { detail: { value: ratio } });
  if (lower > upper) {
    return fail("value", "out_of_range", "lower", {
      detail: { rule: `no larger than upper (${upper})`, value: lower },
    });
  }
  if (ratio < lower && !nearlyEqual(ratio, lower)) return ok("Below range");
  if (ratio > upper && !nearlyEqual(ratio, upper)) return ok("Above range");
  return ok("Within range");
}
