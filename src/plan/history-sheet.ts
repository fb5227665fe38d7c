/**
 * The History sheet: every past year's headline figures, one row per year and indicator, grouped by
 * indicator so each one's years sit together. Each roll-forward writes a new History sheet holding last
 * year's History rows plus the year just closed, so no earlier sheet is ever changed. A line chart per
 * indicator (Excel) and in-cell bars (both writers; the .xlsx has no charts) show the run of years; the
 * change column compares each year with the one before by native formula, in the indicator's better
 * direction.
 */
import { standardName, type Standard } from "../wres/indicators";
import { cellAddress, rangeAddress } from "./a1";
import { blank, formula, num, text } from "./cells";
import { formulaKit } from "./formula-kit";
import { WRES_HEADLINES } from "./headline-figures";
import { FIRST_RECORD_ROW, RECORD_ROWS, buildRecordSheet } from "./record-sheet";
import type { Cell, ChartSpec, DataBarRule, RangeFormat, SheetModel } from "./sheet-model";

const HISTORY_SHEET_ID = "history";

/** The History table's columns; a later roll-forward finds the table by these headers. */
export const HISTORY_HEADERS = {
  indicator: "Indicator",
  measure: "Measure",
  year: "Year",
  figure: "Figure",
  change: "Change on the year before",
} as const;

const WIDTHS: Readonly<Record<keyof typeof HISTORY_HEADERS, number>> = {
  indicator: 10,
  measure: 46,
  year: 10,
  figure: 10,
  change: 16,
};

export interface HistoryRow {
  readonly indicator: number;
  /** The plan period, e.g. "2025-26". */
  readonly year: string;
  readonly figure: number;
}

const YEAR_COLUMN = 3;
const FIGURE_COLUMN = 4;
const CHART_COLUMN = Object.keys(HISTORY_HEADERS).length + 2;
const CHART_ROWS = 15;
const BAR_COLOUR = "#8E7CC3";
/** Years an indicator needs in the History before its line chart is drawn. */
const MIN_CHART_YEARS = 2;

function historySheetName(standard: Standard, through: string): string {
  return `${standard} history to ${through}`;
}

/** Rows grouped by indicator, years in order; a later row for the same indicator and year replaces an earlier. */
export function mergeHistory(...lists: readonly (readonly HistoryRow[])[]): HistoryRow[] {
  const byKey = new Map<string, HistoryRow>();
  for (const row of lists.flat()) byKey.set(`${row.indicator}|${row.year}`, row);
  return [...byKey.values()].sort((a, b) => a.indicator - b.indicator || a.year.localeCompare(b.year));
}

interface HistoryInput {
  readonly standard: Standard;
  readonly organisation: string;
  /** The last year the rows cover, e.g. "2025-26" when the 2026-27 plan is started. */
  readonly through: string;
  readonly rows: readonly HistoryRow[];
}

export function buildHistorySheet(input: HistoryInput): SheetModel {
  const rows = mergeHistory(input.rows);
  const kit = formulaKit("native");
  const body: Cell[][] = [];
  const formats: RangeFormat[] = [];
  const charts: ChartSpec[] = [];
  const bars: DataBarRule[] = [];
  const last = FIRST_RECORD_ROW + Math.max(rows.length, 1) - 1;
  formats.push({ range: rangeAddress(1, FIRST_RECORD_ROW, 1, last), style: { horizontal: "center" } });

  for (const headline of WRES_HEADLINES) {
    const own = rows.filter((r) => r.indicator === headline.indicator);
    if (own.length === 0) continue;
    const top = FIRST_RECORD_ROW + body.length;
    own.forEach((r, i) => {
      const previous = cellAddress(FIGURE_COLUMN, top + i - 1);
      const current = cellAddress(FIGURE_COLUMN, top + i);
      body.push([
        num(r.indicator),
        text(headline.measure),
        text(r.year),
        num(r.figure),
        i === 0
          ? blank
          : formula(
              `=IF(AND(ISNUMBER(${previous}),ISNUMBER(${current})),IFERROR(${kit.trend(previous, current, headline.better)},"–"),"")`,
            ),
      ]);
    });
    const bottom = top + own.length - 1;
    formats.push({
      range: rangeAddress(FIGURE_COLUMN, top, FIGURE_COLUMN, bottom),
      style: { numberFormat: headline.numberFormat },
    });
    // In-cell bars per indicator, so each is scaled to its own years (the .xlsx has no charts).
    bars.push({
      kind: "dataBar",
      range: rangeAddress(FIGURE_COLUMN, top, FIGURE_COLUMN, bottom),
      color: BAR_COLOUR,
      ...(own.every((r) => r.figure >= 0) ? { lower: 0 } : {}),
      description: `indicator ${headline.indicator} by year`,
    });
    // A line needs two points: with one year, Excel's "Line" (no markers) draws nothing, and a one-row source
    // with text on the left is read as two series, the year plotted as a zero ("Good chart data",
    // https://peltiertech.com/prepare-your-data/, as test/excel/fake-excel.ts follows it). So the chart
    // comes with the second year.
    if (own.length < MIN_CHART_YEARS) continue;
    charts.push({
      id: `history-${headline.indicator}`,
      type: "line",
      title: `Indicator ${headline.indicator}: ${headline.measure.replace(/ \[.*\]$/, "")}`,
      // Year and Figure only, no header row: the years are text, so Excel takes them as the categories.
      dataRange: rangeAddress(YEAR_COLUMN, top, FIGURE_COLUMN, bottom),
      seriesBy: "columns",
      anchor: cellAddress(CHART_COLUMN, RECORD_ROWS.header + charts.length * CHART_ROWS),
      widthColumns: 7,
      heightRows: CHART_ROWS - 1,
    });
  }

  // Said on the sheet while any indicator with a figure still waits for its second year (and so its chart).
  const waiting = WRES_HEADLINES.some((h) => rows.filter((r) => r.indicator === h.indicator).length === 1);
  return buildRecordSheet({
    id: HISTORY_SHEET_ID,
    role: "history",
    name: historySheetName(input.standard, input.through),
    tabColor: "#7030A0",
    title: `${input.organisation} — ${standardName(input.standard)}: headline figures by year`,
    note: `One row per year and indicator, added each time next year's plan is started. Figures were worked out from each year's data sheet; the last column compares each year with the year before, in the direction that is better for the indicator.${waiting ? " In Excel, a chart of each indicator over the years is drawn once the History holds two years of it." : ""}`,
    columns: (Object.keys(HISTORY_HEADERS) as (keyof typeof HISTORY_HEADERS)[]).map((k) => ({
      header: HISTORY_HEADERS[k],
      width: WIDTHS[k],
    })),
    body,
    tableName: `${input.standard}_history_${input.through.replace("-", "_")}`,
    formats,
    conditionalFormats: bars,
    charts,
  });
}
