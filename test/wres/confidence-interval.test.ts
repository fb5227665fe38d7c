import { confidenceInterval, koopmanScore } from "../../src/wres/confidence-interval";

const close = (actual: number, expected: number, tolerance: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
};

describe("confidenceInterval — Katz log method", () => {
  it.each([
    // SciPy relative_risk docs: 27 of 122 against 44 of 487, 95 % interval
    [27, 122, 44, 487, 0.95, 1.5836990927, 3.7886786315, 1e-9],
    // SciPy RelativeRiskResult.confidence_interval docs: 10 of 75 against 12 of 225
    [10, 75, 12, 225, 0.95, 1.1261564003469628, 5.549850800541033, 1e-12],
    // Fagerland, Lydersen & Laake (contingencytables) Perondi 2004: 7 of 34 against 1 of 34
    [7, 34, 1, 34, 0.95, 0.9096, 53.8695, 5e-5],
  ])("%p/%p vs %p/%p at %p → [%p, %p]", (a, n1, c, n0, conf, lower, upper, tol) => {
    const r = confidenceInterval(a, n1, c, n0, conf, "katz");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    close(r.value[0], lower, tol);
    close(r.value[1], upper, tol);
  });

  it("is the single point [1, 1] when both groups all have the outcome (zero variance)", () => {
    expect(confidenceInterval(6, 6, 6, 6)).toEqual({ ok: true, value: [1, 1] });
  });

  it.each([
    // log of zero is undefined, so Katz has no interval: #N/A with a reason pointing to the other methods
    [0, 10, 3, 10, "group_count"],
    [3, 10, 0, 10, "reference_count"],
  ])("%p/%p vs %p/%p → #N/A undefined_for_data", (a, n1, c, n0, argument) => {
    const r = confidenceInterval(a, n1, c, n0, 0.95, "katz");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ kind: "na", code: "undefined_for_data", argument });
    expect(String(r.problem.detail?.reason)).toContain(`${argument} above zero`);
  });
});

describe("confidenceInterval — adjusted (Pettigrew) log method", () => {
  it("matches contingencytables' Adjusted_log_CI_2x2 for Perondi 2004 (0.9241 to 27.0523)", () => {
    const r = confidenceInterval(7, 34, 1, 34, 0.95, "adjusted");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    close(r.value[0], 0.9241, 5e-5);
    close(r.value[1], 27.0523, 5e-5);
  });

  it("is defined with zero counts (½ is added to every count)", () => {
    // hand-worked: ratio (0.5/10.5)/(3.5/10.5) = 1/7; SE = √(1/0.5 − 1/10.5 + 1/3.5 − 1/10.5)
    const se = Math.sqrt(2 - 2 / 10.5 + 1 / 3.5);
    const z = 1.959963984540054;
    const r = confidenceInterval(0, 10, 3, 10, 0.95, "adjusted");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    close(r.value[0], (1 / 7) * Math.exp(-z * se), 1e-12);
    close(r.value[1], (1 / 7) * Math.exp(z * se), 1e-12);
  });
});

/**
 * Independent check of Koopman's interval: at each limit φ the Pearson chi-square of the 2×2 table, with
 * expected counts from the maximum-likelihood proportions under p1 = φ·p2, equals the chi-square critical
 * value z². The restricted MLE here is found by golden-section search on the log-likelihood, not by the
 * closed form the engine uses.
 */
function restrictedChiSquare(x1: number, n1: number, x2: number, n2: number, phi: number): number {
  const logLik = (p2: number): number => {
    const p1 = phi * p2;
    const term = (x: number, n: number, p: number): number =>
      (x > 0 ? x * Math.log(p) : 0) + (n - x > 0 ? (n - x) * Math.log(1 - p) : 0);
    return term(x1, n1, p1) + term(x2, n2, p2);
  };
  let lo = 1e-15;
  let hi = Math.min(1, 1 / phi) - 1e-15;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 300; i++) {
    const m1 = hi - g * (hi - lo);
    const m2 = lo + g * (hi - lo);
    if (logLik(m1) < logLik(m2)) lo = m1;
    else hi = m2;
  }
  const p2 = (lo + hi) / 2;
  const p1 = phi * p2;
  const cell = (x: number, n: number, p: number): number =>
    (x - n * p) ** 2 / (n * p) + (x - n * p) ** 2 / (n * (1 - p));
  return cell(x1, n1, p1) + cell(x2, n2, p2);
}

