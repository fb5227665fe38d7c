/**
 * The counts and survey figures the nine indicators are computed from, as named input keys.
 * The data sheet lays out one input cell per key (this year, and the previous year under `prev.`);
 * the make-plan command and the pane's "Analyse data" fill them by key.
 */
export const GROUPS = ["white", "bme", "unknown"] as const;
type GroupKey = (typeof GROUPS)[number];

/** Measures counted per ethnic group. */
export const COUNT_MEASURES = [
  "headcount",
  "shortlisted",
  "appointed",
  "disciplinary",
  "training",
  "board.voting",
  "board.executive",
] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/** Staff Survey indicators 5–8: percentages (as fractions 0–1) for White and BME respondents. */
export const SURVEY_INDICATORS = [5, 6, 7, 8] as const;

/** e.g. "headcount.white", "prev.disciplinary.bme", "survey.5.white", "prev.survey.7.bme". */
export type InputKey = string;

export function countKey(measure: CountMeasure, group: GroupKey, previous = false): InputKey {
  return `${previous ? "prev." : ""}${measure}.${group}`;
}

export function surveyKey(
  indicator: (typeof SURVEY_INDICATORS)[number],
  group: "white" | "bme",
  previous = false,
): InputKey {
  return `${previous ? "prev." : ""}survey.${indicator}.${group}`;
}

/** Values to type into the data sheet's input cells; keys left out stay blank. */
export type IndicatorInputs = Readonly<Partial<Record<InputKey, number>>>;
