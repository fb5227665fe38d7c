/**
 * BAND_TABLE (indicator 1): headcount by pay band and ethnic group, with each band's BME share against the
 * overall workforce's. One pass into a flat integer array indexed band × group.
 */
import { BME, ETHNIC_GROUPS, UNKNOWN, WHITE } from "./ethnic-group";
import { fail, ok, type Result } from "./issues";
import { PAY_BANDS } from "./pay-band";
import { sameShape, type Range } from "./range-shape";
import { RecordCounter, newBandCounts, type BandCounts, type CountPlan } from "./record-counter";

/** One band's headcount by ethnic group. */
export interface BandHeadcount {
  /** Canonical band name, or "Overall". */
  readonly band: string;
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
}

/** A row of the BAND_TABLE result: the headcount and the shares worked out from it. */
export interface BandRow extends BandHeadcount {
  readonly total: number;
  /** BME ÷ total (unknown included in the total), so White + BME + Unknown shares make 100 %. */
  readonly bmeShare: number;
  /** This band's BME share minus the overall BME share, in fraction points. */
  readonly gap: number;
}

export const BAND_TABLE_HEADER = ["Band", ...ETHNIC_GROUPS, "Total", "BME share", "BME share minus overall"];

const PLAN: CountPlan = {
  ethnicity: 0,
  band: 1,
  flags: [],
  // The band counts are the whole result (their sum is the headcount), so no separate count.
  counts: [],
  bandTables: true,
  width: 0,
  zeroIsBlank: true,
};

const width = (row: unknown): number => (Array.isArray(row) ? row.length : 0);

/**
 * Counts people by band and group with the shared RecordCounter: a blank ethnicity is an Unknown person and
 * a blank band counts under Other, so a row blank in both is an Unknown person under Other, unless no later
 * row has data: rows blank in both after the last row with data are padding (functions.md).
 */
export function countBands(ethnicity: Range, bands: Range): Result<BandCounts> {
  const shape = sameShape(ethnicity, "ethnicity_range", bands, "band_range");
  if (!shape.ok) return shape;
  const counter = new RecordCounter(PLAN);
  // One reused two-cell row; `?.` because a caller outside Excel might pass a row that is not an array.
  const cells: unknown[] = [undefined, undefined];
  if (ethnicity.length > 0 && ethnicity[0]?.length === 1) {
    // The usual case, one column each: no inner loop.
    for (let r = 0; r < ethnicity.length; r++) {
      cells[0] = ethnicity[r]?.[0];
      cells[1] = bands[r]?.[0];
      counter.add(cells);
    }
    return ok(counter.tally().bands?.overall ?? newBandCounts());
  }
  for (let r = 0; r < ethnicity.length; r++) {
    const row = ethnicity[r];
    const bandRow = bands[r];
    const n = Math.max(width(row), width(bandRow));
    for (let c = 0; c < n; c++) {
      cells[0] = row?.[c];
      cells[1] = bandRow?.[c];
      counter.add(cells);
    }
  }
  return ok(counter.tally().bands?.overall ?? newBandCounts());
}

/** Rows for the bands present, in canonical order, then Overall. An empty workforce gives only Overall with zero shares. */
export function bandRows(counts: BandCounts): BandRow[] {
  let white = 0;
  let bme = 0;
  let unknown = 0;
  for (let b = 0; b < PAY_BANDS.length; b++) {
    white += counts[b * 3 + WHITE];
    bme += counts[b * 3 + BME];
    unknown += counts[b * 3 + UNKNOWN];
  }
  const total = white + bme + unknown;
  const overallShare = total === 0 ? 0 : bme / total;
  const rows: BandRow[] = [];
  for (let b = 0; b < PAY_BANDS.length; b++) {
    const w = counts[b * 3 + WHITE];
    const m = counts[b * 3 + BME];
    const u = counts[b * 3 + UNKNOWN];
    const t = w + m + u;
    if (t === 0) continue;
    rows.push({
      band: PAY_BANDS[b],
      white: w,
      bme: m,
      unknown: u,
      total: t,
      bmeShare: m / t,
      gap: m / t - overallShare,
    });
  }
  rows.push({ band: "Overall", white, bme, unknown, total, bmeShare: overallShare, gap: 0 });
  return rows;
}

/** The headcount's words in the zero-total message. */
const EMPTY_HEADCOUNT = "The headcount (rows with an ethnicity or a pay band)";

/** The BAND_TABLE spill: optional header row, then one row per band and Overall. No staff at all is #DIV/0!. */
export function bandTable(ethnicity: Range, bands: Range, header: boolean): Result<unknown[][]> {
  const counts = countBands(ethnicity, bands);
  if (!counts.ok) return counts;
  const rows = bandRows(counts.value);
  if (rows[rows.length - 1].total === 0) return fail("div0", "zero_total", EMPTY_HEADCOUNT);
  const out: unknown[][] = header ? [[...BAND_TABLE_HEADER]] : [];
  for (const r of rows) out.push([r.band, r.white, r.bme, r.unknown, r.total, r.bmeShare, r.gap]);
  return ok(out);
}
