/**
 * The Model Employer sheet (wres.md "Model Employer"): per band, a straight line from the baseline BME
 * headcount in the baseline year to target share × band headcount in the target year, rounded up to whole
 * people, and whether this year's actual meets this year's goal. Years, target share and counts are input
 * cells; every goal is a native formula, so the sheet recalculates in any spreadsheet without the add-in.
 */
import {
  absoluteRange,
  address,
  cellAddress,
  columnLetter,
  formulaString,
  rangeAddress,
  rangeRef,
  ref,
  rowsRef,
} from "./a1";
import { MAX_GOAL_YEARS } from "../wres/model-employer";
import { INPUT_FILL, blank, formula, num, text } from "./cells";
import { slug } from "./slug";
import { periodStartYear } from "./period";
import { withRowHeights } from "./row-height";
import type { Cell, CellBlock, ChartSpec, ConditionalFormat, RangeFormat, SheetModel } from "./sheet-model";

const MODEL_EMPLOYER_SHEET_ID = "model-employer";
const DEFAULT_BASELINE_YEAR = 2019;
const DEFAULT_TARGET_YEAR = 2028;
export const ON_TRACK = "On track";
export const BEHIND = "Behind";

/** One band's figures; any left out stays a blank input cell. */
export interface ModelEmployerBand {
  readonly band: string;
  /** BME headcount in the baseline year. */
  readonly baselineBme?: number;
  /** Band headcount in the baseline year (shown as the baseline share only). */
  readonly baselineTotal?: number;
  /** Band headcount this year: the goal line ends at target share × this. */
  readonly headcount?: number;
  /** BME headcount this year. */
  readonly actualBme?: number;
}

export interface ModelEmployerSettings {
  /** Reporting period for the title, e.g. "2025-26". */
  readonly period: string;
  readonly baselineYear?: number;
  readonly targetYear?: number;
  /** The year "this year's actual" belongs to; defaults to the period's first year (31 March snapshot). */
  readonly currentYear?: number;
  /** A fraction 0–1; by default the sheet uses the overall BME share of this year's headcount, by formula. */
  readonly targetShare?: number;
}

/** Fixed cells of the layout. */
export const ME_CELLS = {
  baselineYear: "B4",
  targetYear: "B5",
  thisYear: "B6",
  targetShare: "B7",
} as const;
const HEADER_ROW = 9;
const FIRST_ROW = HEADER_ROW + 1;
const COL = {
  band: 1,
  group: 2,
  baseBme: 3,
  baseTotal: 4,
  baseShare: 5,
  headcount: 6,
  actual: 7,
  goal: 8,
  onTrack: 9,
} as const;
const FIRST_YEAR_COL = 11;
const CHART_HEIGHT = 15;
const CHART_WIDTH = 9;
/** Columns per band group's chart data (year, goal, actual) and the spacer after it. */
const CHART_BLOCK = 4;

const ABS = {
  baselineYear: "$B$4",
  targetYear: "$B$5",
  thisYear: "$B$6",
  targetShare: "$B$7",
} as const;

/** Band clusters for the charts (the WDES metric 1 clusters of wres.md, medical grades together). */
export function bandGroup(band: string): string {
  const b = band.trim();
  if (/^(Under Band 1|Band [1-4])$/.test(b)) return "Bands 1–4";
  if (/^Band [5-7]$/.test(b)) return "Bands 5–7";
  if (/^Band 8[AB]$/.test(b)) return "Bands 8A–8B";
  if (/^(Band 8[CD]|Band 9|VSM)$/.test(b)) return "Bands 8C–9 and VSM";
  if (/^(Consultants|Non-consultant career grade|Trainee grades)$/.test(b)) return "Medical & dental";
  return "Other";
}

/**
 * The goal for one band row in year `year` (a cell reference or expression), mirroring the engine's
 * `goalAt` + `safeCeil` (src/wres/model-employer.ts): the weighted sum over the span, then a ceiling that
 * first snaps values within float noise of a whole number onto it (0.07 × 100 is 7.000000000000001).
 */
