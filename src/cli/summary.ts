/** What make-plan tells the user it counted, as lines of text. */
import type { CountName, ExtractCounts } from "../wres/extract-counts";
import { EXTRACT_LABELS, FIELD_LABELS } from "../wres/column-match";

const LABELS: Readonly<Record<CountName, string>> = {
  headcount: "Staff headcount",
  training: "Accessed non-mandatory training",
  disciplinary: "Entered formal disciplinary",
  prevHeadcount: "Last year's headcount",
  prevDisciplinary: "Last year's formal disciplinary",
  shortlisted: "Shortlisted",
  appointed: "Appointed",
  board: "Board members",
  boardVoting: "Voting board members",
  boardExecutive: "Executive board members",
};

/** At most this many unreadable rows are listed; the total is always given. */
export const ROWS_LISTED = 20;

const n = (v: number): string => v.toLocaleString("en-GB");

export function summaryLines(counted: ExtractCounts): string[] {
  const lines = ["Counted (White / BME / Unknown):"];
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  for (const name of Object.keys(LABELS) as CountName[]) {
    const c = counted.counts[name];
    if (c) lines.push(`  ${LABELS[name].padEnd(width)}  ${n(c.white)} / ${n(c.bme)} / ${n(c.unknown)}`);
  }
  if (counted.unreadableCount === 0) {
    lines.push("Every row was read cleanly.");
    return lines;
  }
  lines.push(`${n(counted.unreadableCount)} row(s) could not be read cleanly and were counted as shown:`);
  for (const r of counted.unreadable.slice(0, ROWS_LISTED)) {
    lines.push(
      `  ${EXTRACT_LABELS[r.extract]} row ${r.row}, ${FIELD_LABELS[r.field]} "${r.value}": ${r.reason}`,
    );
  }
  if (counted.unreadableCount > ROWS_LISTED)
    lines.push(`  … and ${n(counted.unreadableCount - ROWS_LISTED)} more.`);
  return lines;
}
