import { modelEmployerGoal, modelEmployerGoals } from "../../src/wres/model-employer";

/*
 * Hand-worked example: a band of 100 staff with 10 BME staff in 2019, target share 40 % by 2028.
 * Target = 0.40 × 100 = 40. The line rises (40 − 10) / 9 = 3⅓ people a year:
 *   2019 10        2020 13⅓ → 14   2021 16⅔ → 17   2022 20   2023 23⅓ → 24
 *   2024 26⅔ → 27  2025 30         2026 33⅓ → 34   2027 36⅔ → 37   2028 40
 */
const line = { bandBme: 10, bandTotal: 100, targetShare: 0.4, baselineYear: 2019, targetYear: 2028 };
const expected = [
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
];

describe("Model Employer goals", () => {
  it("lists [year, goal] from the baseline year to the target year", () => {
    expect(modelEmployerGoals(line)).toEqual({ ok: true, value: expected });
  });

  it.each(expected)("goal for %p is %p", (year, goal) => {
    expect(modelEmployerGoal(line, year)).toEqual({ ok: true, value: goal });
  });

  it("guards float noise before rounding up: 0.14 × 100 = 14.000000000000002 is 14 people, not 15", () => {
    const flat = { bandBme: 14, bandTotal: 100, targetShare: 0.14, baselineYear: 2020, targetYear: 2028 };
    expect(modelEmployerGoal(flat, 2028)).toEqual({ ok: true, value: 14 });
    expect(modelEmployerGoal(flat, 2024)).toEqual({ ok: true, value: 14 });
  });

  it("rounds a fractional target up to whole people (25 % of 10 = 2.5 → 3)", () => {
    expect(
      modelEmployerGoal(
        { bandBme: 1, bandTotal: 10, targetShare: 0.25, baselineYear: 2020, targetYear: 2022 },
        2022,
      ),
    ).toEqual({
      ok: true,
      value: 3,
    });
  });

  it.each([
    // target year not after the baseline year
    [{ ...line, targetYear: 2019 }, 2019, "target_year", "out_of_range"],
    // share given as a percentage instead of a fraction
    [{ ...line, targetShare: 40 }, 2020, "target_share", "out_of_range"],
    // year outside the line
    [line, 2030, "year", "out_of_range"],
    [line, 2020.5, "year", "not_whole"],
    // more BME staff than the band holds
    [{ ...line, bandBme: 101 }, 2020, "band_bme", "count_exceeds_total"],
  ] as const)("rejects %p in %p (%p)", (l, year, argument, code) => {
    expect(modelEmployerGoal(l, year)).toMatchObject({
      ok: false,
      problem: { kind: "value", code, argument },
    });
  });
});

describe("model employer edge cases", () => {
  it("stays finite when vast counts would overflow the weighted sum (goal at the baseline is the baseline)", () => {
    const line = {
      bandBme: Number.MAX_VALUE,
      bandTotal: Number.MAX_VALUE,
      targetShare: 0,
      baselineYear: 2019,
      targetYear: 2028,
    };
    const r = modelEmployerGoal(line, 2019);
    expect(r).toEqual({ ok: true, value: Number.MAX_VALUE });
    const end = modelEmployerGoal(line, 2028);
    expect(end).toEqual({ ok: true, value: 0 });
  });

  it("refuses a year-by-year list over more than 100 years, naming target_year", () => {
    const r = modelEmployerGoals({
      bandBme: 1,
      bandTotal: 10,
      targetShare: 0.5,
      baselineYear: 2019,
      targetYear: 2208,
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toMatchObject({ kind: "value", code: "out_of_range", argument: "target_year" });
  });
});
