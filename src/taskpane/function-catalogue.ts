/**
 * The WRES.* functions as the Functions tab shows them. Names and argument names mirror
 * /work/shared/spec/functions.md exactly (a test checks); descriptions are short, for a 320 px pane.
 */

export interface FunctionArgument {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

export interface FunctionExample {
  readonly formula: string;
  readonly result: string;
  /** What the example's cells hold, for functions that read ranges. */
  readonly note?: string;
}

export interface CatalogueEntry {
  readonly name: string;
  readonly category: string;
  readonly description: string;
  readonly arguments: readonly FunctionArgument[];
  readonly example: FunctionExample;
  readonly helpAnchor: string;
}

const required = (name: string, description: string): FunctionArgument => ({
  name,
  description,
  optional: false,
});
const optional = (name: string, description: string): FunctionArgument => ({
  name,
  description,
  optional: true,
});

type EntryInput = Omit<CatalogueEntry, "helpAnchor">;

const entry = (input: EntryInput): CatalogueEntry => ({
  ...input,
  helpAnchor: `help.html#${input.name.toLowerCase()}`,
});

export const FUNCTION_CATALOGUE: readonly CatalogueEntry[] = [
  entry({
    name: "RELATIVE_LIKELIHOOD",
    category: "Relative likelihood",
    description:
      "How much more likely one group is to have an outcome than a reference group. 1.00 is parity.",
    arguments: [
      required("group_count", "People in the group with the outcome."),
      required("group_total", "People in the group."),
      required("reference_count", "People in the reference group with the outcome."),
      required("reference_total", "People in the reference group."),
    ],
    example: { formula: "=WRES.RELATIVE_LIKELIHOOD(30, 100, 20, 100)", result: "1.50" },
  }),
  entry({
    name: "APPOINTMENT_RL",
    category: "Relative likelihood",
    description:
      "Indicator 2: likelihood of White shortlisted applicants being appointed relative to BME applicants. Above 1.00 is adverse to BME staff.",
    arguments: [
      required("white_shortlisted", "White applicants shortlisted."),
      required("white_appointed", "White applicants appointed from shortlisting."),
      required("bme_shortlisted", "BME applicants shortlisted."),
      required("bme_appointed", "BME applicants appointed from shortlisting."),
    ],
    example: { formula: "=WRES.APPOINTMENT_RL(200, 50, 150, 25)", result: "1.50" },
  }),
  entry({
    name: "DISCIPLINARY_RL",
    category: "Relative likelihood",
    description:
      "Indicator 3: likelihood of BME staff entering the formal disciplinary process relative to White staff. Add all four previous-year figures for the two-year figure.",
    arguments: [
      required("bme_headcount", "BME headcount."),
      required("bme_entering", "BME staff entering the formal disciplinary process."),
      required("white_headcount", "White headcount."),
      required("white_entering", "White staff entering the formal disciplinary process."),
      optional("prev_bme_headcount", "Previous year's BME headcount."),
      optional("prev_bme_entering", "Previous year's BME staff entering the process."),
      optional("prev_white_headcount", "Previous year's White headcount."),
      optional("prev_white_entering", "Previous year's White staff entering the process."),
    ],
    example: { formula: "=WRES.DISCIPLINARY_RL(1000, 12, 4000, 30)", result: "1.60" },
  }),
  entry({
    name: "TRAINING_RL",
    category: "Relative likelihood",
    description:
      "Indicator 4: likelihood of White staff accessing non-mandatory training and CPD relative to BME staff.",
    arguments: [
      required("white_headcount", "White headcount."),
      required("white_accessed", "White staff who accessed non-mandatory training or CPD."),
      required("bme_headcount", "BME headcount."),
      required("bme_accessed", "BME staff who accessed non-mandatory training or CPD."),
    ],
    example: { formula: "=WRES.TRAINING_RL(4000, 2000, 1000, 400)", result: "1.25" },
  }),
  entry({
    name: "RL_CI",
    category: "Relative likelihood",
    description:
      "Confidence interval of a relative likelihood, as a row of two cells: lower and upper bound. Methods: katz (default), adjusted, koopman.",
    arguments: [
      required("group_count", "People in the group with the outcome."),
      required("group_total", "People in the group."),
      required("reference_count", "People in the reference group with the outcome."),
      required("reference_total", "People in the reference group."),
      optional("confidence", "Confidence level between 0 and 1; 0.95 if left out."),
      optional("method", '"katz", "adjusted" or "koopman"; "katz" if left out.'),
    ],
    example: { formula: "=WRES.RL_CI(30, 100, 20, 100)", result: "0.92 and 2.46 (to 2 decimal places)" },
  }),
  entry({
    name: "RL_STATUS",
    category: "Relative likelihood",
    description:
      'Whether a relative likelihood is "Within range", "Above range" or "Below range" of the non-adverse range 0.80 to 1.25 (bounds inclusive).',
    arguments: [
      required("ratio", "The relative likelihood."),
      optional("lower", "Lower bound; 0.80 if left out."),
      optional("upper", "Upper bound; 1.25 if left out."),
    ],
    example: { formula: "=WRES.RL_STATUS(1.25)", result: '"Within range"' },
  }),
  entry({
    name: "SHORTFALL",
    category: "Relative likelihood",
    description:
      "Whole number of extra outcomes the reference group would need for parity with the group; never below 0.",
    arguments: [
      required("group_count", "People in the group with the outcome."),
      required("group_total", "People in the group."),
      required("reference_count", "People in the reference group with the outcome."),
      required("reference_total", "People in the reference group."),
    ],
    example: { formula: "=WRES.SHORTFALL(50, 200, 25, 150)", result: "13" },
  }),
  entry({
    name: "REPRESENTATION",
    category: "Representation",
    description:
      "BME share of a headcount, as a fraction (format it as a percentage). The total includes unknown ethnicity.",
    arguments: [
      required("bme_count", "BME headcount."),
      required("total_headcount", "Total headcount, including staff of unknown ethnicity."),
    ],
    example: { formula: "=WRES.REPRESENTATION(250, 1000)", result: "0.25 (25.0%)" },
  }),
  entry({
    name: "REPRESENTATION_GAP",
    category: "Representation",
    description: "Indicator 1: a band's BME share minus the workforce's BME share, in fraction points.",
    arguments: [
      required("band_bme", "BME headcount in the band."),
      required("band_total", "Total headcount in the band."),
      required("workforce_bme", "BME headcount in the whole workforce."),
      required("workforce_total", "Total headcount of the whole workforce."),
    ],
    example: {
      formula: "=WRES.REPRESENTATION_GAP(10, 100, 250, 1000)",
      result: "-0.15 (-15.0 percentage points)",
    },
  }),
  entry({
    name: "BOARD_GAP",
    category: "Representation",
    description:
      "Indicator 9: BME share of the board minus BME share of the workforce. Negative means the board is less diverse.",
    arguments: [
      required("board_bme", "BME board members."),
      required("board_total", "Board members."),
      required("workforce_bme", "BME headcount in the whole workforce."),
      required("workforce_total", "Total headcount of the whole workforce."),
    ],
    example: { formula: "=WRES.BOARD_GAP(1, 10, 250, 1000)", result: "-0.15 (-15.0 percentage points)" },
  }),
  entry({
    name: "ETHNIC_GROUP",
    category: "Classification and trend",
    description:
      'Classifies an NHS ethnic category code or label as "White", "BME" or "Unknown"; a range gives a range of the same shape.',
    arguments: [required("ethnicity", "A cell or range of ethnic category codes or labels.")],
    example: { formula: '=WRES.ETHNIC_GROUP("H Asian or Asian British - Indian")', result: '"BME"' },
  }),
  entry({
    name: "TREND",
    category: "Classification and trend",
    description:
      'Compares two years: "Improvement", "Deterioration" or "No change". Better is "higher", "lower", "parity", "zero" or an indicator number 1–9.',
    arguments: [
      required("previous", "Last year's figure."),
      required("current", "This year's figure."),
      required("better", 'Which way is better: "higher", "lower", "parity", "zero" or an indicator number.'),
      optional("tolerance", "Changes no larger than this are No change; 0 if left out."),
    ],
    example: { formula: '=WRES.TREND(1.61, 1.45, "parity")', result: '"Improvement"' },
  }),
  entry({
    name: "NATIONAL",
    category: "Classification and trend",
    description:
      "The published national figure for NHS trusts in England for an indicator and WRES report year.",
    arguments: [
      required("indicator", "Indicator number."),
      required("year", "WRES report year, such as 2023."),
    ],
    example: { formula: "=WRES.NATIONAL(2, 2023)", result: "1.59" },
  }),
  entry({
    name: "GROUP_COUNTS",
    category: "Record-level data",
    description:
      "Counts White, BME and Unknown rows of an ethnicity column, optionally only where a flag column is true. Spills 3 rows by 2 columns.",
    arguments: [
      required("ethnicity_range", "Column of ethnic category codes or labels."),
      optional("flag_range", "Column of flags (TRUE, Y, Yes, 1 …) of the same height."),
    ],
    example: {
      formula: "=WRES.GROUP_COUNTS(A2:A5)",
      result: "White 2, BME 1, Unknown 1",
      note: "A2:A5 hold A, H, Z and C3.",
    },
  }),
  entry({
    name: "BAND_TABLE",
    category: "Record-level data",
    description:
      "Indicator 1 as a spilled table: one row per pay band present, then Overall, with White, BME, Unknown, total, BME share and gap.",
    arguments: [
      required("ethnicity_range", "Column of ethnic category codes or labels."),
      required("band_range", "Column of pay bands of the same height."),
      optional("header", "TRUE (default) adds a header row."),
    ],
    example: {
      formula: "=WRES.BAND_TABLE(A2:A5, B2:B5)",
      result: "Rows for Band 5 and Band 8A, then Overall",
      note: "A2:A5 hold A, H, Z, C3; B2:B5 hold Band 5, 8a, Band 5, Band 8A.",
    },
  }),
  entry({
    name: "MODEL_EMPLOYER_GOAL",
    category: "Model Employer",
    description:
      "BME headcount goal for a band on a straight line from the baseline to the target share, rounded up to whole people.",
    arguments: [
      required("band_bme", "BME headcount in the band in the baseline year."),
      required("band_total", "Total headcount in the band."),
      required("target_share", "Target BME share, such as 0.25."),
      required("baseline_year", "Baseline year, such as 2019."),
      required("target_year", "Target year, such as 2028."),
      optional("year", "Year wanted; left out, it spills a [year, goal] row for each year."),
    ],
    example: { formula: "=WRES.MODEL_EMPLOYER_GOAL(10, 100, 0.25, 2019, 2028, 2022)", result: "15" },
  }),
];

/** Case-insensitive match on name or description; blank text matches everything. */
export function searchCatalogue(entries: readonly CatalogueEntry[], text: string): readonly CatalogueEntry[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return entries;
  // Users type "appointment rl" as often as "APPOINTMENT_RL".
  const spaced = needle.replace(/_/g, " ");
  return entries.filter((e) => {
    const name = e.name.toLowerCase();
    return (
      name.includes(needle) ||
      name.replace(/_/g, " ").includes(spaced) ||
      e.description.toLowerCase().includes(needle)
    );
  });
}

/** What Insert writes: the call opened, so the user types the arguments. */
export function insertText(name: string): string {
  return `=WRES.${name}(`;
}
