/**
 * The "Analyse data" form without React: which sources the workbook offers, the automatic column match
 * (the engine's own `matchColumns`, so the pane preselects what Analyse would use) and the request.
 */
import { dataSheetName } from "../plan/data-sheet";
import { periodSchema } from "../plan/options";
import { matchColumns } from "../wres/column-match";
import {
  FIELDS,
  KINDS,
  fieldsOf,
  isRequired,
  kindOf,
  type ExtractField,
  type ExtractKind,
} from "../wres/extract-kinds";
import type { AnalyseRequest, DataSources, SourceRef } from "./analyse-types";

export const EXTRACTS: readonly { readonly kind: ExtractKind; readonly label: string }[] = KINDS.map(
  (kind) => ({ kind, label: kindOf(kind).title }),
);

/** Field names as the pane shows them, with a capital letter. */
export function fieldLabel(field: ExtractField): string {
  const text = FIELDS[field].label;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface SourceOption {
  /** Stable key for the drop-down: "table:Staff", "selection", "sheet:Board". */
  readonly key: string;
  readonly label: string;
  readonly ref: SourceRef;
  /** Unknown for a sheet until its used range has been read. */
  readonly headers?: readonly string[];
}

const rows = (n: number): string => `${n.toLocaleString("en-GB")} ${n === 1 ? "row" : "rows"}`;

export function sourceOptions(sources: DataSources): SourceOption[] {
  const options: SourceOption[] = sources.tables.map((t) => ({
    key: `table:${t.name}`,
    label: `Table ${t.name} (${t.sheet}, ${rows(t.rowCount)})`,
    ref: { kind: "table", table: t.name },
    headers: t.headers,
  }));
  const s = sources.selection;
  if (s && s.rowCount > 0) {
    options.push({
      key: "selection",
      label: `Selection ${s.sheet}!${s.address} (${rows(s.rowCount)})`,
      ref: { kind: "range", sheet: s.sheet, address: s.address },
      headers: s.headers,
    });
  }
  for (const sheet of sources.sheets) {
    const used = sources.usedRanges.find((u) => u.sheet === sheet);
    options.push({
      key: `sheet:${sheet}`,
      label: used
        ? `Sheet ${sheet} (${used.address}, ${rows(used.rowCount)})`
        : `Sheet ${sheet} (all its data)`,
      ref: { kind: "sheet", sheet },
      ...(used ? { headers: used.headers } : {}),
    });
  }
  return options;
}

/** The key of a remembered source among the options, if it is still there. */
export function optionKey(ref: SourceRef): string {
  if (ref.kind === "table") return `table:${ref.table}`;
  if (ref.kind === "sheet") return `sheet:${ref.sheet}`;
  return "selection";
}

export type ColumnChoice = Partial<Record<ExtractField, number>>;

/** What the engine's header matching found: the column of each field, and the fields with two candidates. */
export interface AutoMatch {
  readonly choice: ColumnChoice;
  /** Fields whose header appears in more than one column, with those columns (0-based). */
  readonly ambiguous: Readonly<Partial<Record<ExtractField, readonly number[]>>>;
}

/**
 * The engine's own `matchColumns`, so the pane preselects what Analyse would use: every field it found, and
 * for the rest why not (no header like it, or two).
 */
export function autoMatch(kind: ExtractKind, headers: readonly string[]): AutoMatch {
  const match = matchColumns(kind, headers);
  const ambiguous: Partial<Record<ExtractField, readonly number[]>> = {};
  for (const d of match.duplicates) ambiguous[d.field] = d.columns;
  return { choice: { ...match.columns }, ambiguous };
}

/** The message under a required field with no column chosen. */
export function unmatchedMessage(headers: readonly string[], columns: readonly number[] | undefined): string {
  if (!columns || columns.length < 2) return "No column matched; choose one.";
  const named = columns.map((c) => `${c + 1} “${headers[c] ?? ""}”`);
  return `Columns ${named.slice(0, -1).join(", ")} and ${named[named.length - 1]} both fit; choose one.`;
}

/** A sheet named as the add-in names data sheets: "WRES data 2025-26", maybe with " (2)" after it. */
export function isDataSheetName(name: string): boolean {
  const period = /\d{4}-\d{2}/.exec(name)?.[0];
  if (!period || !periodSchema.safeParse(period).success) return false;
  const base = dataSheetName(period).toLowerCase();
  const lower = name.toLowerCase();
  return lower === base || (lower.startsWith(`${base} (`) && /^ \(\d+\)$/.test(lower.slice(base.length)));
}

/** The data sheet to preselect: the latest year's, and of one year the last one made. */
export function defaultDataSheet(sheets: readonly string[]): string {
  const data = sheets.filter(isDataSheetName);
  return [...data].sort((a, b) => a.localeCompare(b, "en-GB", { numeric: true })).at(-1) ?? "";
}

/** Required fields of `kind` with no column chosen. */
export function unchosen(kind: ExtractKind, choice: ColumnChoice): ExtractField[] {
  return fieldsOf(kind).filter((f) => isRequired(kind, f) && choice[f] === undefined);
}

interface FormState {
  readonly sources: Partial<Record<ExtractKind, SourceOption>>;
  readonly columns: Partial<Record<ExtractKind, ColumnChoice>>;
  readonly dataSheet: string;
}

/** The request for Analyse, or the first thing the user still has to choose. */
export function buildRequest(state: FormState): { request: AnalyseRequest } | { error: string } {
  const chosen = EXTRACTS.filter((e) => state.sources[e.kind] !== undefined);
  if (chosen.length === 0) return { error: "Choose where at least one extract is." };
  if (state.dataSheet === "") return { error: "Choose the data sheet to fill." };
  const sources: Partial<Record<ExtractKind, SourceRef>> = {};
  const columns: Partial<Record<ExtractKind, ColumnChoice>> = {};
  for (const { kind, label } of chosen) {
    const option = state.sources[kind] as SourceOption;
    sources[kind] = option.ref;
    if (option.headers) {
      const choice = state.columns[kind] ?? {};
      const missing = unchosen(kind, choice);
      if (missing.length > 0)
        return {
          error: `${label}: choose the column for ${missing.map((f) => FIELDS[f].label).join(", ")}.`,
        };
      columns[kind] = choice;
    }
  }
  return { request: { sources, columns, dataSheet: state.dataSheet } };
}
