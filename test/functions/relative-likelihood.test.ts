import {
  appointmentRl,
  disciplinaryRl,
  relativeLikelihood,
  rlCi,
  rlStatus,
  shortfall,
  trainingRl,
} from "../../src/functions/registered";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";
import { fraction, sampleTrust } from "../support/sample-trust";

beforeAll(() => {
  installCustomFunctionsStub();
});

const { counts, indicators_exact: exact } = sampleTrust;

describe("RELATIVE_LIKELIHOOD", () => {
  it("5 of 6 against 4 of 6 is exactly 1.25 (functions.md)", () => {
    expect(relativeLikelihood(5, 6, 4, 6)).toBe(1.25);
  });

  it("accepts numbers typed as text, as Excel arithmetic does", () => {
    expect(relativeLikelihood("5", " 6 ", "4", "6")).toBe(1.25);
  });

  it.each([
    // negative count
    [[-1, 6, 4, 6], "#VALUE!", "group_count must be zero or more (got -1)."],
    // count above its total, checked before computing
    [[7, 6, 4, 6], "#VALUE!", "group_count (7) cannot be larger than group_total (6)."],
    // text where a number belongs: our message, not Excel's bare #VALUE!
    [[5, "six", 4, 6], "#VALUE!", 'group_total must be a number (got "six").'],
    // a boolean is not a count
    [[5, 6, true, 6], "#VALUE!", 'reference_count must be a number (got "true").'],
    // an empty cell
    [[5, 6, 4, ""], "#VALUE!", "reference_total is required."],
    // zero total → #DIV/0!
    [[0, 0, 4, 6], "#DIV/0!", undefined],
    // zero comparator → #N/A
    [
      [5, 6, 0, 6],
      "#N/A",
      "reference_count is zero, so the comparator's rate is zero and the relative likelihood is undefined.",
    ],
  ])("RELATIVE_LIKELIHOOD(%p) → %s", (args, code, message) => {
    expect(excelError(() => relativeLikelihood(...(args as [unknown, unknown, unknown, unknown])))).toEqual({
      code,
      message,
    });
  });
});

describe("APPOINTMENT_RL (indicator 2)", () => {
  it("gives the sample trust's exact figure 1216125/841352", () => {
    const { shortlisted, appointed } = counts;
    expect(appointmentRl(shortlisted.White, appointed.White, shortlisted.BME, appointed.BME)).toBe(
      fraction(exact["2_appointment_rl"]),
    );
  });

  it.each([
    [[5, 6, 6, 4], "#VALUE!", "white_appointed (6) cannot be larger than white_shortlisted (5)."],
    [[6, 5, -6, 4], "#VALUE!", "bme_shortlisted must be zero or more (got -6)."],
    // engine problems are renamed to this function's parameters
    [[0, 0, 6, 4], "#DIV/0!", undefined],
    [
      [6, 5, 6, 0],
      "#N/A",
      "bme_appointed is zero, so the comparator's rate is zero and the relative likelihood is undefined.",
    ],
  ])("APPOINTMENT_RL(%p) → %s", (args, code, message) => {
    expect(excelError(() => appointmentRl(...(args as [unknown, unknown, unknown, unknown])))).toEqual({
      code,
      message,
    });
  });
});

describe("DISCIPLINARY_RL (indicator 3)", () => {
  const { headcount, disciplinary, prev_headcount: ph, prev_disciplinary: pd } = counts;

  it("current year: exactly 99238/50589 for the sample trust", () => {
    expect(disciplinaryRl(headcount.BME, disciplinary.BME, headcount.White, disciplinary.White)).toBe(
      fraction(exact["3_disciplinary_rl_current_year"]),
    );
  });

  it("optional arguments left out arrive as null from Excel", () => {
    expect(
      disciplinaryRl(
        headcount.BME,
        disciplinary.BME,
        headcount.White,
        disciplinary.White,
        null,
        null,
        null,
        null,
      ),
    ).toBe(fraction(exact["3_disciplinary_rl_current_year"]));
  });

  it("two-year: pooled counts and headcounts give exactly 45045/21137", () => {
    expect(
      disciplinaryRl(
        headcount.BME,
        disciplinary.BME,
        headcount.White,
        disciplinary.White,
        ph.BME,
        pd.BME,
        ph.White,
        pd.White,
      ),
    ).toBe(fraction(exact["3_disciplinary_rl_two_year"]));
  });

  it("previous-year arguments come all four or none (#VALUE!)", () => {
    expect(excelError(() => disciplinaryRl(100, 5, 100, 4, 100, 5, null, null))).toEqual({
      code: "#VALUE!",
      message:
        "prev_bme_headcount, prev_bme_entering, prev_white_headcount and prev_white_entering must be given all together or not at all.",
    });
  });

  it("checks previous-year counts against their headcounts", () => {
    expect(excelError(() => disciplinaryRl(100, 5, 100, 4, 3, 5, 100, 4))).toEqual({
      code: "#VALUE!",
      message: "prev_bme_entering (5) cannot be larger than prev_bme_headcount (3).",
    });
  });

  it("names white_entering when the comparator rate is zero", () => {
    expect(excelError(() => disciplinaryRl(100, 5, 100, 0))).toEqual({
      code: "#N/A",
      message:
        "white_entering is zero, so the comparator's rate is zero and the relative likelihood is undefined.",
    });
  });
});

