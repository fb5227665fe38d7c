/** Relative-likelihood custom functions: WRES indicators 2, 3 and 4, their confidence intervals and status. */
import { count, number, option, optional } from "./arguments";
import { declare, run, run4 } from "./run";
import { CI_METHODS, confidenceInterval, DEFAULT_CONFIDENCE } from "../wres/confidence-interval";
import { ok } from "../wres/issues";
import { rlStatus as status } from "../wres/non-adverse";
import * as rl from "../wres/relative-likelihood";
import { shortfall as parityShortfall } from "../wres/shortfall";

const GENERIC_PAIRS = [
  ["group_count", "group_total"],
  ["reference_count", "reference_total"],
] as const;

const RELATIVE_LIKELIHOOD = declare({
  args: [count("group_count"), count("group_total"), count("reference_count"), count("reference_total")],
  atMost: GENERIC_PAIRS,
  compute: rl.relativeLikelihood,
  ordinary: rl.RELATIVE_LIKELIHOOD_ORDINARY,
});

/**
 * The rate of an outcome in one group divided by the rate in a reference group, e.g. White appointed ÷ White
 * shortlisted over BME appointed ÷ BME shortlisted. Above 1.00 the group is more likely to have the outcome.
 * @customfunction RELATIVE_LIKELIHOOD
 * @param group_count Number in the group with the outcome (e.g. White appointed).
 * @param group_total Size of the group's pool (e.g. White shortlisted).
 * @param reference_count Number in the reference group with the outcome (e.g. BME appointed).
 * @param reference_total Size of the reference group's pool (e.g. BME shortlisted).
 * @returns The relative likelihood (1.00 is parity).
 * @helpurl https://localhost:3000/help.html#relative_likelihood
 */
export function relativeLikelihood(
  group_count: unknown,
  group_total: unknown,
  reference_count: unknown,
  reference_total: unknown,
): number {
  return run4(RELATIVE_LIKELIHOOD, group_count, group_total, reference_count, reference_total);
}

const APPOINTMENT_RL = declare({
  args: [
    count("white_shortlisted"),
    count("white_appointed"),
    count("bme_shortlisted"),
    count("bme_appointed"),
  ],
  atMost: [
    ["white_appointed", "white_shortlisted"],
    ["bme_appointed", "bme_shortlisted"],
  ],
  names: {
    group_count: "white_appointed",
    group_total: "white_shortlisted",
    reference_count: "bme_appointed",
    reference_total: "bme_shortlisted",
  },
  compute: rl.appointmentLikelihood,
  ordinary: rl.TOTAL_FIRST_ORDINARY,
});

/**
 * WRES indicator 2: the likelihood of White shortlisted applicants being appointed relative to BME shortlisted
 * applicants. Above 1.00 White applicants are more likely to be appointed, which is adverse to BME applicants.
 * @customfunction APPOINTMENT_RL
 * @param white_shortlisted White applicants shortlisted.
 * @param white_appointed White applicants appointed from shortlisting.
 * @param bme_shortlisted BME applicants shortlisted.
 * @param bme_appointed BME applicants appointed from shortlisting.
 * @returns Relative likelihood of White applicants being appointed compared with BME applicants.
 * @helpurl https://localhost:3000/help.html#appointment_rl
 */
export function appointmentRl(
  white_shortlisted: unknown,
  white_appointed: unknown,
  bme_shortlisted: unknown,
  bme_appointed: unknown,
): number {
  return run4(APPOINTMENT_RL, white_shortlisted, white_appointed, bme_shortlisted, bme_appointed);
}

