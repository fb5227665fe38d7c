/** Relative-likelihood functions: WRES indicators 2, 3 and 4, their confidence interval, status and shortfall. */
import { CI_METHODS, confidenceInterval, DEFAULT_CONFIDENCE } from "../wres/confidence-interval";
import { ok } from "../wres/issues";
import { rlStatus } from "../wres/non-adverse";
import * as rl from "../wres/relative-likelihood";
import { shortfall } from "../wres/shortfall";
import { count, nonNegative, number, option, optional } from "./kinds";
import { defineFunction } from "./run";

const CATEGORY = "Relative likelihood";

/** The four generic counts of RELATIVE_LIKELIHOOD, RL_CI and SHORTFALL: each group's outcome count, then its total. */
const GENERIC_COUNTS = [
  count(
    "group_count",
    "How many in the group in the numerator had the outcome (e.g. White applicants appointed). Its outcome count comes first, then its total.",
  ),
  count("group_total", "How many were in that group's pool (e.g. White applicants shortlisted)."),
  count(
    "reference_count",
    "How many in the reference group, the denominator, had the outcome (e.g. BME applicants appointed).",
  ),
  count("reference_total", "How many were in the reference group's pool (e.g. BME applicants shortlisted)."),
] as const;

const GENERIC_ORDER =
  "Each group's outcome count comes first, then its total, the group in the numerator first: the order is not the pool-first order of APPOINTMENT_RL, DISCIPLINARY_RL and TRAINING_RL.";

const LIKELIHOOD_ERRORS = {
  div0: "so that group's likelihood cannot be formed.",
  num: "the counts differ in size beyond any real workforce (such as 0.000001 against 10^200), so the ratio is larger or smaller than a cell can hold.",
};

export const RELATIVE_LIKELIHOOD = defineFunction({
  name: "RELATIVE_LIKELIHOOD",
  category: CATEGORY,
  description:
    "The rate of an outcome in one group divided by the rate in a reference group: (group_count ÷ group_total) ÷ (reference_count ÷ reference_total). Give each group's outcome count, then its total, the numerator group first. 1.00 is parity.",
  parameters: GENERIC_COUNTS,
  result: { type: "number", description: "The relative likelihood (1.00 is parity)." },
  compute: rl.relativeLikelihood,
  help: {
    computes: `(group_count ÷ group_total) ÷ (reference_count ÷ reference_total), computed as the cross-product (group_count × reference_total) ÷ (reference_count × group_total) so that exact ratios stay exact. ${GENERIC_ORDER}`,
    meaning:
      "The building block of indicators 2, 3 and 4. 1.00 is parity; above 1.00 the group in the numerator is more likely to have the outcome. NHS England treats 0.80 to 1.25, both included, as the non-adverse range.",
    examples: [
      {
        arguments: [5, 6, 4, 6],
        result: 1.25,
        working:
          "5 of 6 is 0.8333 and 4 of 6 is 0.6667; (5 × 6) ÷ (4 × 6) = 30 ÷ 24 = **1.25** exactly, on the upper bound of the non-adverse range and therefore inside it.",
      },
    ],
    errors: {
      "#VALUE!":
        "a count is negative, text that is not a number, TRUE/FALSE or empty, or larger than its total (group_count above group_total, reference_count above reference_total).",
      "#DIV/0!": `group_total or reference_total is zero, ${LIKELIHOOD_ERRORS.div0}`,
      "#N/A":
        "reference_count is zero, so the reference group's likelihood is zero and the ratio is undefined.",
      "#NUM!": LIKELIHOOD_ERRORS.num,
    },
  },
});

