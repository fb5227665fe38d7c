/**
 * The data-quality report counting returns: for each extract, rows read and counted, every kind of doubt with
 * how many rows it touched and every affected line, and each unrecognised value with what it was counted as.
 * Nothing is dropped to save space except the text of values beyond the first MAX_DISTINCT_VALUES (their rows
 * are still counted and their lines still listed under their problem).
 */
import type { ExtractField, ExtractKind } from "./extract-kinds";
import { detachedText } from "./text-memo";

export type QualityCode =
  | "blank_ethnicity"
  | "unrecognised_ethnicity"
  | "blank_band"
  | "unrecognised_band"
  | "blank_staff_group"
  | "unrecognised_staff_group"
  | "blank_flag"
  | "unrecognised_flag"
  | "requirement_not_met"
  | "extra_fields"
  | "missing_fields"
  | "blank_row_counted"
  | "unused_columns_only"
  | "unused_columns_trailing";

export interface QualityIssue {
  readonly code: QualityCode;
  /** The field at fault; none for whole-row problems (extra fields, …). */
  readonly field?: ExtractField;
  /** Rows affected. */
  readonly rows: number;
  /** Every affected row's line: the physical line of a file (blank lines included) or the row of a sheet. */
  readonly lines: readonly number[];
  /** For requirement_not_met: why the row was not counted. */
  readonly reason?: string;
}

interface UnrecognisedValue {
  readonly field: ExtractField;
  /** The value as read (at most MAX_VALUE_LENGTH characters kept). */
  readonly value: string;
  readonly rows: number;
  /** "Unknown", "Other", "yes", "no", or "left out of the tables by staff group". */
  readonly countedAs: string;
}

export interface ExtractQuality {
  readonly kind: ExtractKind;
  /** Rows below the header, wholly blank ones included. */
  readonly rowsRead: number;
  /** Rows counted as people. */
  readonly rowsCounted: number;
  /**
   * Wholly blank rows after the last row with data, skipped (not a problem: padding, blank lines at the end).
   * Blank rows between records are people, listed under the problem `blank_row_counted`.
   */
  readonly blankRows: number;
  readonly blankLines: readonly number[];
  /** Rows with at least one problem (each row once, however many problems it has). */
  readonly rowsWithProblems: number;
  readonly issues: readonly QualityIssue[];
  /** Unrecognised values by field and value, most rows first. */
  readonly values: readonly UnrecognisedValue[];
  /** Distinct unrecognised values beyond the first MAX_DISTINCT_VALUES per field, not listed by text. */
  readonly valuesNotListed: { readonly distinct: number; readonly rows: number };
}

export interface DataQuality {
  readonly extracts: readonly ExtractQuality[];
}

const MAX_DISTINCT_VALUES = 1000;
const MAX_VALUE_LENGTH = 200;

/** True only when no extract has a problem row (blank rows are not problems). */
export const isClean = (q: DataQuality): boolean => q.extracts.every((e) => e.rowsWithProblems === 0);

/** Lines as a growable array of 32-bit integers: millions of line numbers in a few megabytes. */
export class LineList {
  private data = new Uint32Array(16);
  length = 0;

  push(line: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = line;
  }

  at(i: number): number {
    return this.data[i];
  }

  clear(): void {
    this.length = 0;
  }

  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }
}

/** Text of a cell value as a user would read it. */
export function valueText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null || v === undefined) return "";
  return String(v as number);
}

interface ValueTally {
  rows: number;
  countedAs: string;
}

/** Collects one extract's doubts as it is counted. */
export class QualityRecorder {
  rowsRead = 0;
  blankRows = 0;
  readonly blankLines = new LineList();
  rowsWithProblems = 0;
  private readonly issues = new Map<
    string,
    { issue: Omit<QualityIssue, "lines" | "rows">; lines: LineList }
  >();
  private readonly values = new Map<ExtractField, Map<string, ValueTally>>();
  private notListed = { distinct: 0, rows: 0 };
  private readonly notListedSeen = new Map<ExtractField, Set<string>>();

  constructor(readonly kind: ExtractKind) {}

  blank(line: number): void {
    this.blankRows++;
    this.blankLines.push(line);
  }

  issue(code: QualityCode, field: ExtractField | undefined, line: number, reason?: string): void {
    const key = `${code}:${field ?? ""}`;
    let entry = this.issues.get(key);
    if (!entry) {
      entry = {
        issue: { code, ...(field ? { field } : {}), ...(reason ? { reason } : {}) },
        lines: new LineList(),
      };
      this.issues.set(key, entry);
    }
    entry.lines.push(line);
  }

  /** Values are kept as copies: a cell cut from a piece of a file would keep the whole piece alive. */
  value(field: ExtractField, raw: unknown, countedAs: string): void {
    const text = valueText(raw).slice(0, MAX_VALUE_LENGTH);
    let byValue = this.values.get(field);
    if (!byValue) this.values.set(field, (byValue = new Map()));
    const hit = byValue.get(text);
    if (hit) hit.rows++;
    else if (byValue.size < MAX_DISTINCT_VALUES) byValue.set(detachedText(text), { rows: 1, countedAs });
    else {
      // Past the cap only the number of distinct values is kept, up to a second cap, then rows alone.
      let seen = this.notListedSeen.get(field);
      if (!seen) this.notListedSeen.set(field, (seen = new Set()));
      if (!seen.has(text) && seen.size < MAX_DISTINCT_VALUES * 10) {
        seen.add(detachedText(text));
        this.notListed.distinct++;
      }
      this.notListed.rows++;
    }
  }

  report(rowsCounted: number): ExtractQuality {
    const issues = [...this.issues.values()].map(({ issue, lines }) => ({
      ...issue,
      rows: lines.length,
      lines: lines.toArray(),
    }));
    const values: UnrecognisedValue[] = [];
    for (const [field, byValue] of this.values)
      for (const [value, t] of byValue) values.push({ field, value, rows: t.rows, countedAs: t.countedAs });
    values.sort((a, b) => b.rows - a.rows);
    return {
      kind: this.kind,
      rowsRead: this.rowsRead,
      rowsCounted,
      blankRows: this.blankRows,
      blankLines: this.blankLines.toArray(),
      rowsWithProblems: this.rowsWithProblems,
      issues,
      values,
      valuesNotListed: { ...this.notListed },
    };
  }
}

/**
 * Lines as runs: [6, 9, 10, 11, 15] → "6, 9–11, 15". With `limit`, at most that many runs and then
 * "and N more lines".
 */
export function lineRanges(lines: readonly number[], limit = Infinity): string {
  const parts: string[] = [];
  let i = 0;
  while (i < lines.length && parts.length < limit) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j === i ? String(lines[i]) : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  const rest = lines.length - i;
  return rest > 0 ? `${parts.join(", ")} and ${rest.toLocaleString("en-GB")} more` : parts.join(", ");
}
