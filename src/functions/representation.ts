/** Representation functions: WRES indicators 1 and 9. */
import * as rep from "../wres/representation";
import { count } from "./kinds";
import { defineFunction } from "./run";

const CATEGORY = "Representation";

const WORKFORCE = [
  count("workforce_bme", "BME staff in the whole workforce."),
  count("workforce_total", "All staff in the whole workforce, including those of unknown ethnicity."),
] as const;

const SHARE_ERRORS = {
  "#VALUE!":
    "a count is negative, text that is not a number, TRUE/FALSE or empty; or a BME count larger than its total.",
  "#DIV/0!": "a total is zero, so its share cannot be formed.",
};

export const REPRESENTATION = defineFunction({
  name: "REPRESENTATION",
  category: CATEGORY,
  description:
    "The BME share of a headcount, as a fraction to format as a percentage. The total includes staff of unknown ethnicity, so White, BME and Unknown shares add up to 100 %.",
  parameters: [
    count("bme_count", "BME staff in the group."),
    count("total_headcount", "All staff in the group, including those of unknown ethnicity."),
  ],
  result: { type: "number", description: "The BME share of the headcount (0 to 1)." },
  compute: rep.representation,
  help: {
    computes:
      "bme_count ÷ total_headcount, a fraction (format the cell as a percentage). The total includes staff of unknown ethnicity.",
    meaning:
      "Indicator 1, for the whole workforce or for one pay band; a higher share means a more diverse workforce.",
    examples: [
      {
        arguments: [1200, 5000],
        result: 0.24,
        shown: "0.24, shown as 24.0 %",
        working: "1,200 ÷ 5,000 = **0.24**, shown as 24.0 %.",
      },
    ],
    errors: {
      "#VALUE!":
        "a count is negative, text that is not a number, TRUE/FALSE or empty; or bme_count larger than total_headcount.",
      "#DIV/0!": "total_headcount is zero, so there is no share to form.",
    },
  },
});

export const REPRESENTATION_GAP = defineFunction({
  name: "REPRESENTATION_GAP",
  category: CATEGORY,
  description:
    "WRES indicator 1: a pay band's BME share minus the whole workforce's BME share, in fraction points. The band's two counts first, then the workforce's; negative means BME staff are under-represented in the band.",
  parameters: [
    count("band_bme", "BME staff in the band."),
    count("band_total", "All staff in the band, including those of unknown ethnicity."),
    ...WORKFORCE,
  ],
  result: {
    type: "number",
    description: "Band share minus workforce share (−0.05 is 5 percentage points below).",
  },
  compute: rep.representationGap,
  help: {
    computes:
      "(band_bme ÷ band_total) − (workforce_bme ÷ workforce_total), in fraction points, computed as one fraction so that gaps of whole counts are exact.",
    meaning:
      "Indicator 1 compared across bands: a negative gap means BME staff are under-represented in that band compared with the organisation as a whole (higher is better).",
    examples: [
      {
        arguments: [30, 200, 1200, 5000],
        result: -0.09,
        shown: "−0.09, shown as −9.0 percentage points",
        working:
          "Band 8A 30 ÷ 200 = 0.15; workforce 1,200 ÷ 5,000 = 0.24; 0.15 − 0.24 = **−0.09**, shown as −9.0 percentage points.",
      },
    ],
    errors: SHARE_ERRORS,
  },
});

export const BOARD_GAP = defineFunction({
  name: "BOARD_GAP",
  category: CATEGORY,
  description:
    "WRES indicator 9: the BME share of the board minus the BME share of the overall workforce, in fraction points. The board's two counts first, then the workforce's; negative means the board is less diverse.",
  parameters: [
    count("board_bme", "BME board members (voting or executive)."),
    count("board_total", "All board members counted, including those of unknown ethnicity."),
    ...WORKFORCE,
  ],
  result: { type: "number", description: "Board share minus workforce share." },
  compute: rep.boardGap,
  help: {
    computes: "(board_bme ÷ board_total) − (workforce_bme ÷ workforce_total), in fraction points.",
    meaning:
      "Indicator 9, for voting membership (and separately executive membership). Negative means the board is less diverse than the workforce; closer to zero is better.",
    examples: [
      {
        arguments: [2, 12, 1200, 5000],
        result: -0.07333333333333333,
        shown: "−0.0733, shown as −7.3 percentage points",
        working:
          "Board 2 ÷ 12 = 0.1667; workforce 0.24; 0.1667 − 0.24 = **−0.0733**, shown as −7.3 percentage points.",
      },
    ],
    errors: SHARE_ERRORS,
  },
});
