/** Plan periods like "2025-26": the first year, and the period before. */

export function periodStartYear(period: string): number {
  return Number(period.slice(0, 4));
}

/** "2025-26" → "2024-25". */
export function previousPeriod(period: string): string {
  const start = periodStartYear(period) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}
