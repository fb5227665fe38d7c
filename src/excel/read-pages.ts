/**
 * Reads rows of a sheet in pages, each one sync, sized to stay well under what Excel can send back at once:
 * "Excel on the web has a payload size limit for requests and responses of 5MB" and "a range is limited to
 * 5,000,000 cells for read operations" on every platform
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * A page is sized from the bytes the rows before it took, and halved and read again if Excel still refuses
 * it (ResponsePayloadSizeLimitExceeded, RangeExceedsLimit, or `values` coming back null, which Excel does for
 * some over-large ranges: https://github.com/OfficeDev/office-js/issues/6781), as the guide on large ranges
 * advises (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 */
import { rectAddress } from "../plan/a1";
import type { CellValue } from "./data-sources";
import { officeErrorCode } from "./office-errors";

/** Bytes a page aims at: under half the web's 5 MB, so a page of longer values than the last still fits. */
const PAGE_TARGET_BYTES = 2_000_000;
/** Rows of the first page, before any has been measured (the guide suggests starting at 5,000–20,000). */
export const FIRST_PAGE_ROWS = 5_000;
const MAX_PAGE_ROWS = 100_000;
/** Cells of one page at most, far below the 5,000,000 a range read may hold. */
const MAX_PAGE_CELLS = 500_000;

/** Contiguous columns read as one range: `from` and `to` are 0-based sheet columns, inclusive. */
export interface ColumnSpan {
  readonly from: number;
  readonly to: number;
}

/** Sorted, distinct columns → their runs: [1, 2, 3, 7] → 1–3 and 7. */
export function columnSpans(columns: readonly number[]): ColumnSpan[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const spans: ColumnSpan[] = [];
  for (const c of sorted) {
    const last = spans[spans.length - 1];
    if (last && last.to === c - 1) spans[spans.length - 1] = { from: last.from, to: c };
    else spans.push({ from: c, to: c });
  }
  return spans;
}

/** The bytes a cell takes in Excel's JSON answer, near enough to size the next page. */
function cellBytes(v: unknown): number {
  if (typeof v === "string") return v.length + 3;
  return typeof v === "number" ? 18 : 6;
}

/** Rows for the next page when a row took `bytesPerRow`: aims at the target with a quarter to spare. */
function nextPageRows(bytesPerRow: number, width: number): number {
  const byBytes = Math.floor(PAGE_TARGET_BYTES / (Math.max(bytesPerRow, 1) * 1.25));
  const byCells = Math.floor(MAX_PAGE_CELLS / Math.max(width, 1));
  return Math.max(1, Math.min(MAX_PAGE_ROWS, byBytes, byCells));
}

/** A block of rows on one sheet: `rows` rows from `top`, these column spans, read in one sync. */
interface RowBlock {
  readonly top: number;
  readonly rows: number;
}

const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

class PageTooLarge extends Error {}

/**
 * Reads `blocks` (each `rows` rows from `top`) of the `spans` of `sheet` in one sync: per block, per span, its
 * values. Throws PageTooLarge when Excel cannot send them back at once.
 */
async function readBlocks(
  context: Excel.RequestContext,
  sheet: string,
  blocks: readonly RowBlock[],
  spans: readonly ColumnSpan[],
): Promise<CellValue[][][][]> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const ranges = blocks.map((b) =>
    spans.map((s) =>
      ws
        .getRange(rectAddress({ top: b.top, bottom: b.top + b.rows - 1, left: s.from, right: s.to }))
        .load("values"),
    ),
  );
  try {
    await context.sync();
  } catch (error) {
    const code = officeErrorCode(error);
    if (code !== undefined && TOO_LARGE.has(code)) throw new PageTooLarge(code);
    throw error;
  }
  return ranges.map((spanRanges) =>
    spanRanges.map((r) => {
      const values = r.values as CellValue[][] | null;
      if (!Array.isArray(values)) throw new PageTooLarge("null values");
      return values;
    }),
  );
}