const DISCIPLINARY_RL = declare({
  args: [
    count("bme_headcount"),
    count("bme_entering"),
    count("white_headcount"),
    count("white_entering"),
    optional(count("prev_bme_headcount")),
    optional(count("prev_bme_entering")),
    optional(count("prev_white_headcount")),
    optional(count("prev_white_entering")),
  ],
  atMost: [
    ["bme_entering", "bme_headcount"],
    ["white_entering", "white_headcount"],
    ["prev_bme_entering", "prev_bme_headcount"],
    ["prev_white_entering", "prev_white_headcount"],
  ],
  names: {
    group_count: "bme_entering",
    group_total: "bme_headcount",
    reference_count: "white_entering",
    reference_total: "white_headcount",
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
});

/**
 * WRES indicator 3: the likelihood of BME staff entering the formal disciplinary process relative to White staff.
 * Above 1.00 BME staff are more likely to enter it (adverse); with the previous year it is the two-year figure,
 * pooling both years' entries and headcounts.
 * @customfunction DISCIPLINARY_RL
 * @param bme_headcount BME staff headcount.
 * @param bme_entering BME staff entering a formal disciplinary investigation.
 * @param white_headcount White staff headcount.
 * @param white_entering White staff entering a formal disciplinary investigation.
 * @param [prev_bme_headcount] Previous year's BME headcount (give all four previous-year values or none).
 * @param [prev_bme_entering] Previous year's BME staff entering the process.
 * @param [prev_white_headcount] Previous year's White headcount.
 * @param [prev_white_entering] Previous year's White staff entering the process.
 * @returns Relative likelihood of BME staff entering the formal disciplinary process compared with White staff.
 * @helpurl https://localhost:3000/help.html#disciplinary_rl
 */
export function disciplinaryRl(
  bme_headcount: unknown,
  bme_entering: unknown,
  white_headcount: unknown,
  white_entering: unknown,
  prev_bme_headcount?: unknown,
  prev_bme_entering?: unknown,
  prev_white_headcount?: unknown,
  prev_white_entering?: unknown,
): number {
  return run(DISCIPLINARY_RL, [
    bme_headcount,
    bme_entering,
    white_headcount,
    white_entering,
    prev_bme_headcount,
    prev_bme_entering,
    prev_white_headcount,
    prev_white_entering,
  ]);
}

const TRAINING_RL = declare({
  args: [count("white_headcount"), count("white_accessed"), count("bme_headcount"), count("bme_accessed")],
  atMost: [
    ["white_accessed", "white_headcount"],
    ["bme_accessed", "bme_headcount"],
  ],
  names: {
    group_count: "white_accessed",
    group_total: "white_headcount",
    reference_count: "bme_accessed",
    reference_total: "bme_headcount",
  },
  compute: rl.trainingLikelihood,
  ordinary: rl.TOTAL_FIRST_ORDINARY,
});

/**
 * WRES indicator 4: the likelihood of White staff accessing non-mandatory training and CPD relative to BME staff
 * (people, not course places). Above 1.00 White staff are more likely to access it, which is adverse to BME staff.
 * @customfunction TRAINING_RL
 * @param white_headcount White staff headcount.
 * @param white_accessed White staff who accessed non-mandatory training or CPD.
 * @param bme_headcount BME staff headcount.
 * @param bme_accessed BME staff who accessed non-mandatory training or CPD.
 * @returns Relative likelihood of White staff accessing training compared with BME staff.
 * @helpurl https://localhost:3000/help.html#training_rl
 */
export function trainingRl(
  white_headcount: unknown,
  white_accessed: unknown,
  bme_headcount: unknown,
  bme_accessed: unknown,
): number {
  return run4(TRAINING_RL, white_headcount, white_accessed, bme_headcount, bme_accessed);
}

const RL_CI = declare({
  args: [
    count("group_count"),
    count("group_total"),
    count("reference_count"),
    count("reference_total"),
    optional(number("confidence")),
    optional(option("method", CI_METHODS)),
  ],
  atMost: GENERIC_PAIRS,
  compute: (a, n1, c, n0, confidence, method) => {
    const interval = confidenceInterval(a, n1, c, n0, confidence ?? DEFAULT_CONFIDENCE, method ?? "katz");
    return interval.ok ? ok([[interval.value[0], interval.value[1]]]) : interval;
  },
});

/**
 * The confidence interval of a relative likelihood, as a row of two cells: lower and upper limit. An interval that
 * includes 1.00 means the difference between the groups could be chance; a zero count gives a one-sided interval
 * where the method defines one.
 * @customfunction RL_CI
 * @param group_count Number in the group with the outcome.
 * @param group_total Size of the group's pool.
 * @param reference_count Number in the reference group with the outcome.
 * @param reference_total Size of the reference group's pool.
 * @param [confidence] Confidence level between 0 and 1 (default 0.95).
 * @param [method] "katz" (default, log method), "adjusted" (Pettigrew, ½ added to each count) or "koopman" (score interval).
 * @returns A 1×2 row: lower limit, upper limit.
 * @helpurl https://localhost:3000/help.html#rl_ci
 */
export function rlCi(
  group_count: unknown,
  group_total: unknown,
  reference_count: unknown,
  reference_total: unknown,
  confidence?: unknown,
  method?: unknown,
): number[][] {
  return run(RL_CI, [group_count, group_total, reference_count, reference_total, confidence, method]);
}

const RL_STATUS = declare({
  args: [number("ratio"), optional(number("lower")), optional(number("upper"))],
  compute: (ratio, lower, upper) => status(ratio, lower ?? undefined, upper ?? undefined),
});

/**
 * Whether a relative likelihood lies in NHS England's non-adverse range, 0.80 to 1.25 with both bounds inside.
 * For indicators 2, 3 and 4 as the WRES defines them, "Above range" is adverse to BME staff.
 * @customfunction RL_STATUS
 * @param ratio The relative likelihood.
 * @param [lower] Lower bound of the range (default 0.80).
 * @param [upper] Upper bound of the range (default 1.25).
 * @returns "Within range", "Above range" or "Below range".
 * @helpurl https://localhost:3000/help.html#rl_status
 */
export function rlStatus(ratio: unknown, lower?: unknown, upper?: unknown): string {
  return run(RL_STATUS, [ratio, lower, upper]);
}

const SHORTFALL = declare({
  args: [count("group_count"), count("group_total"), count("reference_count"), count("reference_total")],
  atMost: GENERIC_PAIRS,
  compute: parityShortfall,
});

/**
 * How many more outcomes the reference group would need to reach the group's rate: for indicator 2 with White as
 * the group, the extra BME appointments parity needs. Never below 0.
 * @customfunction SHORTFALL
 * @param group_count Number in the group with the outcome (e.g. White appointed).
 * @param group_total Size of the group's pool (e.g. White shortlisted).
 * @param reference_count Number in the reference group with the outcome (e.g. BME appointed).
 * @param reference_total Size of the reference group's pool (e.g. BME shortlisted).
 * @returns Whole number of extra reference-group outcomes needed for parity.
 * @helpurl https://localhost:3000/help.html#shortfall
 */
export function shortfall(
  group_count: unknown,
  group_total: unknown,
  reference_count: unknown,
  reference_total: unknown,
): number {
  return run(SHORTFALL, [group_count, group_total, reference_count, reference_total]);
}
