/**
 * The indicator 1 sheet: BME share of each pay band against the overall workforce's, one Excel table per
 * staff-group cluster (wres.md: non-clinical, clinical, medical & dental, and all staff). Only the counts
 * are values; totals, shares and gaps are formulas, so the sheet stays live when someone corrects a count.
 */
import { BAND_TABLE_HEADER, type BandHeadcount } from "../wres/band-table";
import { slug } from "./slug";
import { PAY_BANDS } from "../wres/pay-band";
import { absoluteRange, address, cellAddress, rangeAddress, ref, rowsRef } from "./a1";
import { INPUT_FILL, blank, formula, num, text } from "./cells";
import { POINTS_PER_FRACTION, UNIT_FORMAT } from "./figures";
import { withRowHeights } from "./row-height";
import type { Cell, CellBlock, ChartSpec, RangeFormat, SheetModel, TableSpec } from "./sheet-model";

/** Band rows per cluster. `overall` is every staff member by band; the overall BME share comes from it. */
export interface Indicator1Tables {
  readonly nonClinical: readonly BandHeadcount[];
  readonly clinical: readonly BandHeadcount[];
  readonly medical: readonly BandHeadcount[];
  readonly overall: readonly BandHeadcount[];
}

type ClusterKey = keyof Indicator1Tables;

const INDICATOR1_SHEET_ID = "indicator1";

/** wres.md's reporting order: Agenda for Change bands (Under Band 1 … VSM), then the medical & dental grades. */
const AFC_BANDS: readonly string[] = PAY_BANDS.slice(0, PAY_BANDS.indexOf("VSM") + 1);
const MEDICAL_BANDS: readonly string[] = PAY_BANDS.slice(PAY_BANDS.indexOf("VSM") + 1);

interface ClusterInfo {
  readonly key: ClusterKey;
  readonly slug: string;
  readonly title: string;
  /** Bands laid out (blank counts) when no rows are given, so the user can type them. */
  readonly defaultBands: readonly string[];
}

const CLUSTERS: readonly ClusterInfo[] = [
  { key: "nonClinical", slug: "nonclinical", title: "Non-clinical staff", defaultBands: AFC_BANDS },
  {
    key: "clinical",
    slug: "clinical",
    title: "Clinical staff (excluding medical & dental)",
    defaultBands: AFC_BANDS,
  },
  { key: "medical", slug: "medical", title: "Medical & dental staff", defaultBands: MEDICAL_BANDS },
  { key: "overall", slug: "overall", title: "All staff", defaultBands: [...AFC_BANDS, ...MEDICAL_BANDS] },
];

