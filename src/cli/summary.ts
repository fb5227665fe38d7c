/** What make-plan tells the user it counted, as lines of text safe to print. */
import { visibleText } from "../wres/visible-text";
import { isClean } from "../wres/data-quality";
import { ALL_COUNTS } from "../wres/extract-kinds";
import type { ExtractCounts } from "../wres/extract-counts";
import { qualitySummary } from "../wres/quality-summary";

const n = (v: number): string => v.toLocaleString("en-GB");

export function summaryLines(counted: ExtractCounts): string[] {
  const lines = ["Counted (White / BME / Unknown):"];
  const present = ALL_COUNTS.filter((c) => counted.counts[c.name] !== undefined);
  const width = Math.max(...present.map((c) => c.label.length));
  for (const c of present) {
    const g = counted.counts[c.name];
    if (g) lines.push(`  ${c.label.padEnd(width)}  ${n(g.white)} / ${n(g.bme)} / ${n(g.unknown)}`);
  }
  lines.push(...qualitySummary(counted.quality).map(visibleText));
  lines.push(
    isClean(counted.quality)
      ? "Every row was read cleanly."
      : 'Every affected line is listed on the workbook\'s "Data quality" sheet.',
  );
  return lines;
}
