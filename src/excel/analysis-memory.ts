/**
 * What "Analyse data" last read (sources, column choices, data sheet, sheets it wrote), kept in the
 * workbook's own document settings so Refresh can recount after an extract is replaced. The settings are
 * saved inside the workbook file: nothing leaves it.
 */
import type { ColumnOverrides, ExtractKind } from "../wres/column-match";
import type { SourceRef } from "./data-sources";

const MEMORY_KEY = "wres.analyseData";

interface AnalysisMemory {
  readonly version: 1;
  readonly dataSheet: string;
  readonly sources: Readonly<Partial<Record<ExtractKind, SourceRef>>>;
  /** Column per field by header text, so a replaced extract with columns in another order still matches. */
  readonly columns: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
  /** Analysis sheets written last time; Refresh replaces these rather than adding more copies. */
  readonly sheetsWritten: readonly string[];
}

/** The slice of `Office.Settings` used here, so tests can pass an in-memory store. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void;
}

function officeSettings(): SettingsStore | undefined {
  const g = globalThis as { Office?: { context?: { document?: { settings?: SettingsStore } } } };
  return g.Office?.context?.document?.settings;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The stored memory, or undefined when there is none or it is not ours (a hand-edited setting). */
export function recallAnalysis(
  store: SettingsStore | undefined = officeSettings(),
): AnalysisMemory | undefined {
  const raw = store?.get(MEMORY_KEY);
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (!isRecord(value) || value.version !== 1 || typeof value.dataSheet !== "string") return undefined;
  if (!isRecord(value.sources) || !isRecord(value.columns) || !Array.isArray(value.sheetsWritten))
    return undefined;
  return value as unknown as AnalysisMemory;
}

/** Stores the memory and saves the settings into the document. */
export async function rememberAnalysis(
  memory: AnalysisMemory,
  store: SettingsStore | undefined = officeSettings(),
): Promise<void> {
  if (!store) return;
  store.set(MEMORY_KEY, JSON.stringify(memory));
  await new Promise<void>((resolve, reject) =>
    store.saveAsync((result) =>
      result.status === "failed"
        ? reject(
            new Error(`Could not save the analysis settings: ${result.error?.message ?? "unknown error"}`),
          )
        : resolve(),
    ),
  );
}
