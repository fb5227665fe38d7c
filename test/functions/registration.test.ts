/**
 * dist/functions.js as Excel sees it: loaded in a fresh `vm` context whose only global is a stub
 * CustomFunctions, it must register every function of the spec, and each registered function must compute
 * the spec's figures and fail with the spec's error codes. Expected values are worked from the formulas in
 * /work/shared/spec/functions.md and wres.md, not from running the code.
 */
import {
  ensureProductionBuild,
  loadFunctions,
  type RegisteredFunction,
  type StubError,
} from "../../scripts/load-functions";
import { readSpecFunctions } from "../support/functions-spec";

const spec = readSpecFunctions();
let functions: Map<string, RegisteredFunction>;
let ErrorClass: new (code: string, message?: string) => StubError;

beforeAll(() => {
  ensureProductionBuild();
  const loaded = loadFunctions();
  functions = loaded.functions;
  ErrorClass = loaded.CustomFunctions.Error;
}, 300_000);

/** Calls a registered function with Excel's convention: omitted optional arguments arrive as null. */
function call(name: string, ...args: unknown[]): unknown {
  const fn = functions.get(name);
  if (!fn) throw new Error(`${name} is not registered`);
  const arity = spec.find((f) => f.name === name)?.parameters.length ?? args.length;
  const padded = [...args, ...new Array(Math.max(0, arity - args.length)).fill(null)];
  return fn(...padded);
}

function thrown(name: string, args: unknown[]): StubError {
  try {
    call(name, ...args);
  } catch (e) {
    return e as StubError;
  }
  throw new Error(`${name}(${JSON.stringify(args)}) did not fail`);
}

const Z95 = 1.959963984540054; // standard normal quantile for 95 % two-sided
function katz(a: number, n1: number, c: number, n0: number): [number, number] {
  const rl = (a * n0) / (c * n1);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
  return [rl * Math.exp(-Z95 * se), rl * Math.exp(Z95 * se)];
}

/** Compares numbers closely and everything else exactly, through nested arrays. */
function expectClose(actual: unknown, expected: unknown): void {
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(actual as number).toBeCloseTo(expected, 9);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e));
  } else {
    expect(actual).toEqual(expected);
  }
}

describe("registration", () => {
  it("registers exactly the sixteen spec functions", () => {
    expect(spec).toHaveLength(16);
    expect([...functions.keys()].sort()).toEqual(spec.map((f) => f.name).sort());
    for (const fn of functions.values()) expect(typeof fn).toBe("function");
  });
});

