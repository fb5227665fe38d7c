/**
 * Confidence intervals for a relative likelihood (a of n1 against c of n0): Katz's log method, the
 * Pettigrew adjusted log method, and Koopman's score interval. References: Katz et al. (1978) Biometrics 34;
 * Pettigrew et al. (1986); Koopman (1984) Biometrics 40; Fagerland, Lydersen & Laake (2015) SMMR 24.
 */
import { fail, ok, type Result } from "./issues";
import { twoSidedZ } from "./normal-quantile";
import { checkRates, relativeLikelihood } from "./relative-likelihood";

export const CI_METHODS = ["katz", "adjusted", "koopman"] as const;
type CiMethod = (typeof CI_METHODS)[number];

type Interval = readonly [lower: number, upper: number];

export const DEFAULT_CONFIDENCE = 0.95;

export function confidenceInterval(
  a: number,
  n1: number,
  c: number,
  n0: number,
  confidence: number = DEFAULT_CONFIDENCE,
  method: CiMethod = "katz",
): Result<Interval> {
  const valid = checkRates(a, n1, c, n0);
  if (!valid.ok) return valid;
  if (!(confidence > 0 && confidence < 1)) {
    return fail("value", "out_of_range", "confidence", {
      detail: { rule: "greater than 0 and less than 1", value: confidence },
    });
  }
  const z = twoSidedZ(confidence);
  switch (method) {
    case "katz":
      return katz(a, n1, c, n0, z);
    case "adjusted":
      return logInterval(a + 0.5, n1 + 0.5, c + 0.5, n0 + 0.5, z);
    case "koopman":
      return koopman(a, n1, c, n0, z);
  }
}

function katz(a: number, n1: number, c: number, n0: number, z: number): Result<Interval> {
  if (a === 0 || c === 0) {
    return fail("na", "undefined_for_data", a === 0 ? "group_count" : "reference_count", {
      detail: {
        reason: `the Katz interval needs ${a === 0 ? "group_count" : "reference_count"} above zero (its logarithm is undefined); use method "adjusted" or "koopman"`,
      },
    });
  }
  return logInterval(a, n1, c, n0, z);
}

/** RL·exp(±z·√(1/a − 1/n1 + 1/c − 1/n0)), the ratio taken as a cross-product. */
function logInterval(a: number, n1: number, c: number, n0: number, z: number): Result<Interval> {
  const ratio = relativeLikelihood(a, n1, c, n0);
  if (!ratio.ok) return ratio;
  // Clamp at zero: when a = n1 and c = n0 the variance is 0 but rounding may make it −1e-17.
  const se = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / c - 1 / n0));
  return finiteInterval(ratio.value * Math.exp(-z * se), ratio.value * Math.exp(z * se));
}

/** Vanishingly small counts can push a limit past the largest cell value; that is reported, never Infinity. */
function finiteInterval(lower: number, upper: number): Result<Interval> {
  if (Number.isFinite(lower) && Number.isFinite(upper)) return ok([lower, upper]);
  return fail("num", "unrepresentable", undefined, {
    detail: { reason: "a limit of the interval is too large for these counts" },
  });
}

/**
 * Koopman's score statistic at a hypothesised ratio φ, signed: positive when φ is below the observed ratio.
 * Uses the restricted maximum-likelihood estimates of both proportions under p1 = φ·p2 (Miettinen &
 * Nurminen's form without their (N−1)/N variance correction, which is Koopman's interval).
 */
export function koopmanScore(x1: number, n1: number, x2: number, n2: number, phi: number): number {
  const qa = phi * (n1 + n2);
  const qb = -(phi * n1 + x1 + n2 + phi * x2);
  const qc = x1 + x2;
  // The smaller root of qa·p² + qb·p + qc, in the form that avoids cancellation when φ is tiny.
  const p2 = (2 * qc) / (-qb + Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc)));
  const p1 = p2 * phi;
  const variance = (p1 * (1 - p1)) / n1 + (phi * phi * p2 * (1 - p2)) / n2;
  const diff = x1 / n1 - (phi * x2) / n2;
  if (variance <= 0) return diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
  return diff / Math.sqrt(variance);
}

const MAX_DOUBLINGS = 1100;

function koopman(a: number, n1: number, c: number, n0: number, z: number): Result<Interval> {
  if (c === 0) {
    return fail("na", "undefined_for_data", "reference_count", {
      detail: {
        reason:
          "with reference_count zero the Koopman interval's upper limit is infinite, which a cell cannot hold",
      },
    });
  }
  const ratio = relativeLikelihood(a, n1, c, n0);
  if (!ratio.ok) return ratio;
  const estimate = ratio.value;
  const score = (phi: number): number => koopmanScore(a, n1, c, n0, phi);

  // Zero events in the group: the interval is one-sided, from 0.
  const lower = a === 0 ? 0 : solve((phi) => score(phi) - z, estimate, 0.5);
  // With a = 0 the score is near 0 (inside the interval) for φ close to 0; start well below any limit.
  const start = a === 0 ? (1e-12 * n0) / (c * n1) : estimate;
  const upper = solve((phi) => score(phi) + z, start, 2);
  if (lower === undefined || upper === undefined) {
    return fail("na", "undefined_for_data", undefined, {
      detail: { reason: "the Koopman interval has no finite limit for these counts" },
    });
  }
  return finiteInterval(lower, upper);
}

/**
 * Root of a monotone f starting from `from` (where f has one sign) and stepping by `factor` until the sign
 * changes, then bisecting on the log scale to full double precision.
 */
function solve(f: (phi: number) => number, from: number, factor: number): number | undefined {
  const startSign = Math.sign(f(from));
  if (Number.isNaN(startSign)) return undefined;
  if (startSign === 0) return from;
  let inner = from;
  let outer = from * factor;
  let steps = 0;
  for (let s = Math.sign(f(outer)); s !== -startSign; s = Math.sign(f(outer))) {
    if (Number.isNaN(s)) return undefined;
    inner = outer;
    outer *= factor;
    if (++steps > MAX_DOUBLINGS || outer === 0 || !Number.isFinite(outer)) return undefined;
  }
  let lo = Math.min(inner, outer);
  let hi = Math.max(inner, outer);
  const loSign = Math.sign(f(lo));
  for (let i = 0; i < 200; i++) {
    const mid = Math.sqrt(lo * hi);
    if (!(mid > lo && mid < hi)) break;
    const s = Math.sign(f(mid));
    if (s === 0) return mid;
    if (s === loSign) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}
