/**
 * Shortfall: how many more outcomes the reference group would need for its rate to reach the group's rate.
 * For indicator 2 with White as the group, the extra BME appointments parity needs.
 */
import { ok, type Result } from "./issues";
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
  const parityCount = safeCeil((groupCount * referenceTotal) / groupTotal);
  return ok(Math.max(0, parityCount - referenceCount));
}
