/**
 * NHS England's national figures for NHS trusts in England, by WRES report year, exactly as `wres.md` lists
 * them. The data sheet compares each figure with the latest report at or before the plan's first year.
 */

/** Report year → figure; indicator 1 as a fraction (17.7 % = 0.177). */
const NATIONAL: Readonly<Record<1 | 2 | 3 | 4, Readonly<Record<number, number>>>> = {
  1: { 2016: 0.177, 2018: 0.191, 2020: 0.21, 2021: 0.224, 2022: 0.242, 2023: 0.264, 2024: 0.286 },
  2: { 2016: 1.57, 2018: 1.45, 2020: 1.61, 2021: 1.61, 2022: 1.54, 2023: 1.59 },
  3: { 2016: 1.56, 2018: 1.24, 2020: 1.16, 2021: 1.14, 2022: 1.14, 2023: 1.03 },
  4: { 2020: 1.14, 2021: 1.14, 2022: 1.12, 2023: 1.12 },
};

export interface NationalComparator {
  readonly reportYear: number;
  readonly value: number;
}

/** The latest published figure for `indicator` from a report year no later than `year`, if any. */
export function nationalComparator(indicator: 1 | 2 | 3 | 4, year: number): NationalComparator | undefined {
  const years = Object.keys(NATIONAL[indicator])
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => b - a);
  if (years.length === 0) return undefined;
  return { reportYear: years[0], value: NATIONAL[indicator][years[0]] };
}
