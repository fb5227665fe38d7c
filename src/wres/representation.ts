/**
 * Representation figures: indicator 1 (BME share of a band against the whole workforce) and indicator 9
 * (BME share of the board against the whole workforce). Totals include staff of unknown ethnicity, so that
 * White, BME and Unknown shares add up to 100 %.
 */
import { fail, ok, type Result } from "./issues";
import { checkCount } from "./relative-likelihood";

/** BME count ÷ total headcount (a fraction). */
export function representation(bmeCount: number, totalHeadcount: number): Result<number> {
  const valid = checkCount(bmeCount, totalHeadcount, "bme_count", "total_headcount");
  if (!valid.ok) return valid;
  if (totalHeadcount === 0) return fail("div0", "zero_total", "total_headcount");
  return ok(bmeCount / totalHeadcount);
}

/**
 * part share − whole share as one fraction, (b·W − w·B) / (B·W), so a gap of whole counts is correctly
 * rounded: the sample trust's voting-board gap is exactly −409/6000.
 */
function shareGap(
  partBme: number,
  partTotal: number,
  wholeBme: number,
  wholeTotal: number,
  names: readonly [string, string, string, string],
): Result<number> {
  const part = checkCount(partBme, partTotal, names[0], names[1]);
  if (!part.ok) return part;
  const whole = checkCount(wholeBme, wholeTotal, names[2], names[3]);
  if (!whole.ok) return whole;
  if (partTotal === 0) return fail("div0", "zero_total", names[1]);
  if (wholeTotal === 0) return fail("div0", "zero_total", names[3]);
  const crossed = (partBme * wholeTotal - wholeBme * partTotal) / (partTotal * wholeTotal);
  // Both shares lie between 0 and 1, so their plain difference is always finite when vast or tiny counts
  // overflow or underflow the cross-products.
  return ok(Number.isFinite(crossed) ? crossed : partBme / partTotal - wholeBme / wholeTotal);
}

/** Indicator 1: a band's BME share minus the overall workforce's, in fraction points. */
export function representationGap(
  bandBme: number,
  bandTotal: number,
  workforceBme: number,
  workforceTotal: number,
): Result<number> {
  return shareGap(bandBme, bandTotal, workforceBme, workforceTotal, [
    "band_bme",
    "band_total",
    "workforce_bme",
    "workforce_total",
  ]);
}

/** Indicator 9: the board's BME share minus the overall workforce's (negative = board less diverse). */
export function boardGap(
  boardBme: number,
  boardTotal: number,
  workforceBme: number,
  workforceTotal: number,
): Result<number> {
  return shareGap(boardBme, boardTotal, workforceBme, workforceTotal, [
    "board_bme",
    "board_total",
    "workforce_bme",
    "workforce_total",
  ]);
}