/** Where one cluster's table landed, for other builders and tests. */
interface ClusterLayout {
  readonly key: ClusterKey;
  readonly tableId: string;
  /** Header row (1-based) and the body's first and last rows. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly bands: readonly string[];
}

const COL = { band: 1, white: 2, bme: 3, unknown: 4, total: 5, share: 6, gap: 7 } as const;
/**
 * Chart data sits beside each table in hidden columns (band, its share and the overall share, contiguous for
 * the chart): Excel's charts plot it, and neither the screen nor the printout repeats the table.
 */
const CHART_COL = { band: 9, share: 10, overall: 11 } as const;
const CHART_ANCHOR_COL = 12;
const CHART_HEIGHT = 16;
const CHART_WIDTH = 9;
/** The overall workforce share lives here; every gap refers to it. */
const OVERALL_ROW = 4;
const OVERALL = address(2, OVERALL_ROW);
const OVERALL_CELL = ref(OVERALL, "absolute");
const FIRST_CLUSTER_ROW = 6;

const PERCENT = UNIT_FORMAT.share;
const POINTS = UNIT_FORMAT.points;
const HEADING_FILL = "#DDEBF7";

/** Drops the engine's "Overall" summary row: the sheet sums the bands itself. */
function bandsOf(rows: readonly BandHeadcount[], fallback: readonly string[]): BandHeadcount[] {
  const real = rows.filter((r) => r.band.trim().toLowerCase() !== "overall");
  if (real.length > 0) return real;
  return fallback.map((band) => ({ band, white: Number.NaN, bme: Number.NaN, unknown: Number.NaN }));
}

/** The band table's columns, the last in percentage points as this sheet shows it. */
const SHEET_HEADER = [
  ...BAND_TABLE_HEADER.slice(0, -1),
  `${BAND_TABLE_HEADER[BAND_TABLE_HEADER.length - 1]} (pp)`,
];

const countCell = (n: number): Cell => (Number.isFinite(n) ? num(n) : blank);

/** Lays out the clusters top to bottom: heading, table, then room for the chart beside it. */
export function clusterLayouts(tables: Indicator1Tables): ClusterLayout[] {
  const layouts: ClusterLayout[] = [];
  let row = FIRST_CLUSTER_ROW;
  for (const c of CLUSTERS) {
    const bands = bandsOf(tables[c.key], c.defaultBands).map((r) => r.band);
    const headerRow = row + 1;
    const firstRow = headerRow + 1;
    const lastRow = firstRow + bands.length - 1;
    layouts.push({ key: c.key, tableId: `ind1_${c.slug}`, headerRow, firstRow, lastRow, bands });
    // Leave the chart (beside the table) room before the next heading.
    row = Math.max(lastRow, row + CHART_HEIGHT) + 3;
  }
  return layouts;
}

function clusterBlocks(
  layout: ClusterLayout,
  info: ClusterInfo,
  rows: readonly BandHeadcount[],
): CellBlock[] {
  const body: Cell[][] = rows.map((r, i) => {
    const n = layout.firstRow + i;
    const total = cellAddress(COL.total, n);
    const share = cellAddress(COL.share, n);
    return [
      text(r.band),
      countCell(r.white),
      countCell(r.bme),
      countCell(r.unknown),
      formula(`=SUM(${rangeAddress(COL.white, n, COL.unknown, n)})`),
      formula(`=IF(${total}=0,"",${cellAddress(COL.bme, n)}/${total})`),
      formula(`=IF(OR(${total}=0,${OVERALL_CELL}=""),"",${POINTS_PER_FRACTION}*(${share}-${OVERALL_CELL}))`),
    ];
  });
  const chartBody: Cell[][] = rows.map((_r, i) => {
    const n = layout.firstRow + i;
    return [
      formula(`=${cellAddress(COL.band, n)}`),
      formula(`=${cellAddress(COL.share, n)}`),
      formula(`=${OVERALL_CELL}`),
    ];
  });
  return [
    { anchor: cellAddress(1, layout.headerRow - 1), rows: [[text(info.title)]] },
    { anchor: cellAddress(1, layout.headerRow), rows: [SHEET_HEADER.map(text), ...body] },
    {
      anchor: cellAddress(CHART_COL.band, layout.headerRow),
      // A blank top-left cell: Excel then takes the first column as categories, not as a series.
      rows: [[blank, text("BME share"), text("Overall workforce")], ...chartBody],
    },
  ];
}

function clusterFormats(l: ClusterLayout): RangeFormat[] {
  return [
    { range: cellAddress(1, l.headerRow - 1), style: { bold: true, fontSize: 12 } },
    {
      range: rangeAddress(COL.band, l.headerRow, COL.gap, l.headerRow),
      style: { bold: true, wrap: true, vertical: "top" },
    },
    {
      range: rangeAddress(COL.band, l.firstRow, COL.band, l.lastRow),
      style: { wrap: true, vertical: "top" },
    },
    {
      range: rangeAddress(COL.white, l.firstRow, COL.unknown, l.lastRow),
      style: { numberFormat: "#,##0", fill: INPUT_FILL, locked: false },
    },
    { range: rangeAddress(COL.total, l.firstRow, COL.total, l.lastRow), style: { numberFormat: "#,##0" } },
    { range: rangeAddress(COL.share, l.firstRow, COL.share, l.lastRow), style: { numberFormat: PERCENT } },
    { range: rangeAddress(COL.gap, l.firstRow, COL.gap, l.lastRow), style: { numberFormat: POINTS } },
    {
      range: rangeAddress(CHART_COL.band, l.headerRow, CHART_COL.overall, l.headerRow),
      style: { bold: true, fontColor: "#595959" },
    },
    {
      range: rangeAddress(CHART_COL.band, l.firstRow, CHART_COL.overall, l.lastRow),
      style: { fontColor: "#595959" },
    },
    {
      range: rangeAddress(CHART_COL.share, l.firstRow, CHART_COL.overall, l.lastRow),
      style: { numberFormat: PERCENT },
    },
  ];
}

function overallShareFormula(overall: ClusterLayout): string {
  const bme = absoluteRange(COL.bme, overall.firstRow, COL.bme, overall.lastRow);
  const total = absoluteRange(COL.total, overall.firstRow, COL.total, overall.lastRow);
  return `=IF(SUM(${total})=0,"",SUM(${bme})/SUM(${total}))`;
}

/**
 * Builds the sheet. Counts are typed values (blank when a cluster has no rows, with the standard bands
 * laid out); `period` is the reporting period shown in the title, e.g. "2025-26".
 */
export function buildIndicator1Sheet(tables: Indicator1Tables, period: string): SheetModel {
  const layouts = clusterLayouts(tables);
  const overall = layouts[layouts.length - 1];
  const blocks: CellBlock[] = [
    { anchor: "A1", rows: [[text(`Indicator 1 — BME share of the workforce by pay band, ${period}`)]] },
    {
      anchor: "A2",
      rows: [
        [
          text(
            "BME share = BME headcount ÷ total headcount (Unknown included in the total). " +
              "The last column is the band's share minus the overall workforce share, in percentage points (pp). " +
              "Type corrections into the yellow count cells; everything else recalculates.",
          ),
        ],
      ],
    },
    {
      anchor: cellAddress(1, OVERALL_ROW),
      rows: [[text("Overall workforce BME share"), formula(overallShareFormula(overall))]],
    },
  ];
  const formats: RangeFormat[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true, fontColor: "#595959", wrap: true, vertical: "top" } },
    { range: cellAddress(1, OVERALL_ROW), style: { bold: true } },
    {
      range: ref(OVERALL),
      style: { bold: true, numberFormat: PERCENT, fill: HEADING_FILL },
    },
  ];
  const tableSpecs: TableSpec[] = [];
  const charts: ChartSpec[] = [];
  const inputs: Record<string, string> = {};
  const outputs: Record<string, string> = { "ind1.overall.share": cellAddress(2, OVERALL_ROW) };

  CLUSTERS.forEach((info, i) => {
    const l = layouts[i];
    const rows = bandsOf(tables[info.key], info.defaultBands);
    blocks.push(...clusterBlocks(l, info, rows));
    formats.push(...clusterFormats(l));
    tableSpecs.push({
      id: l.tableId,
      name: `Indicator1_${info.slug}`,
      range: rangeAddress(COL.band, l.headerRow, COL.gap, l.lastRow),
      style: "TableStyleMedium2",
      bandedRows: true,
      filterButtons: true,
    });
    charts.push({
      id: `ind1_chart_${info.slug}`,
      type: "column",
      title: `BME share by band — ${info.title}`,
      dataRange: rangeAddress(CHART_COL.band, l.headerRow, CHART_COL.overall, l.lastRow),
      seriesBy: "columns",
      anchor: cellAddress(CHART_ANCHOR_COL, l.headerRow - 1),
      widthColumns: CHART_WIDTH,
      heightRows: CHART_HEIGHT,
      colors: ["#2F5597", "#A5A5A5"],
      plotsHiddenCells: true,
    });
    rows.forEach((r, k) => {
      const n = l.firstRow + k;
      const key = `ind1.${info.slug}.${slug(r.band)}`;
      inputs[`${key}.white`] = cellAddress(COL.white, n);
      inputs[`${key}.bme`] = cellAddress(COL.bme, n);
      inputs[`${key}.unknown`] = cellAddress(COL.unknown, n);
      outputs[`${key}.total`] = cellAddress(COL.total, n);
      outputs[`${key}.share`] = cellAddress(COL.share, n);
      outputs[`${key}.gap`] = cellAddress(COL.gap, n);
    });
  });

  const sheet: SheetModel = {
    id: INDICATOR1_SHEET_ID,
    role: "indicator1",
    name: "Indicator 1 by band",
    tabColor: "#2F5597",
    blocks,
    formats,
    columns: [
      { column: "A", width: 30 },
      ...["B", "C", "D", "E"].map((column) => ({ column, width: 10 })),
      { column: "F", width: 11 },
      { column: "G", width: 13 },
      { column: "H", width: 3 },
      { column: "I", width: 26, hidden: true },
      { column: "J", width: 10, hidden: true },
      { column: "K", width: 12, hidden: true },
    ],
    merges: [rangeAddress(1, 2, COL.gap, 2)],
    tables: tableSpecs,
    validations: [],
    conditionalFormats: layouts.map((l) => ({
      range: rangeAddress(COL.gap, l.firstRow, COL.gap, l.lastRow),
      formula: `=AND(ISNUMBER(${cellAddress(COL.gap, l.firstRow)}),${cellAddress(COL.gap, l.firstRow)}<0)`,
      fontColor: "#C00000",
      stopIfTrue: false,
      description: "band's BME share below the overall workforce share",
    })),
    freeze: { rows: OVERALL_ROW, columns: 1 },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      paperSize: "A4",
      // The title and the overall share head every page; each staff group starts a page with its table.
      repeatRows: rowsRef(1, OVERALL_ROW),
      breaksBefore: layouts.slice(1).map((l) => l.headerRow - 1),
      centerFooter: "Page &P of &N",
    },
    charts,
    inputs,
    outputs,
  };
  return withRowHeights(sheet);
}
