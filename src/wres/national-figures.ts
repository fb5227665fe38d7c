/**
 * National figures for NHS trusts in England by WRES report year, exactly as wres.md lists them from
 * NHS England's WRES data analysis reports. Indicator 1 is the BME share of the workforce as a fraction.
 */
import { fail, ok, type Result } from "./issues";

type Row = readonly [
  year: number,
  ind1: number | null,
  ind2: number | null,
  ind3: number | null,
  ind4: number | null,
];

// null = "–" in the published table: no figure for that year.
const TABLE: readonly Row[] = [
  [2016, 0.177, 1.57, 1.56, null],
  [2018, 0.191, 1.45, 1.24, null],
  [2020, 0.21, 1.61, 1.16, 1.14],
  [2021, 0.224, 1.61, 1.14, 1.14],
  [2022, 0.242, 1.54, 1.14, 1.12],
  [2023, 0.264, 1.59, 1.03, 1.12],
  [2024, 0.286, null, null, null],
];

/** Indicators with a national column in the table. */
export const NATIONAL_INDICATORS = [1, 2, 3, 4] as const;

/** Report years that have a figure for an indicator (empty for indicators without a national column). */
export function publishedYears(indicator: number): number[] {
  if (!Number.isInteger(indicator) || indicator < 1 || indicator > 4) return [];
  return TABLE.filter((row) => row[indicator] !== null).map((row) => row[0]);
}

export function nationalFigure(indicator: number, year: number): Result<number> {
  if (!Number.isInteger(indicator) || indicator < 1 || indicator > 9) {
    return fail("value", "out_of_range", "indicator", {
      detail: { rule: "a whole number from 1 to 9", value: indicator },
    });
  }
  const row = TABLE.find((r) => r[0] === year);
  const value = indicator <= 4 && row ? row[indicator] : null;
  if (value !== null && value !== undefined) return ok(value);
  const years = publishedYears(indicator);
  return fail("na", "no_published_figure", "indicator", {
    detail: { indicator, year, ...(years.length > 0 ? { years: years.join(", ") } : {}) },
  });
}
