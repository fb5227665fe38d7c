/**
 * Year-on-year trend of a WRES figure, read in the direction that is better for that indicator
 * (wres.md, "Better" column).
 */
import { WRES_INDICATORS, type Better } from "./indicators";
import { checkNumbers, fail, ok, type Result } from "./issues";
import { nearlyEqual } from "./numeric-tolerance";

type Trend = "Improvement" | "Deterioration" | "No change";

/** Maps a direction word or an indicator number (1–9, wres.md's "Better" column) to a direction. */
export function betterDirection(better: Better | number): Result<Better> {
  if (typeof better === "string") return ok(better);
  const direction = Number.isInteger(better) ? WRES_INDICATORS[better - 1]?.better : undefined;
  return direction
    ? ok(direction)
    : fail("value", "out_of_range", "better", {
        detail: { rule: "a whole number from 1 to 9", value: better },
      });
}

/** How far a figure is from its ideal; smaller is better. */
function distance(value: number, better: Better): number {
  switch (better) {
    case "higher":
      return -value;
    case "lower":
      return value;
    case "parity":
      // On the log scale 0.8 and 1.25 are equally far from parity; a ratio of 0 is infinitely far.
      return Math.abs(Math.log(value));
    case "zero":
      return Math.abs(value);
  }
}

/**
 * "Improvement", "Deterioration" or "No change" from previous to current. Changes no larger than
 * `tolerance` (in the figure's own units) are "No change", as are changes within float noise.
 */
export function trend(
  previous: number,
  current: number,
  better: Better | number,
  tolerance = 0,
): Result<Trend> {
  const bad = checkNumbers([
    [previous, "previous"],
    [current, "current"],
    [tolerance, "tolerance"],
  ]);
  if (bad) return bad;
  if (tolerance < 0) return fail("value", "negative", "tolerance", { detail: { value: tolerance } });
  const direction = betterDirection(better);
  if (!direction.ok) return direction;
  if (direction.value === "parity") {
    for (const [value, name] of [
      [previous, "previous"],
      [current, "current"],
    ] as const) {
      if (value < 0) return fail("value", "negative", name, { detail: { value } });
    }
  }
  const change = Math.abs(current - previous);
  // 1.5 − 1.45 is 0.05000000000000004 in binary; a change equal to the tolerance is still "no larger than it".
  if (change <= tolerance || nearlyEqual(change, tolerance) || nearlyEqual(current, previous))
    return ok("No change");
  const before = distance(previous, direction.value);
  const after = distance(current, direction.value);
  if (before === after || nearlyEqual(before, after)) return ok("No change");
  return ok(after < before ? "Improvement" : "Deterioration");
}
