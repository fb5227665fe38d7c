import { national, trend } from "../../src/functions/registered";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";

beforeAll(() => {
  installCustomFunctionsStub();
});

describe("TREND", () => {
  it.each([
    // words, any case
    [0.2, 0.25, "Higher", null, "Improvement"],
    [0.3, 0.35, "lower", null, "Deterioration"],
    // parity on the log scale: 0.8 and 1.25 are equally far from 1
    [0.8, 1.25, "parity", null, "No change"],
    [-0.1, -0.05, "zero", null, "Improvement"],
    // indicator numbers pick the direction from wres.md: 2 parity, 5 lower, 7 higher, 9 zero
    [1.61, 1.54, 2, null, "Improvement"],
    [0.25, 0.28, 5, null, "Deterioration"],
    [0.4, 0.45, 7, null, "Improvement"],
    [-0.05, -0.1, 9, null, "Deterioration"],
    // an indicator number typed as text
    [1.61, 1.54, "2", null, "Improvement"],
    // tolerance: a change of exactly 0.05 is no change
    [1.5, 1.45, "parity", 0.05, "No change"],
  ])("TREND(%p, %p, %p, %p) = %p", (previous, current, better, tolerance, expected) => {
    expect(trend(previous, current, better, tolerance)).toBe(expected);
  });

  it.each([
    [
      [1, 2, "better", null],
      "#VALUE!",
      'better must be one of "higher", "lower", "parity", "zero" or an indicator number 1 to 9 (got "better").',
    ],
    [[1, 2, 10, null], "#VALUE!", "better must be a whole number from 1 to 9 (got 10)."],
    [
      [1, 2, true, null],
      "#VALUE!",
      'better must be one of "higher", "lower", "parity", "zero" or an indicator number 1 to 9 (got "true").',
    ],
    [[1, 2, "higher", -0.1], "#VALUE!", "tolerance must be zero or more (got -0.1)."],
    [["last year", 2, "higher", null], "#VALUE!", 'previous must be a number (got "last year").'],
    [[1, "", "higher", null], "#VALUE!", "current is required."],
  ])("TREND(%p) → %s", (args, code, message) => {
    expect(excelError(() => trend(...(args as [unknown, unknown, unknown, unknown])))).toEqual({
      code,
      message,
    });
  });
});

describe("NATIONAL", () => {
  it.each([
    // wres.md table cells
    [1, 2016, 0.177],
    [2, 2023, 1.59],
    [3, 2018, 1.24],
    [4, 2020, 1.14],
    [1, 2024, 0.286],
  ])("NATIONAL(%p, %p) = %p", (indicator, year, expected) => {
    expect(national(indicator, year)).toBe(expected);
  });

  it.each([
    // a dash in the table
    [
      [4, 2018],
      "#N/A",
      "The add-in holds no national figure for indicator 4 in 2018; it holds figures for 2020, 2021, 2022 and 2023.",
    ],
    // a year the table does not list: NHS England did publish a 2019 report; the add-in holds no figure for it
    [
      [2, 2019],
      "#N/A",
      "The add-in holds no national figure for indicator 2 in 2019; it holds figures for 2016, 2018, 2020, 2021, 2022 and 2023.",
    ],
    // staff survey indicators have no national column
    [
      [6, 2022],
      "#N/A",
      "The add-in holds no national figure for indicator 6; it holds national figures for indicators 1 to 4 only.",
    ],
    [[12, 2022], "#VALUE!", "indicator must be a whole number from 1 to 9 (got 12)."],
    [[2.5, 2022], "#VALUE!", "indicator must be a whole number (got 2.5)."],
  ])("NATIONAL(%p) → %s", (args, code, message) => {
    expect(excelError(() => national(args[0], args[1]))).toEqual({ code, message });
  });
});
