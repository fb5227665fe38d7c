import { normalQuantile, twoSidedZ } from "../../src/wres/normal-quantile";

describe("normalQuantile (AS 241)", () => {
  // Reference values: R qnorm / SciPy norm.ppf, quoted to 15–16 significant digits.
  it.each([
    [0.975, 1.959963984540054], // the 95 % critical value every interval uses
    [0.995, 2.5758293035489004], // 99 %
    [0.95, 1.6448536269514722], // 90 %
    [0.9, 1.2815515655446004],
    [0.5, 0], // centre exactly 0
    [0.025, -1.959963984540054], // symmetry
    [1e-10, -6.361340902404056], // far tail, the third branch of AS 241
  ])("Φ⁻¹(%p) = %p", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-13 * Math.max(1, Math.abs(z)));
  });

  it("gives the two-sided critical value from a confidence level", () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959963984540054, 13);
    expect(twoSidedZ(0.99)).toBeCloseTo(2.5758293035489004, 13);
  });
});
