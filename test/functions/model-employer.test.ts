import { modelEmployerGoal } from "../../src/functions/registered";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";

beforeAll(() => {
  installCustomFunctionsStub();
});

/*
 * Hand-worked: 10 BME of 100 in 2019, target 40 % by 2028 → target 40, rising 30/9 = 3⅓ a year, rounded up:
 * 2019 10, 2020 14, 2021 17, 2022 20, 2023 24, 2024 27, 2025 30, 2026 34, 2027 37, 2028 40.
 */
describe("MODEL_EMPLOYER_GOAL", () => {
  it("lists [year, goal] rows when year is left out (null from Excel)", () => {
    expect(modelEmployerGoal(10, 100, 0.4, 2019, 2028, null)).toEqual([
      [2019, 10],
      [2020, 14],
      [2021, 17],
      [2022, 20],
      [2023, 24],
      [2024, 27],
      [2025, 30],
      [2026, 34],
      [2027, 37],
      [2028, 40],
    ]);
  });

  it.each([
    [2020, 14],
    [2022, 20],
    [2028, 40],
  ])("gives one year's goal as a single cell: %p → %p", (year, goal) => {
    expect(modelEmployerGoal(10, 100, 0.4, 2019, 2028, year)).toEqual([[goal]]);
  });

  it("does not round float noise up: 0.14 × 100 is 14 people", () => {
    expect(modelEmployerGoal(14, 100, 0.14, 2020, 2028, 2028)).toEqual([[14]]);
  });

  it.each([
    [[101, 100, 0.4, 2019, 2028, null], "#VALUE!", "band_bme (101) cannot be larger than band_total (100)."],
    [
      [10, 100, 40, 2019, 2028, null],
      "#VALUE!",
      "target_share must be a fraction from 0 to 1, such as 0.25 for 25 % (got 40).",
    ],
    [
      [10, 100, 0.4, 2028, 2019, null],
      "#VALUE!",
      "target_year must be later than baseline_year (2028) (got 2019).",
    ],
    [[10, 100, 0.4, 2019, 2028, 2030], "#VALUE!", "year must be from 2019 to 2028 (got 2030)."],
    [[10, 100, 0.4, 2019.5, 2028, null], "#VALUE!", "baseline_year must be a whole number (got 2019.5)."],
    [[10, "lots", 0.4, 2019, 2028, null], "#VALUE!", 'band_total must be a number (got "lots").'],
  ])("MODEL_EMPLOYER_GOAL(%p) → %s", (args, code, message) => {
    expect(
      excelError(() =>
        modelEmployerGoal(...(args as [unknown, unknown, unknown, unknown, unknown, unknown])),
      ),
    ).toEqual({ code, message });
  });
});
