/**
 * Every worked example in the declarations (the help page shows them, the pane shows the first and Insert
 * writes it) gives the result it states, through the registered function as Excel calls it: ranges as 2-D
 * arrays, left-out optional arguments as null. The working in each example is hand-worked from functions.md
 * and wres.md; this checks the stated figure against the code, so the help cannot drift from what cells show.
 */
import { ALL_FUNCTIONS } from "../../src/functions/all-functions";
import { registeredName } from "../../src/functions/declaration";
import { excelArguments } from "../../src/functions/examples";
import * as registered from "../../src/functions/registered";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";

installCustomFunctionsStub();

const functions = registered as unknown as Record<string, (...args: unknown[]) => unknown>;

/** Equal, numbers to 12 significant figures (examples state 1 / 3 where the engine divides differently). */
function expectSame(actual: unknown, expected: unknown): void {
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(expected)),
    );
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => expectSame((actual as unknown[])[i], e));
  } else {
    expect(actual).toEqual(expected);
  }
}

const cases = ALL_FUNCTIONS.flatMap((fn) => fn.help.examples.map((e, i) => [fn.name, i + 1, fn, e] as const));

describe("worked examples", () => {
  it.each(cases)("%s example %i gives its stated result", (name, _i, fn, example) => {
    const call = functions[registeredName(name)];
    expect(typeof call).toBe("function");
    expectSame(call(...excelArguments(fn, example)), example.result);
  });

  // functions.md: "one worked example with numbers" (ETHNIC_GROUP's are codes and labels).
  it.each(ALL_FUNCTIONS.filter((f) => f.result.type.startsWith("number")).map((f) => [f.name, f] as const))(
    "%s's worked example shows its working with numbers",
    (_name, fn) => {
      expect(fn.help.examples[0].working).toMatch(/\d[^]*\d[^]*\d/);
    },
  );
});