/** The error Excel gave, for a page that cannot be made smaller. */
function tooLarge(code: string): Error {
  return Object.assign(new Error(`Excel could not send back even one row of the data at once (${code}).`), {
    code: code === "null values" ? "RangeExceedsLimit" : code,
  });
}

/**
 * Reads `rows` rows from `top` of the spans, page by page: `onPage(values, first, count)` gets each page's
 * values per span (row `i` of the page is sheet row `first + i`, 0-based) and is awaited before the next page
 * is read, so pages are counted, and their memory freed, one at a time. Returns the number of syncs.
 */
export async function readInPages(
  context: Excel.RequestContext,
  sheet: string,
  area: { readonly top: number; readonly rows: number },
  spans: readonly ColumnSpan[],
  onPage: (values: CellValue[][][], first: number, count: number) => Promise<void> | void,
): Promise<number> {
  const width = spans.reduce((n, s) => n + s.to - s.from + 1, 0);
  let next = Math.min(FIRST_PAGE_ROWS, nextPageRows(0, width));
  let done = 0;
  let syncs = 0;
  while (done < area.rows) {
    const count = Math.min(next, area.rows - done);
    const first = area.top + done;
    let values: CellValue[][][];
    try {
      syncs++;
      [values] = await readBlocks(context, sheet, [{ top: first, rows: count }], spans);
    } catch (error) {
      if (!(error instanceof PageTooLarge)) throw error;
      if (count === 1) throw tooLarge(error.message);
      next = Math.ceil(count / 2);
      continue;
    }
    let bytes = 0;
    for (const span of values) for (const row of span) for (const v of row) bytes += cellBytes(v) + 1;
    await onPage(values, first, count);
    done += count;
    next = nextPageRows(bytes / count, width);
  }
  return syncs;
}

/** Runs of consecutive rows: [4, 5, 6, 9] → 4 (3 rows) and 9 (1 row). */
export function rowRuns(rows: readonly number[]): RowBlock[] {
  const runs: { top: number; rows: number }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.top + last.rows === r) last.rows++;
    else runs.push({ top: r, rows: 1 });
  }
  return runs;
}

/** Runs of one page at most, so one page's proxies stay few. */
const MAX_RUNS_PER_PAGE = 1_000;

/**
 * Reads whole rows (the `span` columns) scattered over a sheet, in as few syncs as the page size allows;
 * `onRows(rows)` gets each run's rows in sheet order, with their 0-based sheet row. Returns the number of syncs.
 */
export async function readRowsWhole(
  context: Excel.RequestContext,
  sheet: string,
  rows: readonly number[],
  span: ColumnSpan,
  onRows: (first: number, values: CellValue[][]) => void,
): Promise<number> {
  const width = span.to - span.from + 1;
  const pending = rowRuns(rows);
  let budget = Math.min(FIRST_PAGE_ROWS, nextPageRows(16 * width, width));
  let syncs = 0;
  while (pending.length > 0) {
    // The next runs whose rows fit the budget (a longer run is split).
    const blocks: RowBlock[] = [];
    let taken = 0;
    while (pending.length > 0 && taken < budget && blocks.length < MAX_RUNS_PER_PAGE) {
      const run = pending[0];
      const n = Math.min(run.rows, budget - taken);
      blocks.push({ top: run.top, rows: n });
      taken += n;
      if (n === run.rows) pending.shift();
      else pending[0] = { top: run.top + n, rows: run.rows - n };
    }
    let values: CellValue[][][][];
    try {
      syncs++;
      values = await readBlocks(context, sheet, blocks, [span]);
    } catch (error) {
      if (!(error instanceof PageTooLarge)) throw error;
      if (taken === 1) throw tooLarge(error.message);
      pending.unshift(...blocks);
      budget = Math.ceil(taken / 2);
      continue;
    }
    let bytes = 0;
    blocks.forEach((b, i) => {
      for (const row of values[i][0]) for (const v of row) bytes += cellBytes(v) + 1;
      onRows(b.top, values[i][0]);
    });
    budget = nextPageRows(bytes / taken, width);
  }
  return syncs;
}
