/**
 * Relative likelihood: the rate of an outcome in one group divided by the rate in a reference group, as
 * WRES indicators 2, 3 and 4 use it. Computed as the cross-product (a × n0) / (c × n1) so that a ratio of
 * whole counts is one correctly rounded division: 5 of 6 against 4 of 6 is exactly 1.25, not 1.2499999….
 */
import { fail, ok, type Result } from "./issues";

/** Checks one count against its total: finite, not negative, not above the total. */
export function checkCount(count: number, total: number, countName: string, totalName: string): Result<true> {
  // Plain statements rather than a loop over pairs: this runs on every worksheet call.
  const bad = checkFinite(count, countName) ?? checkFinite(total, totalName);
  if (bad) return bad;
  if (count > total) {
    return fail("value", "count_exceeds_total", countName, {
      other: totalName,
      detail: { value: count, total },
    });
  }
  return VALID;
}

const VALID: Result<true> = ok(true);

function checkFinite(value: number, name: string): Result<true> | undefined {
  if (!Number.isFinite(value)) return fail("value", "not_finite", name);
  if (value < 0) return fail("value", "negative", name, { detail: { value } });
  return undefined;
}

/** The arguments of a two-group comparison, in order: each group's outcome count, then its total. */
const COMPARISON_ARGUMENTS = ["group_count", "group_total", "reference_count", "reference_total"] as const;

/** Each group's count within its total, the group's first; the problem names the argument at fault. */
function checkGroups(
  groupCount: number,
  groupTotal: number,
  referenceCount: number,
  referenceTotal: number,
  names: readonly [string, string, string, string] = COMPARISON_ARGUMENTS,
): Result<true> {
  const group = checkCount(groupCount, groupTotal, names[0], names[1]);
  return group.ok ? checkCount(referenceCount, referenceTotal, names[2], names[3]) : group;
}

/** Validates the four counts of a two-group comparison; totals must be above zero. */
export function checkRates(a: number, n1: number, c: number, n0: number): Result<true> {
  const counts = checkGroups(a, n1, c, n0);
  if (!counts.ok) return counts;
  if (n1 === 0) return fail("div0", "zero_total", "group_total");
  if (n0 === 0) return fail("div0", "zero_total", "reference_total");
  return VALID;
}

/**
 * The everyday case, decided with comparisons alone: each count is 0 or between 2^-20 and 2^53, within its
 * total, and the reference count is above zero. Then no problem can arise and both cross-products stay well
 * inside the range of doubles (between 2^-40 and 2^106), so `crossRatio` is finite. Anything else is decided by
 * the full checks in `relativeLikelihood`, which name the argument at fault.
 */
export function isOrdinaryComparison(
  groupCount: number,
  groupTotal: number,
  referenceCount: number,
  referenceTotal: number,
): boolean {
  return (
    referenceCount >= ORDINARY_MIN &&
    referenceCount <= referenceTotal &&
    referenceTotal <= ORDINARY_MAX &&
    groupCount <= groupTotal &&
    groupTotal <= ORDINARY_MAX &&
    groupTotal >= ORDINARY_MIN &&
    (groupCount >= ORDINARY_MIN || groupCount === 0)
  );
}

/** Fractions of a person are allowed (averages), but not vanishingly small ones: they go the careful way. */
const ORDINARY_MIN = 2 ** -20;
/** Beyond 2^53 counts are no longer exact whole numbers, and products could leave the range of doubles. */
const ORDINARY_MAX = 2 ** 53;

/** (a × n0) / (c × n1): one correctly rounded division when the products are exact. */
export function crossRatio(
  groupCount: number,
  groupTotal: number,
  referenceCount: number,
  referenceTotal: number,
): number {
  return (groupCount * referenceTotal) / (referenceCount * groupTotal);
}

/** (groupCount / groupTotal) / (referenceCount / referenceTotal). */
export function relativeLikelihood(
  groupCount: number,
  groupTotal: number,
  referenceCount: number,
  referenceTotal: number,
): Result<number> {
  if (isOrdinaryComparison(groupCount, groupTotal, referenceCount, referenceTotal)) {
    return ok(crossRatio(groupCount, groupTotal, referenceCount, referenceTotal));
  }
  const valid = checkRates(groupCount, groupTotal, referenceCount, referenceTotal);
  if (!valid.ok) return valid;
  if (referenceCount === 0) return fail("na", "zero_reference_rate", "reference_count");
  return extremeRatio(groupCount, groupTotal, referenceCount, referenceTotal);
}

