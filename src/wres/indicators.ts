/**
 * The WRES indicators and WDES metrics as the action plan and data sheet present them. Definitions follow
 * `wres.md`; indicator 2 is always worded White-over-BME, because that is the figure the add-in computes.
 */

/** Which way is better: up, down, towards 1.00 (relative likelihoods) or towards 0 (gaps). */
export const BETTER_DIRECTIONS = ["higher", "lower", "parity", "zero"] as const;
export type Better = (typeof BETTER_DIRECTIONS)[number];

/** The two standards a plan can follow: race (WRES) or disability (WDES). */
export const STANDARDS = ["WRES", "WDES"] as const;
export type Standard = (typeof STANDARDS)[number];

interface IndicatorDefinition {
  readonly standard: Standard;
  /** 1–9 for WRES, 1–10 for WDES. */
  readonly number: number;
  /** A short name for headings and drop-downs. */
  readonly title: string;
  /** The full definition, as the standard's guidance words it. */
  readonly definition: string;
  readonly better: Better;
  /** True for the relative likelihoods, which have a non-adverse range of 0.80–1.25. */
  readonly relativeLikelihood: boolean;
}

/** The bracketed direction the published plans print after each indicator, e.g. "[Higher = Better]". */
export function orientationLabel(better: Better): string {
  switch (better) {
    case "higher":
      return "[Higher = Better]";
    case "lower":
      return "[Lower = Better]";
    case "parity":
      return "[Closer to 1.00 = Better]";
    case "zero":
      return "[Closer to zero = Better]";
  }
}

/** A maker of one standard's indicators, so each table row names only what differs. */
const indicatorOf =
  (standard: Standard) =>
  (
    number: number,
    title: string,
    definition: string,
    better: Better,
    relativeLikelihood = false,
  ): IndicatorDefinition => ({ standard, number, title, definition, better, relativeLikelihood });

const wres = indicatorOf("WRES");
const wdes = indicatorOf("WDES");

export const WRES_INDICATORS: readonly IndicatorDefinition[] = [
  wres(
    1,
    "Workforce representation by pay band",
    "Percentage of staff in each AfC band 1–9 and VSM (including executive board members) compared with the percentage in the overall workforce; separately for non-clinical, clinical, and medical & dental staff",
    "higher",
  ),
  wres(
    2,
    "Appointment from shortlisting",
    "Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants (all posts, internal and external)",
    "parity",
    true,
  ),
  wres(
    3,
    "Entry into the formal disciplinary process",
    "Relative likelihood of BME staff entering the formal disciplinary process compared to White staff, measured by entry into a formal disciplinary investigation; two-year rolling average of the current and previous year",
    "parity",
    true,
  ),
  wres(
    4,
    "Access to non-mandatory training and CPD",
    "Relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff (people, not course places)",
    "parity",
    true,
  ),
  wres(
    5,
    "Harassment, bullying or abuse from patients, relatives or the public",
    "Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months",
    "lower",
  ),
  wres(
    6,
    "Harassment, bullying or abuse from staff",
    "Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months",
    "lower",
  ),
  wres(
    7,
    "Equal opportunities for career progression",
    "Percentage believing that the trust provides equal opportunities for career progression or promotion",
    "higher",
  ),
  wres(
    8,
    "Discrimination at work from a manager or colleagues",
    "In the last 12 months have you personally experienced discrimination at work from a manager / team leader or other colleagues",
    "lower",
  ),
  wres(
    9,
    "Board representation",
    "Percentage difference between the organisation's board voting membership and its overall workforce; also for executive membership",
    "zero",
  ),
];

export const WDES_METRICS: readonly IndicatorDefinition[] = [
  wdes(
    1,
    "Workforce representation by band cluster",
    "Percentage of Disabled staff in each band cluster (cluster 1: up to Band 4; 2: Bands 5–7; 3: Bands 8A–8B; 4: Bands 8C–9 and VSM; medical 5: consultants; 6: non-consultant career grade; 7: trainee grades) compared with the percentage in the overall workforce",
    "higher",
  ),
  wdes(
    2,
    "Appointment from shortlisting",
    "Relative likelihood of non-disabled applicants being appointed from shortlisting compared to Disabled applicants",
    "parity",
    true,
  ),
  wdes(
    3,
    "Entry into the formal capability process",
    "Relative likelihood of Disabled staff entering the formal capability process (performance, two-year rolling) compared to non-disabled staff",
    "parity",
    true,
  ),
  wdes(
    4,
    "Harassment, bullying or abuse, and reporting it",
    "Percentage of staff experiencing harassment, bullying or abuse from patients or the public, managers and colleagues (4a), and percentage saying that they or a colleague reported it (4b)",
    "lower",
  ),
  wdes(
    5,
    "Equal opportunities for career progression",
    "Percentage believing that the organisation provides equal opportunities for career progression or promotion",
    "higher",
  ),
  wdes(
    6,
    "Pressure to work when unwell",
    "Percentage who have felt pressure from their manager to come to work despite not feeling well enough to perform their duties",
    "lower",
  ),
  wdes(
    7,
    "Feeling valued",
    "Percentage satisfied with the extent to which their organisation values their work",
    "higher",
  ),
  wdes(
    8,
    "Reasonable adjustments",
    "Percentage of Disabled staff saying that their employer has made adequate adjustments to enable them to carry out their work (Disabled only)",
    "higher",
  ),
  wdes(
    9,
    "Staff engagement and voice",
    "Staff engagement score for Disabled and non-disabled staff (9a), and what the organisation has done to facilitate the voices of Disabled staff (9b, narrative)",
    "higher",
  ),
  wdes(
    10,
    "Board representation",
    "Percentage difference between the organisation's board voting membership and its overall workforce; also for executive membership",
    "zero",
  ),
];

export function indicatorsFor(standard: Standard): readonly IndicatorDefinition[] {
  return standard === "WRES" ? WRES_INDICATORS : WDES_METRICS;
}

/** "Indicator" for WRES, "Metric" for WDES, as the standards' own documents say. */
export function indicatorNoun(standard: Standard): string {
  return standard === "WRES" ? "Indicator" : "Metric";
}

export function standardName(standard: Standard): string {
  return standard === "WRES" ? "Workforce Race Equality Standard" : "Workforce Disability Equality Standard";
}
