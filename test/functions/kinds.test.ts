/**
 * Argument kinds, through the registered functions: what each accepts and the message for what it refuses.
 * Counts and numbers come from cells as numbers, numeric text, booleans or blanks.
 */
import { appointmentRl, bandTable, rlCi, trend } from "../../src/functions/registered";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";

installCustomFunctionsStub();

describe("count", () => {
  it.each([
    // numbers typed as text are numbers, as in Excel's arithmetic
    [["200", " 50 ", "3e2", "40"], 1.875],
    // fractions of people are allowed (averages)
    [[200.5, 50.125, 300, 40], (50.125 * 300) / (40 * 200.5)],
  ])("APPOINTMENT_RL(%j) = %p", (args, expected) => {
    expect(appointmentRl(...(args as [unknown, unknown, unknown, unknown]))).toBe(expected);
  });

  it.each([
    [[-1, 50, 300, 40], "white_shortlisted must be zero or more (got -1)."],
    [["-1", 50, 300, 40], "white_shortlisted must be zero or more (got -1)."],
    [[200, true, 300, 40], 'white_appointed must be a number (got "true").'],
    [[200, 50, null, 40], "bme_shortlisted is required."],
    [[200, 50, 300, NaN], "bme_appointed must be a finite number."],
    // +Infinity passes the kind's quick test and is refused by the engine, which checks every count it takes
    [[Infinity, 50, 300, 40], "white_shortlisted must be a finite number."],
    [[200, 50, "1e400", 40], "bme_shortlisted must be a finite number."],
  ])("APPOINTMENT_RL(%j) is #VALUE!", (args, message) => {
    expect(excelError(() => appointmentRl(...(args as [unknown, unknown, unknown, unknown])))).toEqual({
      code: "#VALUE!",
      message,
    });
  });
});

describe("option and TRUE/FALSE", () => {
  it("reads an option in any case and spacing", () => {
    expect(rlCi(50, 200, 40, 300, null, "  KATZ ")).toEqual(rlCi(50, 200, 40, 300, null, null));
  });

  it("quotes at most the first 40 characters of a refused value", () => {
    expect(excelError(() => rlCi(50, 200, 40, 300, null, "x".repeat(100)))).toEqual({
      code: "#VALUE!",
      message: `method must be one of "katz", "adjusted", "koopman" (got "${"x".repeat(40)}…").`,
    });
    expect(excelError(() => trend(1, 2, "y".repeat(41)))).toMatchObject({
      message: expect.stringContaining(`(got "${"y".repeat(40)}…")`),
    });
  });

  it.each([
    ["TRUE", 3],
    [0, 2],
    ["false", 2],
  ])("header %p gives %i rows for one person", (header, rows) => {
    expect(bandTable([["A"]], [["Band 5"]], header)).toHaveLength(rows);
  });
});
