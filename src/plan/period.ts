/** Plan periods like "2025-26": the first year, and the periods before and after. */

export function periodStartYear(period: string): number {
  return Number(period.slice(0, 4));
}

function periodStarting(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

/** "2025-26" → "2024-25". */
export function previousPeriod(period: string): string {
  return periodStarting(periodStartYear(period) - 1);
}

/** "2025-26" → "2026-27": the year a plan is rolled forward into. */
export function nextPeriod(period: string): string {
  return periodStarting(periodStartYear(period) + 1);
}