function goalFormula(row: number, year: string): string {
  const b = ref(address(COL.baseBme, row), "column");
  const h = ref(address(COL.headcount, row), "column");
  const y = `MAX(${ABS.baselineYear},MIN(${year},${ABS.targetYear}))`;
  const v = `((${b}*(${ABS.targetYear}-${y})+${ABS.targetShare}*${h}*(${y}-${ABS.baselineYear}))/(${ABS.targetYear}-${ABS.baselineYear}))`;
  const nearest = `ROUND(${v},0)`;
  // Decimal literals, not 1E-9: HyperFormula does not parse exponent notation in formulas.
  const snap = `OR(ABS(${v}-${nearest})<=0.000000001*MAX(ABS(${v}),ABS(${nearest})),ABS(${v}-${nearest})<0.000000000001)`;
  const ready = `COUNT(${b},${h},${ABS.targetShare},${ABS.baselineYear},${ABS.targetYear},${year})<6`;
  return `=IF(${ready},"",IF(${ABS.targetYear}<=${ABS.baselineYear},"–",IF(${snap},${nearest},ROUNDUP(${v},0))))`;
}

const optionalNumber = (n: number | undefined): Cell =>
  n === undefined || !Number.isFinite(n) ? blank : num(n);

/**
 * One band group's chart data, in hidden columns right of the year columns (Excel's chart plots it; the
 * screen and the printout do not show it, and with it the #N/A gaps of the actual line): a header row
 * over one row per year, columns year · goal · actual.
 */
interface GroupChart {
  readonly group: string;
  /** First (year) column of the group's data. */
  readonly column: number;
  readonly headerRow: number;
  readonly lastRow: number;
  /** Where the chart is placed, below the table. */
  readonly anchorRow: number;
}

/** Where things landed, for the workbook's other builders and for tests. */
interface ModelEmployerLayout {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly years: readonly number[];
  /** Column letter of each year's goals, in `years` order. */
  readonly yearColumns: readonly string[];
  readonly groups: readonly GroupChart[];
}

export function modelEmployerLayout(
  bands: readonly ModelEmployerBand[],
  settings: ModelEmployerSettings,
): ModelEmployerLayout {
  const baselineYear = settings.baselineYear ?? DEFAULT_BASELINE_YEAR;
  const targetYear = settings.targetYear ?? DEFAULT_TARGET_YEAR;
  const count = Math.min(MAX_GOAL_YEARS + 1, Math.max(1, targetYear - baselineYear + 1));
  const years = Array.from({ length: count }, (_v, k) => baselineYear + k);
  const lastRow = FIRST_ROW + Math.max(1, bands.length) - 1;
  const firstChartColumn = FIRST_YEAR_COL + years.length + 1;
  const groups: GroupChart[] = [...new Set(bands.map((b) => bandGroup(b.band)))].map((group, k) => ({
    group,
    column: firstChartColumn + k * CHART_BLOCK,
    headerRow: HEADER_ROW,
    lastRow: HEADER_ROW + years.length,
    anchorRow: lastRow + 3 + k * (CHART_HEIGHT + 2),
  }));
  return {
    firstRow: FIRST_ROW,
    lastRow,
    years,
    yearColumns: years.map((_y, k) => columnLetter(FIRST_YEAR_COL + k)),
    groups,
  };
}

function defaultTargetShare(lastRow: number): string {
  const headcount = absoluteRange(COL.headcount, FIRST_ROW, COL.headcount, lastRow);
  const actual = absoluteRange(COL.actual, FIRST_ROW, COL.actual, lastRow);
  return `=IF(SUM(${headcount})=0,"",SUM(${actual})/SUM(${headcount}))`;
}

/** Goal and actual per year for one band group, summed over its bands; #N/A leaves a gap in a line chart. */
function groupChartBlock(g: GroupChart, layout: ModelEmployerLayout): CellBlock {
  const groups = absoluteRange(COL.group, FIRST_ROW, COL.group, layout.lastRow);
  const name = formulaString(g.group);
  const sumOf = (column: number): string => {
    const range = rangeRef(address(column, FIRST_ROW), address(column, layout.lastRow), "absolute");
    return `IF(COUNTIFS(${groups},${name},${range},">=0")=0,NA(),SUMIF(${groups},${name},${range}))`;
  };
  const rows: Cell[][] = layout.years.map((_y, k) => {
    const yearCell = cellAddress(g.column, g.headerRow + 1 + k);
    return [
      formula(`=${ref(address(FIRST_YEAR_COL + k, HEADER_ROW), "row")}`),
      formula(`=${sumOf(FIRST_YEAR_COL + k)}`),
      formula(
        `=IF(${yearCell}=${ABS.baselineYear},${sumOf(COL.baseBme)},IF(${yearCell}=${ABS.thisYear},${sumOf(COL.actual)},NA()))`,
      ),
    ];
  });
  return {
    anchor: cellAddress(g.column, g.headerRow),
    // A blank top-left cell: Excel then takes the years as categories, not as a series of their own.
    rows: [[blank, text(`Goal — ${g.group}`), text(`Actual — ${g.group}`)], ...rows],
  };
}

