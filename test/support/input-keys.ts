/** Every data-sheet input key, from the domain's lists of measures, groups and survey indicators. */
import {
  COUNT_MEASURES,
  GROUPS,
  SURVEY_INDICATORS,
  countKey,
  surveyKey,
  type InputKey,
} from "../../src/wres/indicator-inputs";

/** This year then previous year, in the order the data sheet lists them. */
export function allInputKeys(): InputKey[] {
  const keys: InputKey[] = [];
  for (const previous of [false, true]) {
    for (const m of COUNT_MEASURES) for (const g of GROUPS) keys.push(countKey(m, g, previous));
    for (const i of SURVEY_INDICATORS)
      for (const g of ["white", "bme"] as const) keys.push(surveyKey(i, g, previous));
  }
  return keys;
}
