/**
 * The data sheet compares each figure with the latest national report at or before the plan's first year.
 * The figures themselves live once, in the engine's table (`src/wres/national-figures.ts`, from wres.md).
 */
import { nationalFigure, publishedYears } from "../wres/national-figures";

interface NationalComparator {
  readonly reportYear: number;
  readonly value: number;
}

/** The latest published figure for `indicator` from a report year no later than `year`, if any. */
export function nationalComparator(indicator: 1 | 2 | 3 | 4, year: number): NationalComparator | undefined {
  const reportYear = Math.max(...publishedYears(indicator).filter((y) => y <= year));
  if (!Number.isFinite(reportYear)) return undefined;
  const figure = nationalFigure(indicator, reportYear);
  return figure.ok ? { reportYear, value: figure.value } : undefined;
}
