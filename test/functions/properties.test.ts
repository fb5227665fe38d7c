/**
 * Properties of every registered function in dist/functions.js, over arbitrary worksheet inputs (numbers
 * including NaN, ±Infinity, negatives and huge values; text; booleans; blanks; ranges, ragged ones too):
 * a function either returns a value Excel can show (no NaN, no Infinity, no undefined; 2-D results
 * rectangular) or throws the runtime's CustomFunctions.Error with an Excel code and a message. Never
 * anything else (spec: "No function ever returns NaN, Infinity, undefined or throws a raw exception").
 */
import fc from "fast-check";
import { ALL_FUNCTIONS } from "../../src/functions/all-functions";
import {
  CODES_WITHOUT_MESSAGE,
  ensureProductionBuild,
  loadFunctions,
  type RegisteredFunction,
  type StubError,
} from "../../scripts/load-functions";
import { readSpecFunctions } from "../support/functions-spec";

const spec = readSpecFunctions();
const EXCEL_ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"];
let functions: Map<string, RegisteredFunction>;
let ErrorClass: new (code: string, message?: string) => StubError;

beforeAll(() => {
  ensureProductionBuild();
  const loaded = loadFunctions();
  functions = loaded.functions;
  ErrorClass = loaded.CustomFunctions.Error;
}, 300_000);

const awkwardNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 1000 }),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1e-300,
    1e300,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    NaN,
    Infinity,
    -Infinity,
  ),
);
// Words the functions give meaning to, so that some inputs get past validation.
const meaningfulText = fc.constantFrom(
  "A",
  "H",
  "Z",
  "C3",
  "99",
  "A White - British",
  "Band 5",
  "8A",
  "VSM",
  "Consultants",
  "katz",
  "adjusted",
  "koopman",
  "higher",
  "lower",
  "parity",
  "zero",
  "Y",
  "No",
  "TRUE",
  "12",
  " 3.5 ",
  "1e400",
);
const cell = fc.oneof(
  { weight: 4, arbitrary: awkwardNumber },
  { weight: 2, arbitrary: meaningfulText },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, "", undefined) },
);
const rectangle = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );
// Excel never passes an empty range, so every array here has at least one row and one cell per row.
const ragged = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
const nested = fc.array(
  fc.array(
    fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })),
    {
      minLength: 1,
      maxLength: 2,
    },
  ),
  { minLength: 1, maxLength: 3 },
);
const argument = fc.oneof({ weight: 5, arbitrary: cell }, { weight: 3, arbitrary: rectangle });
// Ragged and nested arrays never come from a worksheet range, but other callers (scripts, tests, the pane)
// can pass them; the result must still be showable.
const oddArgument = fc.oneof(
  { weight: 3, arbitrary: cell },
  { weight: 1, arbitrary: rectangle },
  { weight: 2, arbitrary: ragged },
  { weight: 2, arbitrary: nested },
);

type Outcome = { kind: "value"; value: unknown } | { kind: "error"; error: unknown };
function attempt(fn: RegisteredFunction, args: unknown[]): Outcome {
  try {
    return { kind: "value", value: fn(...args) };
  } catch (error) {
    return { kind: "error", error };
  }
}

/** A value Excel can show: finite numbers, text, booleans, null; arrays only as rectangular 2-D ranges. */
function problemWithValue(value: unknown): string | undefined {
  const scalarProblem = (v: unknown): string | undefined => {
    if (v === undefined) return "undefined";
    if (typeof v === "number" && !Number.isFinite(v)) return `non-finite number ${v}`;
    if (v !== null && !["number", "string", "boolean"].includes(typeof v)) return `a ${typeof v} value`;
    return undefined;
  };
  if (!Array.isArray(value)) return scalarProblem(value);
  if (value.length === 0) return "an empty array";
  if (!value.every((row) => Array.isArray(row))) return "a 1-D array";
  const width = (value[0] as unknown[]).length;
  if (width === 0) return "an empty row";
  for (const row of value as unknown[][]) {
    if (row.length !== width) return "a ragged 2-D array";
    for (const v of row) {
      const p = scalarProblem(v);
      if (p) return p;
    }
  }
  return undefined;
}

function check(name: string, args: unknown[]): void {
  const fn = functions.get(name) as RegisteredFunction;
  const outcome = attempt(fn, args);
  if (outcome.kind === "value") {
    const problem = problemWithValue(outcome.value);
    if (problem) throw new Error(`${name} returned ${problem} for ${JSON.stringify(args)}`);
    return;
  }
  const error = outcome.error as StubError;
  if (!(error instanceof ErrorClass))
    throw new Error(`${name} threw a raw ${String(error)} for ${JSON.stringify(args)}`);
  expect(EXCEL_ERROR_CODES).toContain(error.code);
  seen(name).add(error.code);
  // Excel shows a message only with #VALUE! and #N/A (the stub drops the others', as Excel does).
  if (CODES_WITHOUT_MESSAGE.includes(error.code)) expect(error.message).toBeUndefined();
  else expect(error.message.length).toBeGreaterThan(0);
}

/** The error codes each function returned over every input tried in this file. */
const codesSeen = new Map<string, Set<string>>();
const seen = (name: string): Set<string> => {
  if (!codesSeen.has(name)) codesSeen.set(name, new Set());
  return codesSeen.get(name) as Set<string>;
};