describe("valid calls through the registered functions", () => {
  it.each<[string, string, unknown[], unknown]>([
    // The spec's own example: exact cross-product, exactly on the upper bound.
    ["5 of 6 against 4 of 6 is exactly 1.25", "RELATIVE_LIKELIHOOD", [5, 6, 4, 6], 1.25],
    // Indicator 2: (50/200)/(40/300) = 15000/8000.
    ["indicator 2 White over BME", "APPOINTMENT_RL", [200, 50, 300, 40], 1.875],
    // Indicator 3, one year: (12/1000)/(24/4000).
    ["indicator 3 one year", "DISCIPLINARY_RL", [1000, 12, 4000, 24], 2],
    // Indicator 3, two years pooled: (20/1900)/(44/8100).
    [
      "indicator 3 two years pooled",
      "DISCIPLINARY_RL",
      [1000, 12, 4000, 24, 900, 8, 4100, 20],
      (20 * 8100) / (44 * 1900),
    ],
    // Indicator 4: (900/3000)/(250/1000).
    ["indicator 4 White over BME", "TRAINING_RL", [3000, 900, 1000, 250], 1.2],
    // Katz log interval, default 95 %.
    ["Katz 95 % interval as a 1×2 row", "RL_CI", [50, 200, 40, 300], [katz(50, 200, 40, 300)]],
    // Bounds are inclusive.
    ["1.25 is within range", "RL_STATUS", [1.25], "Within range"],
    ["0.80 is within range", "RL_STATUS", [0.8], "Within range"],
    ["1.26 is above range", "RL_STATUS", [1.26], "Above range"],
    ["0.79 is below range", "RL_STATUS", [0.79], "Below range"],
    // ceil(50/200 × 300) − 40 = 75 − 40.
    ["shortfall for parity", "SHORTFALL", [50, 200, 40, 300], 35],
    // Shortfall never goes below zero.
    ["no shortfall when the reference group does better", "SHORTFALL", [40, 300, 50, 200], 0],
    ["BME share of the workforce", "REPRESENTATION", [1200, 5000], 0.24],
    ["band share minus workforce share", "REPRESENTATION_GAP", [30, 200, 1200, 5000], 0.15 - 0.24],
    ["board share minus workforce share", "BOARD_GAP", [2, 12, 1200, 5000], 2 / 12 - 0.24],
    [
      "ESR values and a not-stated code",
      "ETHNIC_GROUP",
      [[["A White - British"], ["H Asian or Asian British - Indian"], ["Z"]]],
      [["White"], ["BME"], ["Unknown"]],
    ],
    // |ln 1.54| < |ln 1.61|: closer to parity.
    ["closer to parity is an improvement", "TREND", [1.61, 1.54, "parity"], "Improvement"],
    ["indicator 2 picks the parity direction", "TREND", [1.61, 1.54, 2], "Improvement"],
    ["a rise where lower is better", "TREND", [0.3, 0.32, "lower"], "Deterioration"],
    // wres.md national figures table.
    ["national indicator 2 in 2023", "NATIONAL", [2, 2023], 1.59],
    ["national indicator 3 in 2020", "NATIONAL", [3, 2020], 1.16],
    [
      "group counts by ETHNIC_GROUP",
      "GROUP_COUNTS",
      [[["A"], ["H"], ["Z"], ["C3"], ["N"]]],
      [
        ["White", 2],
        ["BME", 2],
        ["Unknown", 1],
      ],
    ],
    [
      "group counts only where the flag is true",
      "GROUP_COUNTS",
      [
        [["A"], ["H"], ["Z"], ["C3"], ["N"]],
        [["Y"], ["Y"], ["N"], [1], [false]],
      ],
      [
        ["White", 2],
        ["BME", 1],
        ["Unknown", 0],
      ],
    ],
    [
      "band table without header, bands normalised",
      "BAND_TABLE",
      [[["A"], ["H"], ["Z"], ["A"], ["N"]], [["Band 5"], ["Band 5"], ["Band 5"], ["8A"], ["Band 8a"]], false],
      [
        ["Band 5", 1, 1, 1, 3, 1 / 3, 1 / 3 - 0.4],
        ["Band 8A", 1, 1, 0, 2, 0.5, 0.5 - 0.4],
        ["Overall", 2, 2, 1, 5, 0.4, 0],
      ],
    ],
  ])("%s: %s", (_why, name, args, expected) => {
    expectClose(call(name, ...args), expected);
  });

  // Straight line from 20 (2019) to 0.24 × 200 = 48 (2028), rounded up: 2023 → 20 + 4 × 28/9 = 32.4 → 33.
  it("MODEL_EMPLOYER_GOAL for one year", () => {
    const result = call("MODEL_EMPLOYER_GOAL", 20, 200, 0.24, 2019, 2028, 2023);
    expect(Array.isArray(result) ? (result as unknown[][]).flat() : [result]).toEqual([33]);
  });

  it("MODEL_EMPLOYER_GOAL with no year gives [year, goal] rows from baseline to target", () => {
    const rows = call("MODEL_EMPLOYER_GOAL", 20, 200, 0.24, 2019, 2028) as number[][];
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual([2019, 20]);
    expect(rows[4]).toEqual([2023, 33]);
    expect(rows[9]).toEqual([2028, 48]);
  });

  it("BAND_TABLE has a header row by default", () => {
    const table = call("BAND_TABLE", [["A"]], [["Band 5"]]) as unknown[][];
    expect(table).toHaveLength(3);
    expect(table[0]).toHaveLength(7);
    expect(table[1][0]).toBe("Band 5");
    expect(table[2][0]).toBe("Overall");
  });
});

