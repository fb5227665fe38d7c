/**
 * Counts extracts read from the workbook with the shared counter (`ExtractCount`), cell values as Excel gives
 * them, about 10,000 rows at a time with a macrotask between chunks, so the pane can paint its progress bar
 * and Excel stays responsive on large extracts. Rows are numbered as the user's sheet numbers them.
 */
import type { ColumnOverrides } from "../wres/column-match";
import { ExtractCount, combineCounts, type ExtractCounts, type ExtractResult } from "../wres/extract-counts";
import { KINDS, type ExtractKind } from "../wres/extract-kinds";
import { ok, type Result } from "../wres/issues";
import type { SourceValues } from "./data-sources";

export const CHUNK_ROWS = 10_000;

export interface ChunkOptions {
  readonly columns?: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
  /** Rows done and rows in all; called after every chunk and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Lets the browser paint between chunks; a macrotask by default. */
  readonly yieldToHost?: () => Promise<void>;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Counts every source given; the first problem (a missing column, no rows …) is returned as the engine's. */
export async function countInChunks(
  sources: Readonly<Partial<Record<ExtractKind, SourceValues>>>,
  options: ChunkOptions = {},
): Promise<Result<ExtractCounts>> {
  const counting: [ExtractCount, SourceValues][] = [];
  let total = 0;
  // Every header is matched before any row is counted, so a missing column is reported at once.
  for (const kind of KINDS) {
    const s = sources[kind];
    if (!s) continue;
    const started = ExtractCount.start(kind, s.header, options.columns?.[kind]);
    if (!started.ok) return started;
    counting.push([started.value, s]);
    total += s.rows.length;
  }
  const pause = options.yieldToHost ?? macrotask;
  const results: ExtractResult[] = [];
  let done = 0;
  let first = true;
  for (const [count, s] of counting) {
    const firstRow = s.headerRow + 1;
    for (let from = 0; from < s.rows.length; from += CHUNK_ROWS) {
      if (!first) await pause();
      first = false;
      const to = Math.min(from + CHUNK_ROWS, s.rows.length);
      for (let r = from; r < to; r++) count.add(s.rows[r], firstRow + r);
      done += to - from;
      options.onProgress?.(done, total);
    }
    const finished = count.finish();
    if (!finished.ok) return finished;
    results.push(finished.value);
  }
  if (total === 0) options.onProgress?.(0, 0);
  return ok(combineCounts(results));
}