describe("TRAINING_RL (indicator 4)", () => {
  it("gives the sample trust's exact figure 614295/511589", () => {
    const { headcount, training } = counts;
    expect(trainingRl(headcount.White, training.White, headcount.BME, training.BME)).toBe(
      fraction(exact["4_training_rl"]),
    );
  });

  it("names its own arguments in errors", () => {
    expect(excelError(() => trainingRl(10, 11, 10, 5))).toEqual({
      code: "#VALUE!",
      message: "white_accessed (11) cannot be larger than white_headcount (10).",
    });
    expect(excelError(() => trainingRl(10, 1, 0, 0))).toEqual({
      code: "#DIV/0!",
      message: undefined, // Excel shows no message with #DIV/0!
    });
  });
});

describe("RL_CI", () => {
  it("defaults to a 95 % Katz interval, as a 1×2 row (SciPy's example 27/122 vs 44/487)", () => {
    const result = rlCi(27, 122, 44, 487, null, null);
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(2);
    expect(Math.abs(result[0][0] - 1.5836990927)).toBeLessThan(1e-9);
    expect(Math.abs(result[0][1] - 3.7886786315)).toBeLessThan(1e-9);
  });

  it("takes the method in any case and spacing (Koopman, Perondi 2004: 1.2209 to 42.5757)", () => {
    const [[lower, upper]] = rlCi(7, 34, 1, 34, 0.95, " Koopman ");
    expect(Math.abs(lower - 1.2209)).toBeLessThan(5e-5);
    expect(Math.abs(upper - 42.5757)).toBeLessThan(5e-5);
  });

  it("adjusted method (Perondi 2004: 0.9241 to 27.0523)", () => {
    const [[lower, upper]] = rlCi(7, 34, 1, 34, null, "adjusted");
    expect(Math.abs(lower - 0.9241)).toBeLessThan(5e-5);
    expect(Math.abs(upper - 27.0523)).toBeLessThan(5e-5);
  });

  it("gives a one-sided Koopman interval from 0 when the group count is zero", () => {
    const [[lower, upper]] = rlCi(0, 16, 15, 72, null, "koopman");
    expect(lower).toBe(0);
    expect(Number.isFinite(upper)).toBe(true);
  });

  it.each([
    [
      [27, 122, 44, 487, null, "wald"],
      "#VALUE!",
      'method must be one of "katz", "adjusted", "koopman" (got "wald").',
    ],
    [[27, 122, 44, 487, 95, null], "#VALUE!", "confidence must be greater than 0 and less than 1 (got 95)."],
    [[27, 122, 44, 487, "high", null], "#VALUE!", 'confidence must be a number (got "high").'],
    [
      [0, 10, 3, 10, null, "katz"],
      "#N/A",
      'The figure is undefined for these data: the Katz interval needs group_count above zero (its logarithm is undefined); use method "adjusted" or "koopman".',
    ],
    [
      [3, 10, 0, 10, null, "koopman"],
      "#N/A",
      "The figure is undefined for these data: with reference_count zero the Koopman interval's upper limit is infinite, which a cell cannot hold.",
    ],
    [[3, 0, 1, 10, null, null], "#VALUE!", "group_count (3) cannot be larger than group_total (0)."],
    [[0, 10, 1, 0, null, null], "#VALUE!", "reference_count (1) cannot be larger than reference_total (0)."],
    [[0, 10, 0, 0, null, null], "#DIV/0!", undefined],
  ])("RL_CI(%p) → %s", (args, code, message) => {
    expect(
      excelError(() => rlCi(...(args as [unknown, unknown, unknown, unknown, unknown, unknown]))),
    ).toEqual({
      code,
      message,
    });
  });
});

describe("RL_STATUS", () => {
  it.each([
    // 1.25 exactly, computed by the function itself: inside
    [relativeLikelihood(5, 6, 4, 6), null, null, "Within range"],
    [0.8, null, null, "Within range"],
    [1.26, null, null, "Above range"],
    [0.79, null, null, "Below range"],
    // custom bounds
    [1.2, 0.9, 1.1, "Above range"],
  ])("RL_STATUS(%p, %p, %p) = %p", (ratio, lower, upper, expected) => {
    expect(rlStatus(ratio, lower, upper)).toBe(expected);
  });

  // Issue 11: a relative likelihood is never negative; -1.2 used to be "Below range".
  it.each([[-1.2], ["-0.5"]])("rejects a negative ratio %p with #VALUE!", (ratio) => {
    expect(excelError(() => rlStatus(ratio))).toEqual({
      code: "#VALUE!",
      message: `ratio must be zero or more (got ${Number(ratio)}).`,
    });
  });

  it("rejects text as the ratio", () => {
    expect(excelError(() => rlStatus("n/a"))).toEqual({
      code: "#VALUE!",
      message: 'ratio must be a number (got "n/a").',
    });
  });
});

describe("SHORTFALL", () => {
  it.each([
    // one more BME appointment makes 5 of 6 vs 5 of 6
    [5, 6, 4, 6, 1],
    // sample trust indicator 2: ceil(575/2008 × 2115) − 419 = 606 − 419
    [counts.appointed.White, counts.shortlisted.White, counts.appointed.BME, counts.shortlisted.BME, 187],
    // never below 0
    [1, 10, 9, 10, 0],
  ])("SHORTFALL(%p, %p, %p, %p) = %p", (a, n1, c, n0, expected) => {
    expect(shortfall(a, n1, c, n0)).toBe(expected);
  });

  it.each([
    [[1, 0, 1, 10], "#VALUE!", "group_count (1) cannot be larger than group_total (0)."],
    [[0, 0, 1, 10], "#DIV/0!", undefined],
    [[1, 10, false, 10], "#VALUE!", 'reference_count must be a number (got "false").'],
  ])("SHORTFALL(%p) → %s", (args, code, message) => {
    expect(excelError(() => shortfall(...(args as [unknown, unknown, unknown, unknown])))).toEqual({
      code,
      message,
    });
  });
});
