/**
 * The data-quality report in a few lines of plain text, for make-plan's terminal summary and the pane: per
 * extract, rows read and counted, each kind of problem with its rows and first lines, and the commonest
 * unrecognised values. The full list (every line) is the Data quality sheet's; `isClean` says whether to add
 * "Every row was read cleanly."
 */
import { lineRanges, type DataQuality } from "./data-quality";
import { FIELDS, kindOf } from "./extract-kinds";
import { qualityIssueText } from "./messages";

const n = (x: number): string => x.toLocaleString("en-GB");
const linesWord = (lines: readonly number[]): string => (lines.length === 1 ? "line" : "lines");
const rows = (x: number): string => `${n(x)} ${x === 1 ? "row" : "rows"}`;

/** `runs` line runs per problem and `values` unrecognised values per extract. */
export function qualitySummary(q: DataQuality, runs = 5, values = 5): string[] {
  const out: string[] = [];
  for (const e of q.extracts) {
    const label = kindOf(e.kind).label;
    const blank =
      e.blankRows > 0
        ? `; ${rows(e.blankRows)} wholly blank at the end, skipped (${linesWord(e.blankLines)} ${lineRanges(e.blankLines, runs)})`
        : "";
    out.push(
      `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${rows(e.rowsRead)} read, ${n(e.rowsCounted)} counted${blank}.`,
    );
    if (e.rowsWithProblems > 0)
      out.push(`  ${rows(e.rowsWithProblems)} with a problem, still counted as described:`);
    for (const issue of e.issues) {
      out.push(
        `  ${rows(issue.rows)}: ${qualityIssueText(issue)} (${linesWord(issue.lines)} ${lineRanges(issue.lines, runs)}).`,
      );
    }
    const shown = e.values.slice(0, values);
    for (const v of shown) {
      out.push(`  ${FIELDS[v.field].label} "${v.value}": ${rows(v.rows)}, counted as ${v.countedAs}.`);
    }
    const more = e.values.length - shown.length + e.valuesNotListed.distinct;
    if (more > 0) out.push(`  … and ${n(more)} more unrecognised values.`);
  }
  return out;
}