describe("every registered function, arbitrary inputs", () => {
  it.each(spec.map((f) => [f.name, f.parameters.length]))(
    "%s returns a showable value or a CustomFunctions.Error",
    (name, arity) => {
      expect(functions.has(name)).toBe(true);
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => check(name, args)),
        { numRuns: 300 },
      );
    },
  );

  it.each(spec.map((f) => [f.name, f.parameters.length]))(
    "%s also copes with ragged and nested arrays",
    (name, arity) => {
      fc.assert(
        fc.property(fc.array(oddArgument, { minLength: arity, maxLength: arity }), (args) =>
          check(name, args),
        ),
        { numRuns: 200 },
      );
    },
  );

  // Arguments Excel passes for omitted optionals are null; trailing nulls must behave like any other input.
  it.each(spec.map((f) => [f.name, f.parameters.length]))(
    "%s copes with every argument blank",
    (name, arity) => {
      check(name, new Array(arity).fill(null));
      check(name, new Array(arity).fill(""));
    },
  );
});

describe("numeric functions on valid counts", () => {
  const countPair = fc
    .integer({ min: 1, max: 100000 })
    .chain((total) => fc.tuple(fc.integer({ min: 1, max: total }), fc.constant(total)));

  // Cross-products keep exact ratios exact: k of n against k of n is parity whatever the pools.
  it("RELATIVE_LIKELIHOOD is finite, positive, and 1 for equal rates", () => {
    const fn = functions.get("RELATIVE_LIKELIHOOD") as RegisteredFunction;
    fc.assert(
      fc.property(countPair, countPair, fc.integer({ min: 1, max: 50 }), ([a, n1], [c, n0], m) => {
        const rl = fn(a, n1, c, n0) as number;
        expect(Number.isFinite(rl) && rl > 0).toBe(true);
        expect(fn(a, n1, a * m, n1 * m)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it("RL_CI brackets the relative likelihood", () => {
    const ci = functions.get("RL_CI") as RegisteredFunction;
    const rlFn = functions.get("RELATIVE_LIKELIHOOD") as RegisteredFunction;
    fc.assert(
      fc.property(
        countPair,
        countPair,
        fc.constantFrom(null, "katz", "adjusted", "koopman"),
        ([a, n1], [c, n0], method) => {
          const outcome = attempt(ci, [a, n1, c, n0, null, method]);
          if (outcome.kind === "error") {
            expect(outcome.error).toBeInstanceOf(ErrorClass);
            return;
          }
          const [[lower, upper]] = outcome.value as number[][];
          const rl = rlFn(a, n1, c, n0) as number;
          expect(Number.isFinite(lower) && Number.isFinite(upper)).toBe(true);
          expect(lower).toBeLessThanOrEqual(upper);
          if (method !== "adjusted") {
            expect(lower).toBeLessThanOrEqual(rl * (1 + 1e-9));
            expect(upper).toBeGreaterThanOrEqual(rl * (1 - 1e-9));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

// Independent random arguments rarely make all four counts vast or vanishingly small together, which is where
// cross-products overflow to Infinity or underflow to 0. A full grid over such values covers those corners.
describe("numeric functions at the edges of the number range (every combination)", () => {
  const edges = [0, 1, 3, 0.5, 2 ** 53, 1e200, 1e-200, Number.MAX_VALUE, Number.MIN_VALUE];
  function* grid(k: number): Generator<number[]> {
    for (let i = 0; i < edges.length ** k; i++) {
      const args: number[] = [];
      for (let j = 0, x = i; j < k; j++, x = Math.floor(x / edges.length)) args.push(edges[x % edges.length]);
      yield args;
    }
  }

  it.each([
    "RELATIVE_LIKELIHOOD",
    "APPOINTMENT_RL",
    "TRAINING_RL",
    "SHORTFALL",
    "REPRESENTATION_GAP",
    "BOARD_GAP",
  ])("%s", (name) => {
    for (const args of grid(4)) check(name, args);
  });

  it("DISCIPLINARY_RL with and without the previous year", () => {
    for (const args of grid(4)) {
      check("DISCIPLINARY_RL", args);
      check("DISCIPLINARY_RL", [...args, 1e200, 1e200, 1e-200, 1e-200]);
      check("DISCIPLINARY_RL", [...args, ...args]);
    }
  });

  it.each(["katz", "adjusted", "koopman"])("RL_CI, method %s", (method) => {
    for (const args of grid(4)) {
      for (const confidence of [null, 0.5, 0.999999]) check("RL_CI", [...args, confidence, method]);
    }
  });

  it("REPRESENTATION, RL_STATUS and MODEL_EMPLOYER_GOAL", () => {
    for (const args of grid(3)) {
      check("REPRESENTATION", args.slice(0, 2));
      check("RL_STATUS", args);
      check("MODEL_EMPLOYER_GOAL", [args[0], args[1], args[2], 2019, 2028, null]);
    }
  });
});

// #DIV/0! and #NUM! carry no message in Excel, so the help must say when each function returns them; every
// error code a function returned above must be explained in its help (the old help left out #NUM! for the
// relative likelihoods, RL_CI and SHORTFALL).
describe("every error a function returned is explained in its help", () => {
  it.each(ALL_FUNCTIONS.map((f) => [f.name, f] as const))("%s", (name, fn) => {
    const documented = Object.keys(fn.help.errors).sort();
    expect([...seen(name)].filter((code) => !documented.includes(code))).toEqual([]);
  });
});
