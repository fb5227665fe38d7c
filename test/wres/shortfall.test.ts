import { shortfall } from "../../src/wres/shortfall";
import { sampleTrust } from "../support/sample-trust";

describe("shortfall", () => {
  const { shortlisted, appointed } = sampleTrust.counts;

  it.each([
    // 5 of 6 vs 4 of 6: parity needs 5 of 6, so one more; 5×6/6 = 5 exactly, no spurious extra
    [5, 6, 4, 6, 1],
    // sample trust indicator 2: 575/2008 × 2115 = 605.64… → 606 − 419 = 187 more BME appointments
    [appointed.White, shortlisted.White, appointed.BME, shortlisted.BME, 187],
    // reference already at or above parity → 0, never negative
    [1, 10, 5, 10, 0],
    [5, 10, 5, 10, 0],
    // float noise: 0.14 × 100 = 14.000000000000002 must not ceil to 15 (average counts)
    [0.14, 1, 10, 100, 4],
    // a group with no outcomes needs nothing
    [0, 10, 0, 10, 0],
    // exact cross-product: 3/7 × 14 = 6 exactly
    [3, 7, 2, 14, 4],
  ])("SHORTFALL(%p, %p, %p, %p) = %p", (a, n1, c, n0, expected) => {
    expect(shortfall(a, n1, c, n0)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [[0, 0, 1, 10], { kind: "div0", code: "zero_total", argument: "group_total" }],
    [[1, 10, 0, 0], { kind: "div0", code: "zero_total", argument: "reference_total" }],
    [
      [11, 10, 1, 10],
      {
        kind: "value",
        code: "count_exceeds_total",
        argument: "group_count",
        other: "group_total",
        detail: { value: 11, total: 10 },
      },
    ],
  ] as const)("SHORTFALL(%p) fails with %p", (args, problem) => {
    expect(shortfall(...(args as unknown as [number, number, number, number]))).toEqual({
      ok: false,
      problem,
    });
  });
});
