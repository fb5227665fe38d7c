/**
 * Finds the columns of an ESR or recruitment extract by their headers, case-insensitively and allowing the
 * usual variants ("Ethnic Origin", "Ethnicity", "Ethnic Group" …), with explicit overrides for the rest.
 * Returns everything it found and everything wrong at once (missing fields, duplicate headers, overrides
 * naming no column), so the pane can preselect what matched and ask only for the rest.
 */
import { FIELDS, fieldsOf, isRequired, kindOf, type ExtractField, type ExtractKind } from "./extract-kinds";
import { fail, ok, type Problem, type Result } from "./issues";
import { normaliseLabel } from "./label-text";

export type { ExtractKind } from "./extract-kinds";

/** A column chosen by the user: its header text (any case) or its 0-based position. */
export type ColumnOverrides = Readonly<Partial<Record<ExtractField, string | number>>>;

/** Column index per field found; optional fields that are absent are left out. */
export type ColumnMap = Readonly<Partial<Record<ExtractField, number>>>;

interface ColumnMatch {
  /** The column of each field found (by override or by header). */
  readonly columns: ColumnMap;
  /** Required fields with no column. */
  readonly missing: readonly ExtractField[];
  /** Fields whose header appears in more than one column: which one is meant cannot be known. */
  readonly duplicates: readonly { readonly field: ExtractField; readonly columns: readonly number[] }[];
  /** Overrides that name no column of the header. */
  readonly badOverrides: readonly { readonly field: ExtractField; readonly override: string | number }[];
  /** One column chosen for two fields. */
  readonly reused: readonly { readonly fields: readonly ExtractField[]; readonly column: number }[];
}

/** `variant` appears as whole words in `header`, not negated ("Non-Voting", "Non-Executive" are not matches). */
function containsVariant(header: string, variant: string): boolean {
  const padded = ` ${header} `;
  const at = padded.indexOf(` ${variant} `);
  if (at < 0) return false;
  const before = padded.slice(0, at).trim().split(" ").pop();
  // "Mandatory Training" is the opposite of the non-mandatory training indicator 4 counts.
  if (variant === "training" && header.includes("mandatory") && !header.includes("non mandatory"))
    return false;
  return before !== "non" && before !== "not" && !variant.startsWith("non");
}

/** Every free column whose header is the first variant that matches any column (exactly, then within words). */
function findField(field: ExtractField, headers: readonly string[], taken: ReadonlySet<number>): number[] {
  const variants = FIELDS[field].headers;
  const free = (k: number) => !taken.has(k);
  for (const test of [(h: string, v: string) => h === v, containsVariant]) {
    for (const v of variants) {
      const hits = headers.flatMap((h, k) => (free(k) && test(h, v) ? [k] : []));
      if (hits.length === 0) continue;
      // Two columns with the same header are ambiguous; different headers that both contain the variant
      // ("Ethnic Origin (ESR)", "Ethnic Origin (self-declared)") are too.
      return hits;
    }
  }
  return [];
}

/** Matches an extract's header row to its fields. Overrides win; automatic matching avoids their columns. */
export function matchColumns(
  kind: ExtractKind,
  header: readonly string[],
  overrides: ColumnOverrides = {},
): ColumnMatch {
  const headers = header.map((h) => normaliseLabel(h));
  const columns: Partial<Record<ExtractField, number>> = {};
  const missing: ExtractField[] = [];
  const duplicates: { field: ExtractField; columns: number[] }[] = [];
  const badOverrides: { field: ExtractField; override: string | number }[] = [];
  const taken = new Set<number>();
  const fields = fieldsOf(kind);
  for (const field of fields) {
    const o = overrides[field];
    if (o === undefined) continue;
    const hits =
      typeof o === "number"
        ? Number.isInteger(o) && o >= 0 && o < header.length
          ? [o]
          : []
        : headers.flatMap((h, k) => (h === normaliseLabel(o) ? [k] : []));
    if (hits.length === 0) badOverrides.push({ field, override: o });
    else if (hits.length > 1) duplicates.push({ field, columns: hits });
    else {
      columns[field] = hits[0];
      taken.add(hits[0]);
    }
  }
  for (const field of fields) {
    if (overrides[field] !== undefined) continue;
    const hits = findField(field, headers, taken);
    if (hits.length === 1) {
      columns[field] = hits[0];
      taken.add(hits[0]);
    } else if (hits.length > 1) duplicates.push({ field, columns: hits });
    else if (isRequired(kind, field)) missing.push(field);
  }
  const byColumn = new Map<number, ExtractField[]>();
  for (const field of fields) {
    const c = columns[field];
    if (c !== undefined) byColumn.set(c, [...(byColumn.get(c) ?? []), field]);
  }
  const reused = [...byColumn].filter(([, f]) => f.length > 1).map(([column, f]) => ({ column, fields: f }));
  return { columns, missing, duplicates, badOverrides, reused };
}

const quoted = (header: readonly string[], i: number): string => `column ${i + 1} "${header[i] ?? ""}"`;

/** The first thing that stops the extract being read, as a problem naming the field and the columns. */
function columnProblem(
  kind: ExtractKind,
  header: readonly string[],
  match: ColumnMatch,
): Problem | undefined {
  const extract = kindOf(kind).label;
  const headers = header.length === 0 ? "none" : header.map((h) => `"${h}"`).join(", ");
  const d = match.duplicates[0];
  if (d) {
    return fail("value", "duplicate_column", d.field, {
      detail: {
        extract,
        field: FIELDS[d.field].label,
        columns: d.columns.map((c) => quoted(header, c)).join(" and "),
        first: d.columns[0] + 1,
      },
    }).problem;
  }
  const b = match.badOverrides[0];
  if (b) {
    return fail("value", "missing_column", b.field, {
      detail: {
        extract,
        field: FIELDS[b.field].label,
        looked_for: typeof b.override === "number" ? `column ${b.override + 1}` : `"${b.override}"`,
        headers,
      },
    }).problem;
  }
  const m = match.missing[0];
  if (m) {
    return fail("value", "missing_column", m, {
      detail: {
        extract,
        field: FIELDS[m].label,
        looked_for: FIELDS[m].headers.map((v) => `"${v}"`).join(", "),
        headers,
      },
    }).problem;
  }
  const r = match.reused[0];
  if (r) {
    return fail("value", "column_reused", r.fields[1], {
      detail: {
        extract,
        fields: r.fields.map((f) => FIELDS[f].label).join(" and "),
        column: quoted(header, r.column),
      },
    }).problem;
  }
  return undefined;
}

/** The columns to read, or the first problem that stops the extract being read. */
export function requireColumns(
  kind: ExtractKind,
  header: readonly string[],
  overrides?: ColumnOverrides,
): Result<ColumnMap> {
  const match = matchColumns(kind, header, overrides);
  const problem = columnProblem(kind, header, match);
  return problem ? { ok: false, problem } : ok(match.columns);
}