export function buildModelEmployerSheet(
  bands: readonly ModelEmployerBand[],
  settings: ModelEmployerSettings,
): SheetModel {
  const layout = modelEmployerLayout(bands, settings);
  const { lastRow, years, yearColumns } = layout;
  const currentYear = settings.currentYear ?? periodStartYear(settings.period);
  const rowsIn: readonly ModelEmployerBand[] = bands.length > 0 ? bands : [{ band: "" }];

  const header = [
    "Band",
    "Band group",
    "Baseline BME headcount",
    "Baseline band headcount",
    "Baseline BME share",
    "Band headcount this year",
    "BME headcount this year (actual)",
    "This year's goal",
    "On track?",
  ];
  const headerCells: Cell[] = [
    ...header.map(text),
    blank,
    ...years.map((_y, k) => formula(k === 0 ? `=${ABS.baselineYear}` : `=${ABS.baselineYear}+${k}`)),
  ];
  const inputs: Record<string, string> = {
    "me.baseline_year": ME_CELLS.baselineYear,
    "me.target_year": ME_CELLS.targetYear,
    "me.this_year": ME_CELLS.thisYear,
    "me.target_share": ME_CELLS.targetShare,
  };
  const outputs: Record<string, string> = {};
  const body: Cell[][] = rowsIn.map((b, i) => {
    const row = FIRST_ROW + i;
    const at = (column: number): string => cellAddress(column, row);
    const key = `me.${slug(b.band)}`;
    inputs[`${key}.baseline_bme`] = at(COL.baseBme);
    inputs[`${key}.baseline_total`] = at(COL.baseTotal);
    inputs[`${key}.headcount`] = at(COL.headcount);
    inputs[`${key}.actual`] = at(COL.actual);
    outputs[`${key}.goal`] = at(COL.goal);
    outputs[`${key}.on_track`] = at(COL.onTrack);
    years.forEach((y, k) => {
      outputs[`${key}.goal.${y}`] = `${yearColumns[k]}${row}`;
    });
    return [
      text(b.band),
      text(b.band === "" ? "" : bandGroup(b.band)),
      optionalNumber(b.baselineBme),
      optionalNumber(b.baselineTotal),
      formula(
        `=IF(OR(${at(COL.baseTotal)}="",${at(COL.baseTotal)}=0),"",${at(COL.baseBme)}/${at(COL.baseTotal)})`,
      ),
      optionalNumber(b.headcount),
      optionalNumber(b.actualBme),
      formula(goalFormula(row, ABS.thisYear)),
      formula(
        `=IF(OR(${at(COL.goal)}="",${at(COL.goal)}="–",${at(COL.actual)}=""),"",IF(${at(COL.actual)}>=${at(COL.goal)},${formulaString(ON_TRACK)},${formulaString(BEHIND)}))`,
      ),
      blank,
      ...years.map((_y, k) => formula(goalFormula(row, ref(address(FIRST_YEAR_COL + k, HEADER_ROW), "row")))),
    ];
  });

  const blocks: CellBlock[] = [
    { anchor: "A1", rows: [[text(`Model Employer goals — BME headcount by pay band, ${settings.period}`)]] },
    {
      anchor: "A2",
      rows: [
        [
          text(
            "Goal for a band: a straight line from its baseline BME headcount in the baseline year to target share × " +
              "band headcount in the target year, rounded up to whole people (NHS England, A Model Employer, 2019). " +
              "A band is on track when this year's BME headcount meets this year's goal. Yellow cells are inputs.",
          ),
        ],
      ],
    },
    {
      anchor: "A4",
      rows: [
        [text("Baseline year"), num(settings.baselineYear ?? DEFAULT_BASELINE_YEAR)],
        [text("Target year"), num(settings.targetYear ?? DEFAULT_TARGET_YEAR)],
        [text("This year"), num(currentYear)],
        [
          text("Target BME share (default: overall BME share this year)"),
          settings.targetShare === undefined
            ? formula(defaultTargetShare(lastRow))
            : num(settings.targetShare),
        ],
      ],
    },
    { anchor: cellAddress(1, HEADER_ROW), rows: [headerCells, ...body] },
  ];

  const charts: ChartSpec[] = [];
  const formats: RangeFormat[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true, fontColor: "#595959", wrap: true, vertical: "top" } },
    { range: "A4:A7", style: { bold: true, wrap: true, vertical: "top" } },
    { range: "B4:B7", style: { fill: INPUT_FILL, locked: false, border: "#BFBFBF" } },
    { range: "B4:B6", style: { numberFormat: "0" } },
    { range: ME_CELLS.targetShare, style: { numberFormat: "0.0%" } },
    {
      range: rangeAddress(1, HEADER_ROW, FIRST_YEAR_COL + years.length - 1, HEADER_ROW),
      style: { bold: true, wrap: true, vertical: "top", fill: "#DDEBF7" },
    },
    {
      range: rangeAddress(COL.baseBme, FIRST_ROW, COL.baseTotal, lastRow),
      style: { fill: INPUT_FILL, locked: false, numberFormat: "#,##0" },
    },
    {
      range: rangeAddress(COL.headcount, FIRST_ROW, COL.actual, lastRow),
      style: { fill: INPUT_FILL, locked: false, numberFormat: "#,##0" },
    },
    {
      range: rangeAddress(COL.baseShare, FIRST_ROW, COL.baseShare, lastRow),
      style: { numberFormat: "0.0%" },
    },
    {
      range: rangeAddress(COL.goal, FIRST_ROW, COL.goal, lastRow),
      style: { bold: true, numberFormat: "#,##0" },
    },
    {
      range: rangeAddress(FIRST_YEAR_COL, FIRST_ROW, FIRST_YEAR_COL + years.length - 1, lastRow),
      style: { numberFormat: "#,##0" },
    },
  ];
  for (const g of layout.groups) {
    blocks.push(groupChartBlock(g, layout));
    formats.push({
      range: rangeAddress(g.column, g.headerRow + 1, g.column + 2, g.lastRow),
      style: { numberFormat: "0" },
    });
    charts.push({
      id: `me_chart_${slug(g.group)}`,
      type: "line",
      title: `Model Employer: goal against actual BME headcount — ${g.group}`,
      dataRange: rangeAddress(g.column, g.headerRow, g.column + 2, g.lastRow),
      seriesBy: "columns",
      anchor: cellAddress(1, g.anchorRow),
      widthColumns: CHART_WIDTH,
      heightRows: CHART_HEIGHT,
      colors: ["#2F5597", "#C55A11"],
      plotsHiddenCells: true,
    });
  }

  const flag = ref(address(COL.onTrack, FIRST_ROW), "column");
  const flagRange = rangeAddress(COL.onTrack, FIRST_ROW, COL.onTrack, lastRow);
  const conditionalFormats: ConditionalFormat[] = [
    {
      range: flagRange,
      formula: `=${flag}=${formulaString(ON_TRACK)}`,
      fill: "#C6EFCE",
      fontColor: "#006100",
      stopIfTrue: true,
      description: "on track: this year's BME headcount meets this year's goal",
    },
    {
      range: flagRange,
      formula: `=${flag}=${formulaString(BEHIND)}`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      stopIfTrue: true,
      description: "behind: this year's BME headcount is below this year's goal",
    },
  ];

  const chartColumns = layout.groups.flatMap((g) =>
    [0, 1, 2, 3].map((k) => ({ column: columnLetter(g.column + k), width: k === 0 ? 7 : 12, hidden: true })),
  );
  const sheet: SheetModel = {
    id: MODEL_EMPLOYER_SHEET_ID,
    role: "model-employer",
    name: "Model Employer goals",
    tabColor: "#548235",
    blocks,
    formats,
    columns: [
      { column: "A", width: 28 },
      { column: "B", width: 18 },
      ...["C", "D", "E", "F", "G", "H", "I"].map((column) => ({ column, width: 12 })),
      { column: "J", width: 3 },
      ...yearColumns.map((column) => ({ column, width: 7 })),
      { column: columnLetter(FIRST_YEAR_COL + years.length), width: 3, hidden: true },
      ...chartColumns,
    ],
    merges: [rangeAddress(1, 2, FIRST_YEAR_COL + years.length - 1, 2)],
    tables: [],
    validations: [],
    conditionalFormats,
    freeze: { rows: HEADER_ROW, columns: 1 },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      paperSize: "A4",
      repeatRows: rowsRef(HEADER_ROW),
      centerFooter: "Page &P of &N",
    },
    charts,
    inputs,
    outputs,
  };
  return withRowHeights(sheet);
}
