/**
 * Finds the columns of an ESR or recruitment extract by their headers, case-insensitively and allowing the
 * usual variants ("Ethnic Origin", "Ethnicity", "Ethnic Group" …), with explicit overrides for the rest.
 */
import { fail, ok, type Result } from "./issues";
import { normaliseLabel } from "./label-text";

export type ExtractKind = "staff" | "staff-previous" | "applications" | "board";

export type ExtractField =
  | "ethnicity"
  | "band"
  | "staffGroup"
  | "training"
  | "disciplinary"
  | "shortlisted"
  | "appointed"
  | "voting"
  | "executive";

/** The fields each extract carries; those not in OPTIONAL_FIELDS are required. */
export const EXTRACT_FIELDS: Readonly<Record<ExtractKind, readonly ExtractField[]>> = {
  staff: ["ethnicity", "band", "staffGroup", "training", "disciplinary"],
  "staff-previous": ["ethnicity", "disciplinary"],
  applications: ["ethnicity", "shortlisted", "appointed"],
  board: ["ethnicity", "voting", "executive"],
};

/** Without a staff group column the indicator 1 tables are not split by staff group; everything else still works. */
export const OPTIONAL_FIELDS: ReadonlySet<ExtractField> = new Set(["staffGroup"]);

/** Words users see for each field in messages. */
export const FIELD_LABELS: Readonly<Record<ExtractField, string>> = {
  ethnicity: "ethnicity",
  band: "pay band",
  staffGroup: "staff group",
  training: "non-mandatory training / CPD",
  disciplinary: "formal disciplinary",
  shortlisted: "shortlisted",
  appointed: "appointed",
  voting: "voting board member",
  executive: "executive board member",
};

export const EXTRACT_LABELS: Readonly<Record<ExtractKind, string>> = {
  staff: "staff",
  "staff-previous": "previous year's staff",
  applications: "applications",
  board: "board",
};

/** Header variants per field, most specific first (normalised: lower case, single spaces, no punctuation). */
export const HEADER_VARIANTS: Readonly<Record<ExtractField, readonly string[]>> = {
  ethnicity: [
    "ethnic origin",
    "ethnicity",
    "ethnic group",
    "ethnic category",
    "ethnic background",
    "ethnic code",
    "ethnic",
  ],
  band: [
    "pay band",
    "afc band",
    "agenda for change band",
    "afc pay band",
    "band",
    "pay grade",
    "grade",
    "payband",
  ],
  staffGroup: [
    "staff group",
    "occupation group",
    "occupational group",
    "staff category",
    "professional group",
  ],
  training: [
    "accessed non mandatory training",
    "non mandatory training",
    "accessed cpd",
    "cpd",
    "non mandatory training cpd",
    "accessed training",
    "training",
  ],
  disciplinary: [
    "entered formal disciplinary",
    "formal disciplinary",
    "entered disciplinary",
    "disciplinary investigation",
    "disciplinary",
  ],
  shortlisted: ["shortlisted", "short listed", "was shortlisted"],
  appointed: ["appointed", "was appointed", "appointment"],
  voting: ["voting", "voting member", "voting board member", "board voting"],
  executive: ["executive", "executive member", "executive director", "exec", "board executive"],
};

/** A column chosen by the user: its header text (any case) or its 0-based position. */
export type ColumnOverrides = Readonly<Partial<Record<ExtractField, string | number>>>;

/** Column index per field found; optional fields that are absent are left out. */
export type ColumnMap = Readonly<Partial<Record<ExtractField, number>>>;

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

function findField(field: ExtractField, headers: readonly string[], taken: ReadonlySet<number>): number {
  const variants = HEADER_VARIANTS[field];
  for (const v of variants) {
    const i = headers.findIndex((h, k) => !taken.has(k) && h === v);
    if (i >= 0) return i;
  }
  // Headers with extra words: "Ethnic Origin (ESR)", "Appointed Y/N".
  for (const v of variants) {
    const i = headers.findIndex((h, k) => !taken.has(k) && containsVariant(h, v));
    if (i >= 0) return i;
  }
  return -1;
}

function missing(kind: ExtractKind, field: ExtractField, header: readonly string[], lookedFor: string) {
  return fail("value", "missing_column", field, {
    detail: {
      extract: EXTRACT_LABELS[kind],
      field: FIELD_LABELS[field],
      looked_for: lookedFor,
      headers: header.length === 0 ? "none" : header.map((h) => `"${h}"`).join(", "),
    },
  });
}

/** Matches an extract's header row to its fields. Overrides win; a required field with no column is a problem. */
export function matchColumns(
  kind: ExtractKind,
  header: readonly string[],
  overrides: ColumnOverrides = {},
): Result<ColumnMap> {
  const headers = header.map(normaliseLabel);
  const map: Partial<Record<ExtractField, number>> = {};
  const taken = new Set<number>();
  const fields = EXTRACT_FIELDS[kind];
  // Overrides first, so automatic matching cannot take a column the user assigned elsewhere.
  for (const field of fields) {
    const o = overrides[field];
    if (o === undefined) continue;
    const i =
      typeof o === "number"
        ? Number.isInteger(o) && o >= 0 && o < header.length
          ? o
          : -1
        : headers.indexOf(normaliseLabel(o));
    if (i < 0) return missing(kind, field, header, typeof o === "number" ? `column ${o + 1}` : `"${o}"`);
    map[field] = i;
    taken.add(i);
  }
  for (const field of fields) {
    if (map[field] !== undefined) continue;
    const i = findField(field, headers, taken);
    if (i < 0) {
      if (OPTIONAL_FIELDS.has(field)) continue;
      return missing(kind, field, header, HEADER_VARIANTS[field].map((v) => `"${v}"`).join(", "));
    }
    map[field] = i;
    taken.add(i);
  }
  return ok(map);
}