describe("confidenceInterval — Koopman score interval", () => {
  it("matches the published Koopman interval for Perondi 2004 (7/34 vs 1/34: 1.2209 to 42.5757)", () => {
    // Fagerland, Lydersen & Laake, Statistical Analysis of Contingency Tables (2017), via contingencytables tests
    const r = confidenceInterval(7, 34, 1, 34, 0.95, "koopman");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    close(r.value[0], 1.2209, 5e-5);
    close(r.value[1], 42.5757, 5e-5);
  });

  it.each([
    // SciPy's example table, a large-sample case
    [27, 122, 44, 487],
    // sample trust indicator 2 counts (White 575/2008 vs BME 419/2115)
    [575, 2008, 419, 2115],
    // small counts where the score and Katz intervals differ most
    [5, 6, 4, 6],
    // zero in the group: one-sided interval, only the upper limit is a root
    [0, 16, 15, 72],
  ])("%p/%p vs %p/%p: the chi-square at each finite limit is z²", (a, n1, c, n0) => {
    const r = confidenceInterval(a, n1, c, n0, 0.95, "koopman");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [lower, upper] = r.value;
    const z2 = 1.959963984540054 ** 2; // 3.841458820694124, χ²₁ at 95 %
    if (a > 0) close(restrictedChiSquare(a, n1, c, n0, lower), z2, 1e-6);
    close(restrictedChiSquare(a, n1, c, n0, upper), z2, 1e-6);
    const estimate = (a * n0) / (c * n1);
    expect(lower).toBeLessThanOrEqual(estimate);
    expect(upper).toBeGreaterThan(estimate);
  });

  it("starts at exactly 0 when the group count is zero (Ritland 2007: 0/16 vs 15/72)", () => {
    const r = confidenceInterval(0, 16, 15, 72, 0.95, "koopman");
    expect(r.ok && r.value[0]).toBe(0);
    expect(r.ok && Number.isFinite(r.value[1])).toBe(true);
  });

  it("refuses an infinite upper limit (reference count zero) with #N/A and a reason", () => {
    expect(confidenceInterval(3, 10, 0, 10, 0.95, "koopman")).toEqual({
      ok: false,
      problem: {
        kind: "na",
        code: "undefined_for_data",
        argument: "reference_count",
        detail: {
          reason:
            "with reference_count zero the Koopman interval's upper limit is infinite, which a cell cannot hold",
        },
      },
    });
  });

  it("has a score of zero at the observed ratio", () => {
    expect(Math.abs(koopmanScore(27, 122, 44, 487, (27 * 487) / (44 * 122)))).toBeLessThan(1e-9);
  });
});

describe("confidenceInterval — shared rules", () => {
  it("widens as the confidence level rises", () => {
    const r90 = confidenceInterval(27, 122, 44, 487, 0.9);
    const r99 = confidenceInterval(27, 122, 44, 487, 0.99);
    expect(r90.ok && r99.ok).toBe(true);
    if (!r90.ok || !r99.ok) return;
    expect(r99.value[0]).toBeLessThan(r90.value[0]);
    expect(r99.value[1]).toBeGreaterThan(r90.value[1]);
  });

  it.each([0, 1, -0.5, 95])("rejects confidence %p with out_of_range", (confidence) => {
    expect(confidenceInterval(27, 122, 44, 487, confidence)).toEqual({
      ok: false,
      problem: {
        kind: "value",
        code: "out_of_range",
        argument: "confidence",
        detail: { rule: "greater than 0 and less than 1", value: confidence },
      },
    });
  });

  it("checks the counts first (count above total, zero total)", () => {
    expect(confidenceInterval(7, 6, 4, 6)).toMatchObject({
      ok: false,
      problem: { code: "count_exceeds_total" },
    });
    expect(confidenceInterval(0, 0, 4, 6)).toMatchObject({
      ok: false,
      problem: { kind: "div0", code: "zero_total" },
    });
  });
});
