import { isLowNumbers } from "../../src/wres/low-numbers";

describe("isLowNumbers (wres.md: outcome count below 10 in either group)", () => {
  it.each([
    // 9 is below the default threshold of 10
    [9, 50, undefined, true],
    [50, 9, undefined, true],
    // exactly 10 is not low
    [10, 10, undefined, false],
    // sample trust disciplinary counts (29 BME, 21 White) are not low
    [29, 21, undefined, false],
    // configurable threshold
    [29, 21, 25, true],
    [5, 5, 5, false],
  ])("(%p, %p, threshold %p) → %p", (a, c, threshold, expected) => {
    expect(isLowNumbers(a, c, threshold)).toEqual({ ok: true, value: expected });
  });

  it("rejects a negative count", () => {
    expect(isLowNumbers(-1, 5)).toEqual({
      ok: false,
      problem: { kind: "value", code: "negative", argument: "group_count", detail: { value: -1 } },
    });
  });
});