describe("invalid calls fail with CustomFunctions.Error", () => {
  // Excel shows no message with #DIV/0! (or #NUM!): the stub drops it as Excel does (undefined below).
  it.each<[string, string, unknown[], string, RegExp | undefined]>([
    ["a negative count", "RELATIVE_LIKELIHOOD", [-1, 6, 4, 6], "#VALUE!", /group_count/],
    ["appointed above shortlisted", "APPOINTMENT_RL", [200, 250, 300, 40], "#VALUE!", /white_appointed/],
    ["text where a number belongs", "TRAINING_RL", [3000, "lots", 1000, 250], "#VALUE!", /white_accessed/],
    // The comparator's likelihood is zero: the ratio is undefined.
    ["no BME appointments", "APPOINTMENT_RL", [200, 50, 300, 0], "#N/A", /\S/],
    ["a zero total", "RELATIVE_LIKELIHOOD", [0, 0, 4, 6], "#DIV/0!", undefined],
    // Previous-year arguments come all four or none.
    ["only one previous-year argument", "DISCIPLINARY_RL", [1000, 12, 4000, 24, 900], "#VALUE!", /\S/],
    ["a confidence of 1.5", "RL_CI", [50, 200, 40, 300, 1.5], "#VALUE!", /confidence/],
    ["an unknown method", "RL_CI", [50, 200, 40, 300, 0.95, "bootstrap"], "#VALUE!", /method/],
    ["a ratio that is text", "RL_STATUS", ["high"], "#VALUE!", /ratio/],
    ["a zero group total", "SHORTFALL", [0, 0, 40, 300], "#DIV/0!", undefined],
    ["a zero headcount", "REPRESENTATION", [0, 0], "#DIV/0!", undefined],
    ["a band count above its total", "REPRESENTATION_GAP", [30, 20, 1200, 5000], "#VALUE!", /band_bme/],
    ["a negative board count", "BOARD_GAP", [-2, 12, 1200, 5000], "#VALUE!", /board_bme/],
    ["an unknown direction", "TREND", [1, 2, "sideways"], "#VALUE!", /better/],
    // wres.md has no indicator 4 figure for 2016.
    ["no published figure", "NATIONAL", [4, 2016], "#N/A", /\S/],
    [
      "ranges of different heights",
      "GROUP_COUNTS",
      [
        [["A"], ["H"], ["Z"]],
        [["Y"], ["Y"]],
      ],
      "#VALUE!",
      /\S/,
    ],
    [
      "ranges of different heights",
      "BAND_TABLE",
      [
        [["A"], ["H"], ["Z"]],
        [["Band 5"], ["Band 6"]],
      ],
      "#VALUE!",
      /\S/,
    ],
    [
      "a band count above its total",
      "MODEL_EMPLOYER_GOAL",
      [30, 20, 0.24, 2019, 2028],
      "#VALUE!",
      /band_bme/,
    ],
  ])("%s: %s", (_why, name, args, code, message) => {
    const error = thrown(name, args);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.code).toBe(code);
    if (message === undefined) expect(error.message).toBeUndefined();
    else expect(error.message).toMatch(message);
  });

  // ETHNIC_GROUP accepts anything: what it cannot read is Unknown, never an error.
  it("ETHNIC_GROUP turns unreadable values into Unknown", () => {
    expect(call("ETHNIC_GROUP", [[true, 42, "", "not a code"]])).toEqual([
      ["Unknown", "Unknown", "Unknown", "Unknown"],
    ]);
  });
});