/**
 * Valid counts outside the ordinary range (vast or vanishingly small). The cross-products may overflow to
 * Infinity or underflow to 0, so the rates are divided first when they do; a ratio that still cannot be
 * represented is reported rather than shown as Infinity or NaN.
 */
function extremeRatio(
  groupCount: number,
  groupTotal: number,
  referenceCount: number,
  referenceTotal: number,
): Result<number> {
  const crossed = crossRatio(groupCount, groupTotal, referenceCount, referenceTotal);
  if (Number.isFinite(crossed) && (crossed !== 0 || groupCount === 0)) return ok(crossed);
  const ofRates = groupCount / groupTotal / (referenceCount / referenceTotal);
  if (Number.isFinite(ofRates)) return ok(ofRates);
  return fail("num", "unrepresentable", "reference_count", {
    detail: { reason: "the counts differ in size too much for the relative likelihood to be shown" },
  });
}

/**
 * Indicator 2: likelihood of White shortlisted applicants being appointed relative to BME.
 * Problems name the generic arguments (group = White, reference = BME).
 */
export function appointmentLikelihood(
  whiteShortlisted: number,
  whiteAppointed: number,
  bmeShortlisted: number,
  bmeAppointed: number,
): Result<number> {
  return relativeLikelihood(whiteAppointed, whiteShortlisted, bmeAppointed, bmeShortlisted);
}

/** Indicator 4: likelihood of White staff accessing non-mandatory training relative to BME (group = White). */
export function trainingLikelihood(
  whiteHeadcount: number,
  whiteAccessed: number,
  bmeHeadcount: number,
  bmeAccessed: number,
): Result<number> {
  return relativeLikelihood(whiteAccessed, whiteHeadcount, bmeAccessed, bmeHeadcount);
}

/** The previous year's four figures for indicator 3's two-year rolling figure. */
interface PreviousDisciplinary {
  readonly bmeHeadcount: number;
  readonly bmeEntering: number;
  readonly whiteHeadcount: number;
  readonly whiteEntering: number;
}

const PREVIOUS_DISCIPLINARY_ARGUMENTS = [
  "prev_bme_headcount",
  "prev_bme_entering",
  "prev_white_headcount",
  "prev_white_entering",
] as const;

/**
 * Indicator 3: likelihood of BME staff entering the formal disciplinary process relative to White
 * (group = BME). With the previous year, both years' entries and both years' headcounts are pooled per
 * group (wres.md), which is not the same as averaging the two yearly ratios.
 */
export function disciplinaryLikelihood(
  bmeHeadcount: number,
  bmeEntering: number,
  whiteHeadcount: number,
  whiteEntering: number,
  previous?: PreviousDisciplinary | null,
): Result<number> {
  if (!previous) return relativeLikelihood(bmeEntering, bmeHeadcount, whiteEntering, whiteHeadcount);
  const prev = checkGroups(
    previous.bmeEntering,
    previous.bmeHeadcount,
    previous.whiteEntering,
    previous.whiteHeadcount,
    ["prev_bme_entering", "prev_bme_headcount", "prev_white_entering", "prev_white_headcount"],
  );
  if (!prev.ok) return prev;
  // Only the pooled totals must be above zero: a group may have had no staff in one of the two years.
  const current = checkGroups(bmeEntering, bmeHeadcount, whiteEntering, whiteHeadcount);
  if (!current.ok) return current;
  return relativeLikelihood(
    bmeEntering + previous.bmeEntering,
    bmeHeadcount + previous.bmeHeadcount,
    whiteEntering + previous.whiteEntering,
    whiteHeadcount + previous.whiteHeadcount,
  );
}

/**
 * Builds the previous-year group from four optional values: all four or none (`incomplete_group` otherwise).
 */
export function previousDisciplinary(
  values: readonly [number | null, number | null, number | null, number | null],
): Result<PreviousDisciplinary | null> {
  const given = values.filter((v) => v !== null).length;
  if (given === 0) return ok(null);
  if (given < 4) {
    return fail("value", "incomplete_group", PREVIOUS_DISCIPLINARY_ARGUMENTS[values.indexOf(null)], {
      detail: {
        group: "prev_bme_headcount, prev_bme_entering, prev_white_headcount and prev_white_entering",
      },
    });
  }
  const [bmeHeadcount, bmeEntering, whiteHeadcount, whiteEntering] = values as readonly number[];
  return ok({ bmeHeadcount, bmeEntering, whiteHeadcount, whiteEntering });
}
