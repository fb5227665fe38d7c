/**
 * Counts extracts in the workbook with the shared counter (`ExtractCount`), page by page: every header is
 * matched first (a missing column is reported before any row is read), then only the matched columns are
 * read, a page per sync (read-pages.ts), and each page is counted, with cell values as Excel gives them,
 * before the next is read. Progress is reported after every page, with a macrotask between pages so the pane
 * can paint its progress bar. Rows are numbered as the user's sheet numbers them.
 *
 * A row that is blank in every column read may still hold data in a column that is not read (an assignment
 * number alone): such rows are read again in full at the end, so the data-quality report tells them from
 * wholly blank rows as make-plan does.
 */
import type { ColumnOverrides } from "../wres/column-match";
import { ExtractCount, combineCounts, type ExtractCounts, type ExtractResult } from "../wres/extract-counts";
import { KINDS, type ExtractKind } from "../wres/extract-kinds";
import { ok, type Result } from "../wres/issues";
import { isBlankValue } from "../wres/record-counter";
import type { CellValue, SourceArea } from "./data-sources";
import { columnSpans, readInPages, readRowsWhole } from "./read-pages";

export interface ChunkOptions {
  readonly columns?: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
  /** Rows done and rows in all; called after every page and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Lets the browser paint between pages; a macrotask by default. */
  readonly yieldToHost?: () => Promise<void>;
}

interface CountedSources {
  readonly counts: ExtractCounts;
  /** Syncs spent reading rows (pages and rows read again in full). */
  readonly syncs: number;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Counts one extract's rows, page by page; returns the syncs it took. */
async function countArea(
  context: Excel.RequestContext,
  area: SourceArea,
  count: ExtractCount,
  pageDone: (rows: number) => Promise<void>,
): Promise<number> {
  const width = area.header.length;
  const read = Object.values(count.columns).filter((c): c is number => c !== undefined);
  const spans = columnSpans(read.map((c) => area.left + c));
  const others = width > read.length;
  // One row, reused: the counter reads it at once and keeps no reference to it.
  const row = new Array<CellValue | undefined>(width);
  const blankRows: number[] = [];
  let syncs = await readInPages(context, area.sheet, area, spans, async (values, first, n) => {
    for (let r = 0; r < n; r++) {
      row.fill(undefined);
      let blank = true;
      spans.forEach((span, s) => {
        const cells = values[s][r];
        for (let c = 0; c < cells.length; c++) {
          const v = cells[c];
          row[span.from - area.left + c] = v;
          if (blank && !isBlankValue(v, false)) blank = false;
        }
      });
      if (blank && others) blankRows.push(first + r);
      else count.add(row, first + r + 1);
    }
    await pageDone(n);
  });
  // Rows blank in every column read: is anything in the others? Their lines come after every other row's
  // in the report's lists, but those lists hold only such rows, so each stays in sheet order.
  if (blankRows.length > 0) {
    syncs += await readRowsWhole(
      context,
      area.sheet,
      blankRows,
      { from: area.left, to: area.left + width - 1 },
      (top, rows) => rows.forEach((cells, i) => count.add(cells, top + i + 1)),
    );
  }
  return syncs;
}

/** Counts every source given; the first problem (a missing column, no rows …) is returned as the engine's. */
export async function countSources(
  context: Excel.RequestContext,
  areas: Readonly<Partial<Record<ExtractKind, SourceArea>>>,
  options: ChunkOptions = {},
): Promise<Result<CountedSources>> {
  const counting: [ExtractCount, SourceArea][] = [];
  let total = 0;
  for (const kind of KINDS) {
    const area = areas[kind];
    if (!area) continue;
    const started = ExtractCount.start(kind, area.header, options.columns?.[kind]);
    if (!started.ok) return started;
    counting.push([started.value, area]);
    total += area.rows;
  }
  const pause = options.yieldToHost ?? macrotask;
  const results: ExtractResult[] = [];
  let done = 0;
  let syncs = 0;
  let first = true;
  const pageDone = async (rows: number) => {
    done += rows;
    options.onProgress?.(done, total);
    await pause();
  };
  for (const [count, area] of counting) {
    if (!first) await pause();
    first = false;
    syncs += await countArea(context, area, count, pageDone);
    const finished = count.finish();
    if (!finished.ok) return finished;
    results.push(finished.value);
  }
  if (total === 0) options.onProgress?.(0, 0);
  return ok({ counts: combineCounts(results), syncs });
}
