/** Trend and national comparison. */
import { BETTER_DIRECTIONS, type Better } from "../wres/indicators";
import { nationalFigure, NATIONAL_INDICATORS } from "../wres/national-figures";
import { trend } from "../wres/trend";
import {
  custom,
  isBlank,
  optional,
  readNumber,
  reject,
  nonNegative,
  number,
  whole,
  type Kind,
} from "./kinds";
import { defineFunction } from "./run";

const CATEGORY = "Classification and trend";

const DIRECTIONS = `${BETTER_DIRECTIONS.map((d) => `"${d}"`).join(", ")} or an indicator number 1 to 9`;

/** `better`: one of the direction words, or an indicator number 1–9 (typed as a number or as text). */
const BETTER: Kind<Better | number> = {
  shape: "scalar",
  label: DIRECTIONS,
  read(v, name) {
    if (typeof v === "number" || isBlank(v)) return readNumber(v, name);
    const text = typeof v === "string" ? v.trim().toLowerCase() : "";
    if ((BETTER_DIRECTIONS as readonly string[]).includes(text)) return text as Better;
    if (/^\d{1,3}$/.test(text)) return Number(text);
    return reject("value", "unknown_option", name, { detail: { value: String(v), allowed: DIRECTIONS } });
  },
};

export const TREND = defineFunction({
  name: "TREND",
  category: CATEGORY,
  description:
    'Whether a WRES figure improved from last year to this year, read in the direction that is better for it: "Improvement", "Deterioration" or "No change". Last year\'s figure first, then this year\'s.',
  parameters: [
    number("previous", "Last year's figure."),
    number("current", "This year's figure."),
    custom("better", `Which way is better: ${DIRECTIONS}, which picks the direction the WRES uses.`, BETTER),
    optional(nonNegative("tolerance", "Changes no larger than this count as no change; 0 if left out.")),
  ],
  result: { type: "string", description: '"Improvement", "Deterioration" or "No change".' },
  compute: (previous, current, better, tolerance) => trend(previous, current, better, tolerance ?? 0),
  help: {
    computes:
      '"Improvement", "Deterioration" or "No change" from previous to current. `better` is "higher", "lower", "parity" (closer to 1.00 is better, measured on the log scale, for relative likelihoods), "zero" (closer to 0 is better, for gaps) or an indicator number 1 to 9, which picks the direction for that indicator. Changes no larger than `tolerance` (default 0) are No change.',
    meaning: 'Fills the "change since last year" column of an action plan the same way for every indicator.',
    examples: [
      {
        arguments: [1.61, 1.54, "parity"],
        result: "Improvement",
        working:
          "The distance from parity on the log scale falls from |ln 1.61| = 0.476 to |ln 1.54| = 0.432, so **Improvement**; `=WRES.TREND(1.61, 1.54, 2)` (indicator 2) gives the same.",
      },
      {
        arguments: [0.3, 0.32, "lower"],
        result: "Deterioration",
        working: "Indicator 6 rising from 30 % to 32 %, where lower is better: **Deterioration**.",
      },
    ],
    errors: {
      "#VALUE!":
        "a figure that is not a number; an unknown `better` word or an indicator number outside 1 to 9; a negative tolerance; or, for parity, a negative figure.",
    },
  },
});

export const NATIONAL = defineFunction({
  name: "NATIONAL",
  category: CATEGORY,
  description: `The national figure for NHS trusts in England that the add-in holds for a WRES indicator (${NATIONAL_INDICATORS[0]} to ${NATIONAL_INDICATORS.at(-1)}) and report year, from NHS England's WRES data analysis reports; indicator 1 is the BME share of the workforce as a fraction.`,
  parameters: [
    whole(
      "indicator",
      `WRES indicator number (national figures exist for ${NATIONAL_INDICATORS.join(", ")}).`,
    ),
    whole("year", "WRES report year, such as 2023."),
  ],
  result: { type: "number", description: "The national figure." },
  compute: nationalFigure,
  help: {
    computes:
      "The figure NHS England published for all NHS trusts in England for that indicator and WRES report year, as listed in the add-in: indicators 1 to 4, report years 2016, 2018 and 2020 to 2024 where a figure was published.",
    meaning: "The national comparator for your own figure, as the data sheet's comparator column shows it.",
    examples: [
      {
        arguments: [2, 2023],
        result: 1.59,
        working: "The national indicator 2 figure in the 2023 report: **1.59**.",
      },
      { arguments: [3, 2020], result: 1.16, working: "Indicator 3 in the 2020 report: **1.16**." },
    ],
    errors: {
      "#VALUE!": "an indicator or year that is not a whole number, or an indicator outside 1 to 9.",
      "#N/A":
        "the add-in holds no national figure for that indicator and year, such as `=WRES.NATIONAL(4, 2016)` or any year it does not list (NHS England published reports for other years too); the message lists the years it holds.",
    },
  },
});
