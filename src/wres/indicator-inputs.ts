/**
 * The counts and survey figures the nine indicators are computed from, as named input keys.
 * The data sheet lays out one input cell per key (this year, and the previous year under `prev.`);
 * the make-plan command and the pane's "Analyse data" fill them by key.
 */
export const GROUPS = ["white", "bme", "unknown"] as const;
export type GroupKey = (typeof GROUPS)[number];

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

/** Every input key, this year then previous year, in the order the data sheet lists them. */
export function allInputKeys(): InputKey[] {
  const keys: InputKey[] = [];
  for (const previous of [false, true]) {
    for (const m of COUNT_MEASURES) for (const g of GROUPS) keys.push(countKey(m, g, previous));
    for (const i of SURVEY_INDICATORS)
      for (const g of ["white", "bme"] as const) keys.push(surveyKey(i, g, previous));
  }
  return keys;
}

/** Values to type into the data sheet's input cells; keys left out stay blank. */
export type IndicatorInputs = Readonly<Partial<Record<InputKey, number>>>;
