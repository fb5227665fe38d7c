/**
 * Counts extracts read from the workbook with the pure engine (`countExtracts`), about 10,000 rows at a time
 * with a macrotask between chunks, so the pane can paint its progress bar and Excel stays responsive on
 * large extracts. Chunk results add up exactly: counts, band tables and unreadable rows (renumbered to the
 * row the user sees in their sheet) are merged as if the whole extract had been counted in one pass.
 */
import { bandRows, newBandCounts, type BandCounts, type BandRow } from "../wres/band-table";
import { matchColumns, type ColumnMap, type ColumnOverrides, type ExtractKind } from "../wres/column-match";
import type { CsvTable } from "../wres/csv";
import { BME, UNKNOWN, WHITE } from "../wres/ethnic-group";
import {
  MAX_UNREADABLE_LISTED,
  countExtracts,
  type BandTables,
  type CountName,
  type ExtractCounts,
  type Extracts,
  type GroupCounts,
  type UnreadableRow,
} from "../wres/extract-counts";
import { ok, type Result } from "../wres/issues";
import { PAY_BANDS } from "../wres/pay-band";
import type { CellValue, SourceValues } from "./data-sources";

export const CHUNK_ROWS = 10_000;

const EXTRACT_KEYS: Readonly<Record<ExtractKind, keyof Extracts>> = {
  staff: "staff",
  "staff-previous": "staffPrevious",
  applications: "applications",
  board: "board",
};

export interface ChunkOptions {
  readonly columns?: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
  /** Rows done and rows in all; called after every chunk and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Lets the browser paint between chunks; a macrotask by default. */
  readonly yieldToHost?: () => Promise<void>;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Cell text as an extract file would hold it: TRUE/FALSE for booleans, plain digits for numbers. */
const cellText = (v: CellValue | null | undefined): string =>
  v === null || v === undefined
    ? ""
    : typeof v === "string"
      ? v
      : typeof v === "boolean"
        ? v
          ? "TRUE"
          : "FALSE"
        : String(v);

function textRows(rows: readonly CellValue[][], from: number, to: number): string[][] {
  const out: string[][] = new Array<string[]>(to - from);
  for (let r = from; r < to; r++) out[r - from] = rows[r].map(cellText);
  return out;
}

const addTo = (target: Record<string, number>, key: string, n: number): void => {
  target[key] = (target[key] ?? 0) + n;
};

function addBands(target: BandCounts, rows: readonly BandRow[]): void {
  for (const row of rows) {
    const b = PAY_BANDS.indexOf(row.band as (typeof PAY_BANDS)[number]);
    if (b < 0) continue;
    target[b * 3 + WHITE] += row.white;
    target[b * 3 + BME] += row.bme;
    target[b * 3 + UNKNOWN] += row.unknown;
  }
}

/** Counts every source given; a required column that cannot be found is returned as the engine's problem. */
export async function countInChunks(
  sources: Readonly<Partial<Record<ExtractKind, SourceValues>>>,
  options: ChunkOptions = {},
): Promise<Result<ExtractCounts>> {
  const kinds = (Object.keys(EXTRACT_KEYS) as ExtractKind[]).filter((k) => sources[k] !== undefined);
  const maps: Partial<Record<ExtractKind, ColumnMap>> = {};
  let total = 0;
  for (const kind of kinds) {
    const s = sources[kind] as SourceValues;
    const m = matchColumns(kind, s.header, options.columns?.[kind]);
    if (!m.ok) return m;
    maps[kind] = m.value;
    total += s.rows.length;
  }
  const pause = options.yieldToHost ?? macrotask;
  const inputs: Record<string, number> = {};
  const counts: Partial<Record<CountName, Record<keyof GroupCounts, number>>> = {};
  const bands = {
    overall: newBandCounts(),
    nonClinical: newBandCounts(),
    clinical: newBandCounts(),
    medical: newBandCounts(),
  };
  const unreadable: UnreadableRow[] = [];
  let unreadableCount = 0;
  let done = 0;

  for (const kind of kinds) {
    const s = sources[kind] as SourceValues;
    // Column positions found once on the header, so every chunk reads the same columns.
    const columns = { [kind]: maps[kind] as ColumnOverrides };
    for (let from = 0; from < s.rows.length || (from === 0 && s.rows.length === 0); from += CHUNK_ROWS) {
      const to = Math.min(from + CHUNK_ROWS, s.rows.length);
      const table: CsvTable = { header: s.header, rows: textRows(s.rows, from, to) };
      const r = countExtracts({ [EXTRACT_KEYS[kind]]: table }, { columns });
      if (!r.ok) return r;
      for (const [key, n] of Object.entries(r.value.inputs)) addTo(inputs, key, n ?? 0);
      for (const [name, c] of Object.entries(r.value.counts) as [CountName, GroupCounts][]) {
        const t = (counts[name] ??= { white: 0, bme: 0, unknown: 0 });
        t.white += c.white;
        t.bme += c.bme;
        t.unknown += c.unknown;
      }
      if (r.value.bandTables) {
        addBands(bands.overall, r.value.bandTables.overall);
        addBands(bands.nonClinical, r.value.bandTables.nonClinical);
        addBands(bands.clinical, r.value.bandTables.clinical);
        addBands(bands.medical, r.value.bandTables.medical);
      }
      unreadableCount += r.value.unreadableCount;
      for (const u of r.value.unreadable) {
        if (unreadable.length >= MAX_UNREADABLE_LISTED) break;
        unreadable.push({ ...u, row: u.row + from });
      }
      done += to - from;
      options.onProgress?.(done, total);
      if (to >= s.rows.length) break;
      await pause();
    }
  }
  if (total === 0) options.onProgress?.(0, 0);
  const bandTables: BandTables | undefined =
    sources.staff === undefined
      ? undefined
      : {
          overall: bandRows(bands.overall),
          nonClinical: bandRows(bands.nonClinical),
          clinical: bandRows(bands.clinical),
          medical: bandRows(bands.medical),
        };
  return ok({
    inputs,
    counts,
    ...(bandTables ? { bandTables } : {}),
    unreadable,
    unreadableCount,
    columns: maps,
  });
}