export const APPOINTMENT_RL = defineFunction({
  name: "APPOINTMENT_RL",
  category: CATEGORY,
  description:
    "WRES indicator 2: the likelihood of White shortlisted applicants being appointed relative to BME shortlisted applicants. White first; each group's shortlisted count, then its appointed count. Above 1.00 is adverse to BME applicants.",
  parameters: [
    count("white_shortlisted", "White applicants shortlisted: White's pool, given before white_appointed."),
    count("white_appointed", "White applicants appointed from shortlisting."),
    count("bme_shortlisted", "BME applicants shortlisted: BME's pool, given before bme_appointed."),
    count("bme_appointed", "BME applicants appointed from shortlisting."),
  ],
  result: {
    type: "number",
    description: "Relative likelihood of White applicants being appointed compared with BME applicants.",
  },
  compute: rl.appointmentLikelihood,
  problemNames: {
    group_count: "white_appointed",
    group_total: "white_shortlisted",
    reference_count: "bme_appointed",
    reference_total: "bme_shortlisted",
  },
  help: {
    computes:
      "(white_appointed ÷ white_shortlisted) ÷ (bme_appointed ÷ bme_shortlisted), as a cross-product. The arguments follow the WRES data collection: White before BME, and for each group the pool (shortlisted) before the outcome (appointed).",
    meaning:
      "Indicator 2: the relative likelihood of White applicants being appointed from shortlisting compared with BME applicants, over all posts, internal and external, in the 12 months to 31 March. Above 1.00 White applicants are more likely to be appointed; above 1.25 is adverse to BME applicants.",
    examples: [
      {
        arguments: [200, 50, 300, 40],
        result: 1.875,
        shown: "1.875, shown as 1.88",
        working:
          "White 50 of 200 = 0.25; BME 40 of 300 = 0.1333; (50 × 300) ÷ (40 × 200) = 15,000 ÷ 8,000 = **1.875**: White shortlisted applicants were almost twice as likely to be appointed, above the non-adverse range.",
      },
    ],
    errors: {
      "#VALUE!":
        "a count is negative, text that is not a number, TRUE/FALSE or empty; or more appointed than shortlisted in a group.",
      "#DIV/0!": `nobody was shortlisted in a group, ${LIKELIHOOD_ERRORS.div0}`,
      "#N/A": "no BME applicant was appointed (bme_appointed is 0), so the ratio is undefined.",
      "#NUM!": LIKELIHOOD_ERRORS.num,
    },
  },
});

export const DISCIPLINARY_RL = defineFunction({
  name: "DISCIPLINARY_RL",
  category: CATEGORY,
  description:
    "WRES indicator 3: the likelihood of BME staff entering the formal disciplinary process relative to White staff. BME first; each group's headcount, then its count entering. Add the previous year's four figures, in the same order, for the two-year figure.",
  parameters: [
    count("bme_headcount", "BME staff headcount: BME's pool, given before bme_entering."),
    count("bme_entering", "BME staff entering a formal disciplinary investigation."),
    count("white_headcount", "White staff headcount: White's pool, given before white_entering."),
    count("white_entering", "White staff entering a formal disciplinary investigation."),
    optional(
      count(
        "prev_bme_headcount",
        "Previous year's BME headcount (give all four previous-year figures, or none).",
      ),
    ),
    optional(count("prev_bme_entering", "Previous year's BME staff entering the process.")),
    optional(count("prev_white_headcount", "Previous year's White headcount.")),
    optional(count("prev_white_entering", "Previous year's White staff entering the process.")),
  ],
  result: {
    type: "number",
    description:
      "Relative likelihood of BME staff entering the formal disciplinary process compared with White staff.",
  },
  compute: (bmeHeadcount, bmeEntering, whiteHeadcount, whiteEntering, pbh, pbe, pwh, pwe) => {
    const previous = rl.previousDisciplinary([pbh, pbe, pwh, pwe]);
    if (!previous.ok) return previous;
    return rl.disciplinaryLikelihood(
      bmeHeadcount,
      bmeEntering,
      whiteHeadcount,
      whiteEntering,
      previous.value,
    );
  },
  problemNames: {
    group_count: "bme_entering",
    group_total: "bme_headcount",
    reference_count: "white_entering",
    reference_total: "white_headcount",
  },
  help: {
    computes:
      "(bme_entering ÷ bme_headcount) ÷ (white_entering ÷ white_headcount), as a cross-product. BME comes first here, because indicator 3 is BME over White; for each group the headcount comes before the count entering. With the four previous-year arguments (same order), the two-year figure: each group's entries and headcounts of both years are added together first, which is not the average of the two yearly ratios.",
    meaning:
      "Indicator 3: the relative likelihood of BME staff entering the formal disciplinary process (entry into a formal disciplinary investigation) compared with White staff. NHS England reports a two-year rolling figure. Above 1.25 is adverse to BME staff.",
    examples: [
      {
        arguments: [1000, 12, 4000, 24],
        result: 2,
        shown: "2.00",
        working:
          "BME 12 of 1,000 = 0.012; White 24 of 4,000 = 0.006; (12 × 4,000) ÷ (24 × 1,000) = 48,000 ÷ 24,000 = **2.00**.",
      },
      {
        arguments: [1000, 12, 4000, 24, 900, 8, 4100, 20],
        result: 1.937799043062201,
        shown: "1.94",
        working:
          "Two years, with last year's 900 BME staff (8 entering) and 4,100 White staff (20 entering): BME 20 of 1,900 and White 44 of 8,100 pooled; (20 × 8,100) ÷ (44 × 1,900) = 162,000 ÷ 83,600 = **1.94**.",
      },
    ],
    errors: {
      "#VALUE!":
        "a count is negative, text that is not a number, TRUE/FALSE or empty; more entering than the headcount; or only some of the four previous-year arguments given (give all four or none).",
      "#DIV/0!": `a headcount is zero (both years' headcounts together, for the two-year figure), ${LIKELIHOOD_ERRORS.div0}`,
      "#N/A": "no White staff entered the process, so the comparator's likelihood is zero.",
      "#NUM!": LIKELIHOOD_ERRORS.num,
    },
  },
});

