import fc from "fast-check";
import {
  appointmentLikelihood,
  crossRatio,
  isOrdinaryComparison,
  disciplinaryLikelihood,
  previousDisciplinary,
  relativeLikelihood,
  trainingLikelihood,
} from "../../src/wres/relative-likelihood";
import { fraction, sampleTrust } from "../support/sample-trust";

const { counts, indicators, indicators_exact: exact } = sampleTrust;

describe("relativeLikelihood", () => {
  it.each([
    // functions.md: 5 of 6 against 4 of 6 is exactly 1.25 (the naive (5/6)/(4/6) gives 1.2499999999999998)
    [5, 6, 4, 6, 1.25],
    // reciprocal case, exactly on the lower bound of the non-adverse range
    [4, 6, 5, 6, 0.8],
    // SciPy relative_risk documentation example
    [27, 122, 44, 487, 2.4495156482861],
    [10, 75, 12, 225, 2.5],
    // a group with no outcomes has likelihood 0, which is defined
    [0, 10, 3, 10, 0],
    // fractions of people (averages) are allowed
    [2.5, 10, 5, 10, 0.5],
  ])("RL(%p of %p against %p of %p) = %p", (a, n1, c, n0, expected) => {
    const r = relativeLikelihood(a, n1, c, n0);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Math.abs(r.value - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it("is exactly 1.25 for 5 of 6 against 4 of 6", () => {
    expect(relativeLikelihood(5, 6, 4, 6)).toEqual({ ok: true, value: 1.25 });
  });

  it.each([
    // count above its total → #VALUE!, naming both
    [
      [7, 6, 4, 6],
      {
        kind: "value",
        code: "count_exceeds_total",
        argument: "group_count",
        other: "group_total",
        detail: { value: 7, total: 6 },
      },
    ],
    [
      [1, 6, 9, 8],
      {
        kind: "value",
        code: "count_exceeds_total",
        argument: "reference_count",
        other: "reference_total",
        detail: { value: 9, total: 8 },
      },
    ],
    // negative counts → #VALUE!
    [[-1, 6, 4, 6], { kind: "value", code: "negative", argument: "group_count", detail: { value: -1 } }],
    [[1, 6, 4, -6], { kind: "value", code: "negative", argument: "reference_total", detail: { value: -6 } }],
    // a total of zero → #DIV/0!
    [[0, 0, 4, 6], { kind: "div0", code: "zero_total", argument: "group_total" }],
    [[1, 6, 0, 0], { kind: "div0", code: "zero_total", argument: "reference_total" }],
    // comparator rate of zero → #N/A
    [[1, 6, 0, 6], { kind: "na", code: "zero_reference_rate", argument: "reference_count" }],
    // non-finite input
    [[Number.NaN, 6, 4, 6], { kind: "value", code: "not_finite", argument: "group_count" }],
  ] as const)("RL(%p) fails with %p", (args, problem) => {
    expect(relativeLikelihood(...(args as unknown as [number, number, number, number]))).toEqual({
      ok: false,
      problem,
    });
  });
});

describe("WRES indicators 2–4 on the sample trust (exact fractions from expected.json)", () => {
  it("indicator 2: White shortlisted → appointed relative to BME", () => {
    const r = appointmentLikelihood(
      counts.shortlisted.White,
      counts.appointed.White,
      counts.shortlisted.BME,
      counts.appointed.BME,
    );
    expect(r).toEqual({ ok: true, value: fraction(exact["2_appointment_rl"]) });
    expect(r).toEqual({ ok: true, value: indicators["2_appointment_rl"] });
  });

  it("indicator 3, current year: BME entering disciplinary relative to White", () => {
    const r = disciplinaryLikelihood(
      counts.headcount.BME,
      counts.disciplinary.BME,
      counts.headcount.White,
      counts.disciplinary.White,
    );
    expect(r).toEqual({ ok: true, value: fraction(exact["3_disciplinary_rl_current_year"]) });
  });

  it("indicator 3, two-year: both years' entries and headcounts pooled per group", () => {
    const r = disciplinaryLikelihood(
      counts.headcount.BME,
      counts.disciplinary.BME,
      counts.headcount.White,
      counts.disciplinary.White,
      {
        bmeHeadcount: counts.prev_headcount.BME,
        bmeEntering: counts.prev_disciplinary.BME,
        whiteHeadcount: counts.prev_headcount.White,
        whiteEntering: counts.prev_disciplinary.White,
      },
    );
    expect(r).toEqual({ ok: true, value: fraction(exact["3_disciplinary_rl_two_year"]) });
  });

  it("indicator 4: White accessing training relative to BME", () => {
    const r = trainingLikelihood(
      counts.headcount.White,
      counts.training.White,
      counts.headcount.BME,
      counts.training.BME,
    );
    expect(r).toEqual({ ok: true, value: fraction(exact["4_training_rl"]) });
  });
});

describe("disciplinaryLikelihood previous year", () => {
  it("pools rather than averaging the two ratios", () => {
    // (2+1)/(10+10) ÷ (1+3)/(10+10) = 0.75, whereas the mean of 2 and 1/3 would be 1.1666…
    const r = disciplinaryLikelihood(10, 2, 10, 1, {
      bmeHeadcount: 10,
      bmeEntering: 1,
      whiteHeadcount: 10,
      whiteEntering: 3,
    });
    expect(r).toEqual({ ok: true, value: 0.75 });
  });

  it("accepts a group with no staff in one year when the pooled total is above zero", () => {
    // BME (0+2)/(0+10) = 0.2 against White (1+1)/(10+10) = 0.1 → 2
    const r = disciplinaryLikelihood(0, 0, 10, 1, {
      bmeHeadcount: 10,
      bmeEntering: 2,
      whiteHeadcount: 10,
      whiteEntering: 1,
    });
    expect(r).toEqual({ ok: true, value: 2 });
  });

  it("checks each previous-year count against its own headcount", () => {
    const r = disciplinaryLikelihood(10, 2, 10, 1, {
      bmeHeadcount: 3,
      bmeEntering: 4,
      whiteHeadcount: 10,
      whiteEntering: 3,
    });
    expect(r).toEqual({
      ok: false,
      problem: {
        kind: "value",
        code: "count_exceeds_total",
        argument: "prev_bme_entering",
        other: "prev_bme_headcount",
        detail: { value: 4, total: 3 },
      },
    });
  });

  it.each([
    // none given → current year only
    [[null, null, null, null], { ok: true, value: null }],
    // all four → the group
    [
      [1, 2, 3, 4],
      { ok: true, value: { bmeHeadcount: 1, bmeEntering: 2, whiteHeadcount: 3, whiteEntering: 4 } },
    ],
  ] as const)("previousDisciplinary(%p)", (values, expected) => {
    expect(previousDisciplinary(values)).toEqual(expected);
  });

  it("rejects a partial previous year as incomplete_group naming the first missing argument", () => {
    expect(previousDisciplinary([1, 2, null, 4])).toEqual({
      ok: false,
      problem: {
        kind: "value",
        code: "incomplete_group",
        argument: "prev_white_headcount",
        detail: {
          group: "prev_bme_headcount, prev_bme_entering, prev_white_headcount and prev_white_entering",
        },
      },
    });
  });
});

describe("relativeLikelihood at the edges of the number range", () => {
  it.each([
    // equal rates give 1 however large the counts (the cross-products would overflow to Infinity ÷ Infinity)
    [1e200, 1e200, 1e200, 1e200, 1],
    // rates 1 and 1e-200: 1e200 (the cross-product's divisor would underflow to 0)
    [1e-200, 1e-200, 1e-200, 1, 1e200],
    // rates 0.5 and 0.25 with counts near the top of the range
    [5e307, 1e308, 2.5e307, 1e308, 2],
    // rates 5e-324 (the smallest double) and 0.5: 1e-323, where 5e-324 × 0.5 would underflow to 0
    [Number.MIN_VALUE, 1, 0.25, 0.5, 1e-323],
  ])("RL(%p of %p against %p of %p) = %p, not NaN or Infinity", (a, n1, c, n0, expected) => {
    const r = relativeLikelihood(a, n1, c, n0);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it("a likelihood beyond the largest spreadsheet number is a #NUM! problem, not Infinity", () => {
    // rates 1 and 1e-400: the true ratio is 1e400
    const r = relativeLikelihood(1, 1, 1e-200, 1e200);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ kind: "num", code: "unrepresentable" });
  });
});

describe("the ordinary path (isOrdinaryComparison and crossRatio)", () => {
  const anyCount = fc.oneof(
    fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 4_000_000 }).map((n) => n / 4),
    fc.constantFrom(0, 2 ** -20, 2 ** -21, 2 ** 53, 2 ** 53 + 2, Number.MIN_VALUE, NaN, Infinity, -1),
  );

  // Mostly ordered pairs (count within its total), a good share of them everyday whole counts, so that the
  // ordinary case is common among the inputs.
  const everyday = fc
    .integer({ min: 1, max: 10_000 })
    .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
  const pair = fc.oneof(
    { weight: 2, arbitrary: everyday },
    { weight: 2, arbitrary: fc.tuple(anyCount, anyCount).map(([x, y]) => (x <= y ? [x, y] : [y, x])) },
    { weight: 1, arbitrary: fc.tuple(anyCount, anyCount) },
  );

  it("holds only where the full calculation succeeds, and then gives the same finite value", () => {
    let ordinary = 0;
    fc.assert(
      fc.property(pair, pair, ([a, n1], [c, n0]) => {
        if (!isOrdinaryComparison(a, n1, c, n0)) return;
        ordinary++;
        const full = relativeLikelihood(a, n1, c, n0);
        expect(full.ok).toBe(true);
        const value = crossRatio(a, n1, c, n0);
        expect(Number.isFinite(value)).toBe(true);
        if (full.ok) expect(full.value).toBe(value);
      }),
      { numRuns: 2000 },
    );
    // About a third of the inputs are ordinary; requiring a tenth leaves a wide margin for the random draw.
    expect(ordinary).toBeGreaterThan(200);
  });

  it("holds for everyday whole counts", () => {
    expect(isOrdinaryComparison(5, 6, 4, 6)).toBe(true);
    expect(isOrdinaryComparison(0, 10, 3, 10)).toBe(true);
  });

  it.each([
    ["a count above its total", [7, 6, 4, 6]],
    ["a zero reference count", [5, 6, 0, 6]],
    ["a zero group total", [0, 0, 4, 6]],
    ["a negative count", [-1, 6, 4, 6]],
    ["NaN", [NaN, 6, 4, 6]],
    ["an infinite total", [5, Infinity, 4, 6]],
    ["a vast total", [5, 1e300, 4, 6]],
  ])("does not hold for %s (the full checks decide)", (_, [a, n1, c, n0]) => {
    expect(isOrdinaryComparison(a, n1, c, n0)).toBe(false);
  });
});
