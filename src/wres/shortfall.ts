/**
 * Shortfall: how many more outcomes the reference group would need for its rate to reach the group's rate.
 * For indicator 2 with White as the group, the extra BME appointments parity needs.
 */
import { fail, ok, type Result } from "./issues";
import { safeCeil } from "./numeric-tolerance";
import { checkRates } from "./relative-likelihood";

/** ceil(a / n1 × n0) − c, never below 0; a × n0 / n1 is one division so whole-number cases stay exact. */
export function shortfall(
  groupCount: number,
  groupTotal: number,
  referenceCount: number,
  referenceTotal: number,
): Result<number> {
  const valid = checkRates(groupCount, groupTotal, referenceCount, referenceTotal);
  if (!valid.ok) return valid;
  const crossed = (groupCount * referenceTotal) / groupTotal;
  // Vast counts overflow the product; the rate times the total then gives the same figure.
  const parity = Number.isFinite(crossed) ? crossed : (groupCount / groupTotal) * referenceTotal;
  if (!Number.isFinite(parity)) {
    return fail("num", "unrepresentable", "reference_total", {
      detail: { reason: "the counts are too large for the shortfall to be shown" },
    });
  }
  return ok(Math.max(0, safeCeil(parity) - referenceCount));
}
