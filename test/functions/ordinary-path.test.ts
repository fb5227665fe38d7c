/**
 * The four-count functions take a short path for plain numbers (run4 with the engine's ordinary path) and the
 * full path for everything else. The same numbers typed as text always take the full path, so comparing the two
 * shows the short path gives exactly what the full reading, checking and calculation give: the same value, or
 * the same error and message.
 */
import fc from "fast-check";
import { appointmentRl, relativeLikelihood, trainingRl } from "../../src/functions/relative-likelihood";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";

beforeAll(() => {
  installCustomFunctionsStub();
});

type Four = (a: unknown, b: unknown, c: unknown, d: unknown) => number;

function outcome(f: Four, args: readonly unknown[]): { value: number } | { code: string; message: string } {
  try {
    return { value: f(args[0], args[1], args[2], args[3]) };
  } catch {
    return excelError(() => f(args[0], args[1], args[2], args[3]));
  }
}

// Counts as Excel passes them: whole numbers, fractions, the edges of the ordinary range and beyond it, and
// out-of-rule values (negative), never -0 (which has no text form of its own) nor NaN or Infinity (not text).
const anyCount = fc.oneof(
  fc.integer({ min: 0, max: 5_000 }),
  fc.integer({ min: 0, max: 400_000 }).map((n) => n / 8),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
  fc.constantFrom(2 ** -20, 2 ** -21, 2 ** 53, 2 ** 53 + 2, 1e-300, 1e300),
);
const ordered = fc.tuple(anyCount, anyCount).map(([x, y]) => (x <= y ? [x, y] : [y, x]));
const fourCounts = fc.oneof(
  fc.tuple(ordered, ordered).map(([[a, b], [c, d]]) => [b, a, d, c]), // totals first, as in APPOINTMENT_RL
  fc.tuple(ordered, ordered).map(([[a, b], [c, d]]) => [a, b, c, d]), // counts first, as in RELATIVE_LIKELIHOOD
  fc.tuple(anyCount, anyCount, anyCount, anyCount),
);

describe.each([
  ["RELATIVE_LIKELIHOOD", relativeLikelihood as Four],
  ["APPOINTMENT_RL", appointmentRl as Four],
  ["TRAINING_RL", trainingRl as Four],
])("%s: numbers and the same numbers as text", (_, f) => {
  it("give the same value or the same error and message", () => {
    let values = 0;
    fc.assert(
      fc.property(fourCounts, (args) => {
        const short = outcome(f, args);
        const full = outcome(f, args.map(String));
        expect(short).toEqual(full);
        if ("value" in short) {
          values++;
          expect(Number.isFinite(short.value)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(values).toBeGreaterThan(500);
  });
});

describe("a likelihood too large for a spreadsheet number", () => {
  it("is #NUM! with a message, on both paths", () => {
    const expected = {
      code: "#NUM!",
      message:
        "The result is too large or too small for a spreadsheet number: the counts differ in size too much " +
        "for the relative likelihood to be shown.",
    };
    expect(excelError(() => relativeLikelihood(1, 1, 1e-200, 1e200))).toEqual(expected);
    expect(excelError(() => relativeLikelihood("1", "1", "1e-200", "1e200"))).toEqual(expected);
  });
});
