/** Model Employer custom function: the BME headcount goal for a band on the way to its target share. */
import { count, number, optional, whole } from "./arguments";
import { declare, run } from "./run";
import { ok } from "../wres/issues";
import { modelEmployerGoal as goalFor, modelEmployerGoals } from "../wres/model-employer";

const MODEL_EMPLOYER_GOAL = declare({
  args: [
    count("band_bme"),
    count("band_total"),
    number("target_share"),
    whole("baseline_year"),
    whole("target_year"),
    optional(whole("year")),
  ],
  atMost: [["band_bme", "band_total"]],
  compute: (bandBme, bandTotal, targetShare, baselineYear, targetYear, year) => {
    const line = { bandBme, bandTotal, targetShare, baselineYear, targetYear };
    if (year === null) return modelEmployerGoals(line);
    const goal = goalFor(line, year);
    return goal.ok ? ok([[goal.value]]) : goal;
  },
});

/**
 * NHS England's Model Employer goal: the BME headcount a band should reach each year on a straight line from its
 * baseline count to the target share of the band, rounded up to whole people. A band is on track when its actual
 * BME headcount meets the goal.
 * @customfunction MODEL_EMPLOYER_GOAL
 * @param band_bme BME staff in the band in the baseline year.
 * @param band_total All staff in the band.
 * @param target_share Target BME share as a fraction (e.g. 0.4 for 40 %).
 * @param baseline_year Year of the baseline count (e.g. 2019).
 * @param target_year Year the target share should be reached (e.g. 2028).
 * @param [year] One year's goal; left out, a two-column list of year and goal from baseline to target year.
 * @returns The goal for the year, or rows of [year, goal].
 * @helpurl https://localhost:3000/help.html#model_employer_goal
 */
export function modelEmployerGoal(
  band_bme: unknown,
  band_total: unknown,
  target_share: unknown,
  baseline_year: unknown,
  target_year: unknown,
  year?: unknown,
): number[][] {
  return run(MODEL_EMPLOYER_GOAL, [band_bme, band_total, target_share, baseline_year, target_year, year]);
}
