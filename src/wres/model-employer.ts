/**
 * Model Employer goals (NHS England, *A Model Employer*, 2019): a straight line from a band's baseline BME
 * headcount in the baseline year to target share × band headcount in the target year, rounded up to whole
 * people.
 */
import { fail, ok, type Result } from "./issues";
import { safeCeil } from "./numeric-tolerance";
import { checkCount } from "./relative-likelihood";

interface ModelEmployerLine {
  readonly bandBme: number;
  readonly bandTotal: number;
  readonly targetShare: number;
  readonly baselineYear: number;
  readonly targetYear: number;
}

function checkLine(line: ModelEmployerLine): Result<true> {
  const counts = checkCount(line.bandBme, line.bandTotal, "band_bme", "band_total");
  if (!counts.ok) return counts;
  if (!(line.targetShare >= 0 && line.targetShare <= 1)) {
    return fail("value", "out_of_range", "target_share", {
      detail: { rule: "a fraction from 0 to 1, such as 0.25 for 25 %", value: line.targetShare },
    });
  }
  for (const [value, name] of [
    [line.baselineYear, "baseline_year"],
    [line.targetYear, "target_year"],
  ] as const) {
    if (!Number.isInteger(value)) return fail("value", "not_whole", name, { detail: { value } });
  }
  if (line.targetYear <= line.baselineYear) {
    return fail("value", "out_of_range", "target_year", {
      detail: { rule: `later than baseline_year (${line.baselineYear})`, value: line.targetYear },
    });
  }
  return ok(true);
}

/** Goal for one year between the baseline and target years (inclusive). */
export function modelEmployerGoal(line: ModelEmployerLine, year: number): Result<number> {
  const valid = checkLine(line);
  if (!valid.ok) return valid;
  if (!Number.isInteger(year)) return fail("value", "not_whole", "year", { detail: { value: year } });
  if (year < line.baselineYear || year > line.targetYear) {
    return fail("value", "out_of_range", "year", {
      detail: { rule: `from ${line.baselineYear} to ${line.targetYear}`, value: year },
    });
  }
  return ok(goalAt(line, year));
}

/**
 * The longest year-by-year list, in years after the baseline: the Model Employer trajectory runs for about
 * ten years, so more is a typing slip (2208 for 2028), not a plan.
 */
export const MAX_GOAL_YEARS = 100;

/** `[year, goal]` for every year from the baseline to the target. */
export function modelEmployerGoals(line: ModelEmployerLine): Result<number[][]> {
  const valid = checkLine(line);
  if (!valid.ok) return valid;
  // A typing slip (2208 for 2028, or a count in the year cell) would otherwise spill thousands of rows or
  // exhaust the functions' memory, stopping every other function in the workbook.
  if (line.targetYear - line.baselineYear > MAX_GOAL_YEARS) {
    return fail("value", "out_of_range", "target_year", {
      detail: {
        rule: `at most ${MAX_GOAL_YEARS} years after baseline_year for the year-by-year list (give a year for one goal)`,
        value: line.targetYear,
      },
    });
  }
  const rows: number[][] = [];
  for (let year = line.baselineYear; year <= line.targetYear; year++) rows.push([year, goalAt(line, year)]);
  return ok(rows);
}

function goalAt(line: ModelEmployerLine, year: number): number {
  const span = line.targetYear - line.baselineYear;
  const target = line.targetShare * line.bandTotal;
  // Weighted sum then one division, so whole-number points on the line stay whole.
  const weighted = (line.bandBme * (line.targetYear - year) + target * (year - line.baselineYear)) / span;
  // Vast counts overflow the weighted sum; stepping from the baseline is then finite (both ends are).
  const value = Number.isFinite(weighted)
    ? weighted
    : line.bandBme + (target - line.bandBme) * ((year - line.baselineYear) / span);
  return safeCeil(value);
}
