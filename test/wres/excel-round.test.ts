import { excelRound } from "../../src/wres/excel-round";

describe("excelRound", () => {
  it.each([
    // wres.md: the decimal behaviour that binary rounding gets wrong (2.675 is stored as 2.67499…)
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    // wres.md: half away from zero, not half to even
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [2.5, 0, 3],
    // Microsoft's ROUND documentation examples
    [2.15, 1, 2.2],
    [2.149, 1, 2.1],
    [-1.475, 2, -1.48],
    [21.5, -1, 20],
    [626.3, -3, 1000],
    [1.98, -1, 0],
    [-50.55, -2, -100],
    // carry through a run of nines adds a digit
    [999.5, 0, 1000],
    [9.995, 2, 10],
    // publications: relative likelihoods to 2 places, percentages to 1 place
    [1.4454413848187204, 2, 1.45],
    [40.15, 1, 40.2],
    // rounding to more places than the number has leaves it alone
    [0.125, 10, 0.125],
    // a fractional num_digits is truncated, as Excel does
    [1.2345, 2.9, 1.23],
    // zero and negative zero stay plain zero
    [0, 2, 0],
    [-0.004, 2, 0],
  ])("ROUND(%p, %p) = %p", (x, digits, expected) => {
    const r = excelRound(x, digits);
    expect(r).toEqual({ ok: true, value: expected });
    if (r.ok) expect(Object.is(r.value, -0)).toBe(false);
  });

  it("rejects a non-finite number with a problem, not a throw", () => {
    expect(excelRound(Number.NaN, 2)).toEqual({
      ok: false,
      problem: { kind: "value", code: "not_finite", argument: "number" },
    });
  });
});
