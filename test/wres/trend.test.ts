import { betterDirection, trend } from "../../src/wres/trend";

describe("trend", () => {
  it.each([
    // higher is better (indicator 1, 7)
    [0.2, 0.25, "higher", 0, "Improvement"],
    [0.25, 0.2, "higher", 0, "Deterioration"],
    // lower is better (indicators 5, 6, 8)
    [0.3, 0.25, "lower", 0, "Improvement"],
    [0.25, 0.3, "lower", 0, "Deterioration"],
    // parity on the log scale: 1.6 → 1.3 is closer to 1
    [1.6, 1.3, "parity", 0, "Improvement"],
    // 0.8 and 1.25 are equally far from 1 on the log scale → No change
    [0.8, 1.25, "parity", 0, "No change"],
    // 1.2 → 0.7: |ln 0.7| = 0.357 > |ln 1.2| = 0.182, worse although nearer 1 in plain difference… (0.3 vs 0.2)
    [1.2, 0.7, "parity", 0, "Deterioration"],
    // 1.3 → 0.8: |ln 0.8| = 0.223 < |ln 1.3| = 0.262 → Improvement even though 0.8 is further below 1 than 1.3 is above on a plain scale
    [1.3, 0.8, "parity", 0, "Improvement"],
    // a ratio of 0 is infinitely far from parity
    [0, 0.5, "parity", 0, "Improvement"],
    // zero is better (indicator 9 board gap): −0.10 → 0.05 is closer to 0
    [-0.1, 0.05, "zero", 0, "Improvement"],
    [-0.05, 0.1, "zero", 0, "Deterioration"],
    // tolerance: changes no larger than it are No change (inclusive)
    [1.5, 1.45, "parity", 0.05, "No change"],
    [1.5, 1.44, "parity", 0.05, "Improvement"],
    // identical figures
    [1.2, 1.2, "higher", 0, "No change"],
    // float noise is not a change
    [0.3, 0.1 + 0.2, "lower", 0, "No change"],
  ] as const)("%p → %p, better %p, tolerance %p: %p", (previous, current, better, tolerance, expected) => {
    expect(trend(previous, current, better, tolerance)).toEqual({ ok: true, value: expected });
  });

  it.each([
    // wres.md "Better" column
    [1, "higher"],
    [2, "parity"],
    [3, "parity"],
    [4, "parity"],
    [5, "lower"],
    [6, "lower"],
    [7, "higher"],
    [8, "lower"],
    [9, "zero"],
  ])("indicator %p is better %p", (indicator, direction) => {
    expect(betterDirection(indicator)).toEqual({ ok: true, value: direction });
  });

  it("reads the direction from an indicator number (indicator 2: 1.61 → 1.54 is an improvement)", () => {
    expect(trend(1.61, 1.54, 2)).toEqual({ ok: true, value: "Improvement" });
    // indicator 7, equal opportunities: higher is better
    expect(trend(0.45, 0.4, 7)).toEqual({ ok: true, value: "Deterioration" });
  });

  it.each([0, 10, 2.5])("rejects indicator %p", (indicator) => {
    expect(trend(1, 2, indicator)).toEqual({
      ok: false,
      problem: {
        kind: "value",
        code: "out_of_range",
        argument: "better",
        detail: { rule: "a whole number from 1 to 9", value: indicator },
      },
    });
  });

  it("rejects a negative tolerance and a negative ratio for parity", () => {
    expect(trend(1, 2, "higher", -1)).toEqual({
      ok: false,
      problem: { kind: "value", code: "negative", argument: "tolerance", detail: { value: -1 } },
    });
    expect(trend(-1, 2, "parity")).toEqual({
      ok: false,
      problem: { kind: "value", code: "negative", argument: "previous", detail: { value: -1 } },
    });
  });
});
