import { rlStatus } from "../../src/wres/non-adverse";

describe("rlStatus (non-adverse range 0.80–1.25, inclusive)", () => {
  it.each([
    // exactly 1.25 → Within range (5 of 6 vs 4 of 6)
    [1.25, "Within range"],
    // exactly 0.80 → Within range
    [0.8, "Within range"],
    // float noise on a bound still counts as on it (relative tolerance 1e-9)
    [1.2500000000000002, "Within range"],
    [5 / 6 / (4 / 6), "Within range"],
    [0.7999999999999999, "Within range"],
    // parity
    [1, "Within range"],
    // just outside beyond tolerance
    [1.2500001, "Above range"],
    [0.7999999, "Below range"],
    // sample trust indicator 2 (1.445…) is adverse to BME staff
    [1.4454413848187204, "Above range"],
    [0, "Below range"],
  ])("%p → %p", (ratio, expected) => {
    expect(rlStatus(ratio)).toEqual({ ok: true, value: expected });
  });

  it.each([
    // custom bounds, inclusive
    [0.9, 0.9, 1.1, "Within range"],
    [1.15, 0.9, 1.1, "Above range"],
    [0.85, 0.9, 1.1, "Below range"],
  ])("%p with bounds %p–%p → %p", (ratio, lower, upper, expected) => {
    expect(rlStatus(ratio, lower, upper)).toEqual({ ok: true, value: expected });
  });

  it("rejects bounds in the wrong order", () => {
    expect(rlStatus(1, 1.25, 0.8)).toEqual({
      ok: false,
      problem: {
        kind: "value",
        code: "out_of_range",
        argument: "lower",
        detail: { rule: "no larger than upper (0.8)", value: 1.25 },
      },
    });
  });

  it("rejects a non-finite ratio", () => {
    expect(rlStatus(Number.POSITIVE_INFINITY)).toEqual({
      ok: false,
      problem: { kind: "value", code: "not_finite", argument: "ratio" },
    });
  });
});