export const TRAINING_RL = defineFunction({
  name: "TRAINING_RL",
  category: CATEGORY,
  description:
    "WRES indicator 4: the likelihood of White staff accessing non-mandatory training and CPD relative to BME staff (people, not course places). White first; each group's headcount, then its count accessing. Above 1.00 is adverse to BME staff.",
  parameters: [
    count("white_headcount", "White staff headcount: White's pool, given before white_accessed."),
    count("white_accessed", "White staff who accessed non-mandatory training or CPD."),
    count("bme_headcount", "BME staff headcount: BME's pool, given before bme_accessed."),
    count("bme_accessed", "BME staff who accessed non-mandatory training or CPD."),
  ],
  result: {
    type: "number",
    description: "Relative likelihood of White staff accessing training compared with BME staff.",
  },
  compute: rl.trainingLikelihood,
  problemNames: {
    group_count: "white_accessed",
    group_total: "white_headcount",
    reference_count: "bme_accessed",
    reference_total: "bme_headcount",
  },
  help: {
    computes:
      "(white_accessed ÷ white_headcount) ÷ (bme_accessed ÷ bme_headcount), as a cross-product. White before BME, and for each group the headcount before the count accessing.",
    meaning:
      "Indicator 4: the relative likelihood of White staff accessing non-mandatory training and continuing professional development (CPD) compared with BME staff. Count people, not course places. Above 1.25 is adverse to BME staff.",
    examples: [
      {
        arguments: [3000, 900, 1000, 250],
        result: 1.2,
        shown: "1.20",
        working:
          "White 900 of 3,000 = 0.30; BME 250 of 1,000 = 0.25; (900 × 1,000) ÷ (250 × 3,000) = 900,000 ÷ 750,000 = **1.20**, inside the non-adverse range.",
      },
    ],
    errors: {
      "#VALUE!":
        "a count is negative, text that is not a number, TRUE/FALSE or empty; or more accessing than the headcount.",
      "#DIV/0!": `a headcount is zero, ${LIKELIHOOD_ERRORS.div0}`,
      "#N/A": "no BME staff accessed training (bme_accessed is 0), so the ratio is undefined.",
      "#NUM!": LIKELIHOOD_ERRORS.num,
    },
  },
});

export const RL_CI = defineFunction({
  name: "RL_CI",
  category: CATEGORY,
  description:
    'Confidence interval of a relative likelihood, as a row of two cells: lower and upper limit. Counts as RELATIVE_LIKELIHOOD takes them: each group\'s outcome count, then its total, the numerator group first. Methods "katz" (default), "adjusted", "koopman".',
  parameters: [
    ...GENERIC_COUNTS,
    optional(number("confidence", "Confidence level, greater than 0 and less than 1; 0.95 if left out.")),
    optional(
      option(
        "method",
        '"katz" (the default, log method), "adjusted" (Pettigrew, ½ added to each count) or "koopman" (score interval).',
        CI_METHODS,
      ),
    ),
  ],
  result: { type: "number[][]", description: "A 1×2 row: lower limit, upper limit." },
  compute: (a, n1, c, n0, confidence, method) => {
    const interval = confidenceInterval(a, n1, c, n0, confidence ?? DEFAULT_CONFIDENCE, method ?? "katz");
    return interval.ok ? ok([[interval.value[0], interval.value[1]]]) : interval;
  },
  help: {
    computes: `A confidence interval for RELATIVE_LIKELIHOOD(group_count, group_total, reference_count, reference_total), returned as one row of two cells, lower then upper. ${GENERIC_ORDER} \`confidence\` defaults to 0.95. \`method\` is "katz" (the default, log method: RL × exp(±z × √(1/a − 1/n1 + 1/c − 1/n0))), "adjusted" (Pettigrew: each count and total plus ½, in the ratio and the standard error) or "koopman" (score interval, found numerically). A zero count gives a one-sided interval where the method defines one.`,
    meaning:
      "Shows how far a relative likelihood could move by chance, which matters for small organisations and small counts. An interval that lies wholly above 1.25 is strong evidence of an adverse figure; one that includes 1.00 means the difference could be chance.",
    examples: [
      {
        arguments: [50, 200, 40, 300],
        result: [[1.2882750198502027, 2.7289398193941445]],
        shown: "1.29 and 2.73 to 2 decimal places",
        working:
          "Indicator 2 from the APPOINTMENT_RL example, with each outcome count first: RL = 1.875; standard error of its logarithm = √(1/50 − 1/200 + 1/40 − 1/300) = √0.036667 = 0.1915; z = 1.96 for 95 %; 1.875 × exp(±1.96 × 0.1915) gives **1.29 to 2.73**. Even the lower limit is above 1.25.",
      },
    ],
    errors: {
      "#VALUE!":
        "as RELATIVE_LIKELIHOOD; or a confidence not strictly between 0 and 1; or a method that is not katz, adjusted or koopman.",
      "#DIV/0!": `group_total or reference_total is zero, ${LIKELIHOOD_ERRORS.div0}`,
      "#N/A":
        "a zero count where the chosen method defines no interval (Katz with a zero count, Koopman with reference_count zero); the message says which method to use instead.",
      "#NUM!": "the counts are so extreme that a limit of the interval is beyond what a cell can hold.",
    },
  },
});

