/** Properties that must hold for every input, checked on random cases with fast-check. */
import fc from "fast-check";
import { confidenceInterval } from "../../src/wres/confidence-interval";
import { modelEmployerGoals } from "../../src/wres/model-employer";
import { rlStatus } from "../../src/wres/non-adverse";
import { relativeLikelihood } from "../../src/wres/relative-likelihood";
import { shortfall } from "../../src/wres/shortfall";

/** A count and a pool it fits in, both whole numbers, pool ≥ 1. */
const rate = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const positiveRate = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n)));

describe("engine properties", () => {
  it("swapping the groups gives the reciprocal, so the non-adverse status mirrors (0.8 ↔ 1.25)", () => {
    fc.assert(
      fc.property(positiveRate, positiveRate, ([a, n1], [c, n0]) => {
        const forward = relativeLikelihood(a, n1, c, n0);
        const backward = relativeLikelihood(c, n0, a, n1);
        if (!forward.ok || !backward.ok) return false;
        const mirrored = {
          "Within range": "Within range",
          "Above range": "Below range",
          "Below range": "Above range",
        };
        const s1 = rlStatus(forward.value);
        const s2 = rlStatus(backward.value);
        return (
          Math.abs(forward.value * backward.value - 1) < 1e-15 &&
          s1.ok &&
          s2.ok &&
          mirrored[s1.value] === s2.value
        );
      }),
    );
  });

  it("every interval method brackets the ratio it is built around", () => {
    fc.assert(
      fc.property(
        positiveRate,
        positiveRate,
        fc.constantFrom("katz", "koopman") as fc.Arbitrary<"katz" | "koopman">,
        ([a, n1], [c, n0], method) => {
          const rl = (a * n0) / (c * n1);
          const ci = confidenceInterval(a, n1, c, n0, 0.95, method);
          if (!ci.ok) return false;
          const [lower, upper] = ci.value;
          return (
            lower <= rl * (1 + 1e-12) && rl <= upper * (1 + 1e-12) && Number.isFinite(upper) && lower >= 0
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the shortfall, added to the reference group, reaches the group's rate and one fewer does not", () => {
    fc.assert(
      fc.property(rate, positiveRate, ([a, n1], [c, n0]) => {
        const s = shortfall(a, n1, c, n0);
        if (!s.ok) return false;
        if (s.value === 0) return c * n1 >= a * n0 || a === 0;
        // integer arithmetic: (c + s)/n0 ≥ a/n1 and (c + s − 1)/n0 < a/n1
        return (c + s.value) * n1 >= a * n0 && (c + s.value - 1) * n1 < a * n0;
      }),
    );
  });

  it("Model Employer goals rise year by year to ceil(target) when the target is above the baseline", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 15 }),
        (bandTotal, share, span) => {
          const bandBme = Math.floor((share * bandTotal) / 2);
          const goals = modelEmployerGoals({
            bandBme,
            bandTotal,
            targetShare: share,
            baselineYear: 2019,
            targetYear: 2019 + span,
          });
          if (!goals.ok) return false;
          const values = goals.value.map(([, g]) => g);
          const rising = values.every((g, i) => i === 0 || g >= values[i - 1]);
          return rising && values[0] === bandBme && values[values.length - 1] >= share * bandTotal - 1e-9;
        },
      ),
    );
  });
});
