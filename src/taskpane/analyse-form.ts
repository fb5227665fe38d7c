/**
 * The "Analyse data" form without React: which sources the workbook offers, the automatic column match
 * (the engine's own `matchColumns`, so the pane preselects what Analyse would use) and the request.
 */
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

/** Column per field as the engine would match it; fields with no single matching header are left out. */
export function autoMatch(kind: ExtractKind, headers: readonly string[]): ColumnChoice {
  return { ...matchColumns(kind, headers).columns };
}

/** Required fields of `kind` with no column chosen. */
export function unchosen(kind: ExtractKind, choice: ColumnChoice): ExtractField[] {
  return fieldsOf(kind).filter((f) => isRequired(kind, f) && choice[f] === undefined);
}

export interface FormState {
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
