/** Model Employer: the BME headcount goal for a band on the way to its target share. */
import { ok } from "../wres/issues";
import { MAX_GOAL_YEARS, modelEmployerGoal, modelEmployerGoals } from "../wres/model-employer";
import { count, number, optional, whole } from "./kinds";
import { defineFunction } from "./run";

export const MODEL_EMPLOYER_GOAL = defineFunction({
  name: "MODEL_EMPLOYER_GOAL",
  category: "Model Employer",
  description:
    "NHS England's Model Employer goal: the BME headcount a band should reach in a year, on a straight line from its baseline count to the target share of the band, rounded up to whole people. Left without a year, a list of year and goal.",
  parameters: [
    count("band_bme", "BME staff in the band in the baseline year."),
    count("band_total", "All staff in the band."),
    number("target_share", "Target BME share as a fraction (such as 0.24 for 24 %)."),
    whole("baseline_year", "Year of the baseline count (such as 2019)."),
    whole("target_year", "Year the target share should be reached (such as 2028)."),
    optional(
      whole(
        "year",
        "One year's goal; left out, a two-column list of year and goal from baseline to target year.",
      ),
    ),
  ],
  result: { type: "number[][]", description: "The goal for the year, or rows of [year, goal]." },
  compute: (bandBme, bandTotal, targetShare, baselineYear, targetYear, year) => {
    const line = { bandBme, bandTotal, targetShare, baselineYear, targetYear };
    if (year === null) return modelEmployerGoals(line);
    const goal = modelEmployerGoal(line, year);
    return goal.ok ? ok([[goal.value]]) : goal;
  },
  help: {
    computes:
      "The BME headcount goal for a band on a straight line from its baseline BME count in baseline_year to target_share × band_total in target_year, rounded up to whole people. With `year` left out, a two-column table of year and goal, from the baseline year to the target year.",
    meaning:
      "NHS England's A Model Employer (2019) asks organisations to make BME representation in every band match the overall workforce by 2028. A band is on track in a year when its actual BME headcount meets that year's goal.",
    examples: [
      {
        arguments: [20, 200, 0.24, 2019, 2028, 2023],
        result: [[33]],
        working:
          "Band 8A has 20 BME staff out of 200 in 2019 and the workforce is 24 % BME. The 2028 goal is 0.24 × 200 = 48; the line rises by (48 − 20) ÷ 9 = 3.11 a year, so 2023 is 20 + 4 × 3.11 = 32.4, rounded up to **33** people.",
      },
    ],
    errors: {
      "#VALUE!": `a count is negative or text; band_bme larger than band_total; a target share outside 0 to 1; years that are not whole numbers, a target year not after the baseline year, or a year outside the two. Without \`year\`, the list covers at most ${MAX_GOAL_YEARS} years, so a slip such as 2208 for 2028 gives a message rather than hundreds of rows.`,
    },
  },
});