export const RL_STATUS = defineFunction({
  name: "RL_STATUS",
  category: CATEGORY,
  description:
    'Whether a relative likelihood is "Within range", "Above range" or "Below range" of NHS England\'s non-adverse range, 0.80 to 1.25 with both bounds inside.',
  parameters: [
    nonNegative("ratio", "The relative likelihood, such as the result of APPOINTMENT_RL (zero or more)."),
    optional(number("lower", "Lower bound of the range; 0.80 if left out.")),
    optional(number("upper", "Upper bound of the range; 1.25 if left out.")),
  ],
  result: { type: "string", description: '"Within range", "Above range" or "Below range".' },
  compute: (ratio, lower, upper) => rlStatus(ratio, lower ?? undefined, upper ?? undefined),
  help: {
    computes:
      '"Within range" when lower ≤ ratio ≤ upper (defaults 0.80 and 1.25, both included, compared with a relative tolerance of one part in a billion, so a figure exactly on a bound stays inside), otherwise "Above range" or "Below range".',
    meaning:
      'Reads a relative likelihood against NHS England\'s non-adverse range. For indicators 2, 3 and 4, as this add-in orients them, "Above range" is adverse to BME staff.',
    examples: [
      {
        arguments: [1.25],
        result: "Within range",
        working: "1.25 is on the upper bound, so **Within range**.",
      },
      { arguments: [1.875], result: "Above range", working: "1.875 is above 1.25: **Above range**." },
      { arguments: [0.75], result: "Below range", working: "0.75 is below 0.80: **Below range**." },
    ],
    errors: {
      "#VALUE!":
        "the ratio or a bound is not a number; the ratio is negative (a relative likelihood never is); or the lower bound is above the upper bound.",
    },
  },
});

export const SHORTFALL = defineFunction({
  name: "SHORTFALL",
  category: CATEGORY,
  description:
    "Whole number of extra outcomes the reference group would need for parity with the group: ceil(group_count ÷ group_total × reference_total) − reference_count, never below 0. Counts as RELATIVE_LIKELIHOOD takes them: outcome count, then total, the group first.",
  parameters: GENERIC_COUNTS,
  result: {
    type: "number",
    description: "Whole number of extra reference-group outcomes needed for parity.",
  },
  compute: shortfall,
  help: {
    computes: `The whole number of extra outcomes the reference group would need to reach the group's rate: ⌈group_count ÷ group_total × reference_total⌉ − reference_count, never below 0. ${GENERIC_ORDER}`,
    meaning:
      "Turns a ratio into people. For indicator 2 with White as the group: how many more BME appointments parity would have needed.",
    examples: [
      {
        arguments: [50, 200, 40, 300],
        result: 35,
        working:
          "At the White rate (50 of 200 = 0.25), 300 BME shortlisted applicants would give 0.25 × 300 = 75 appointments; 75 − 40 = **35** more BME appointments.",
      },
    ],
    errors: {
      "#VALUE!":
        "a count is negative, text that is not a number, TRUE/FALSE or empty, or larger than its total.",
      "#DIV/0!": "group_total or reference_total is zero, so a rate cannot be formed.",
      "#NUM!": "the counts are so large that the shortfall is beyond what a cell can hold.",
    },
  },
});
