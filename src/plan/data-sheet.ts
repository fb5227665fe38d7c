/**
 * The WRES data sheet: input cells for every count the nine indicators need (this year and last), and one
 * row per figure of `figures.ts` with its previous year, trend, non-adverse status, national comparator and
 * low-numbers flag. Blank inputs show a blank figure and impossible ones (a zero total) show "–", never
 * #DIV/0!. The builder returns, beside the sheet, the typed address of every input and figure cell, which the
 * plan's Result cells and the dashboard read; nothing reads this sheet's cells back to find them.
 */
import { LOW_NUMBERS_THRESHOLD } from "../wres/low-numbers";
import { NON_ADVERSE_LOWER, NON_ADVERSE_UPPER } from "../wres/non-adverse";
import {
  COUNT_MEASURES,
  GROUPS,
  SURVEY_INDICATORS,
  countKey,
  surveyKey,
  type CountMeasure,
  type IndicatorInputs,
  type InputKey,
} from "../wres/indicator-inputs";
import { WRES_INDICATORS } from "../wres/indicators";
import { address, formulaString, rangeAddress, ref, rowsRef, type Address } from "./a1";
import { INPUT_FILL, blank, formula, num, padRow, text } from "./cells";
import {
  FIGURES,
  HEADLINE,
  POINTS_PER_FRACTION,
  differenceFormat,
  figureFormat,
  type Figure,
} from "./figures";
import { formulaKit, type FormulaKit } from "./formula-kit";
import { nationalComparator } from "./national-comparator";
import type { PlanOptions } from "./options";
import { periodStartYear, previousPeriod } from "./period";
import { withRowHeights } from "./row-height";
import type { Cell, RangeFormat, SheetModel } from "./sheet-model";

const DATA_SHEET_ID = "data";
const LOW_NUMBERS_TEXT = "Low numbers – interpret with caution";
/** The heading of the input counts (at `DataCells.countsHeading`). */
export const COUNTS_HEADING = "Counts";
const HEADER_FILL = "#1F4E78";
const HEADING_FILL = "#DDEBF7";
const WIDTH = 9;

const MEASURE_LABELS: Readonly<Record<CountMeasure, string>> = {
  headcount: "Headcount at 31 March (all staff, bank excluded)",
  shortlisted: "Applicants shortlisted",
  appointed: "Appointed from shortlisting",
  disciplinary: "Entering a formal disciplinary investigation",
  training: "Accessing non-mandatory training / CPD",
  "board.voting": "Board voting members",
  "board.executive": "Board executive members",
};

/** Where each figure's cells are. Every figure has a current cell; the others exist where the figure has them. */
interface FigureCells {
  readonly current: Address;
  readonly previous?: Address;
  readonly trend?: Address;
  readonly status?: Address;
  readonly national?: Address;
  readonly difference?: Address;
  readonly lowNumbers?: Address;
}

/** The typed addresses of the data sheet, for the builders that read it. */
export interface DataCells {
  readonly sheetId: string;
  readonly inputs: Readonly<Record<InputKey, Address>>;
  readonly figures: Readonly<Record<string, FigureCells>>;
  readonly threshold: Address;
  /** The "Counts" heading over the input rows: Analyse data checks it to know a data sheet this add-in made. */
  readonly countsHeading: Address;
  /** The WRES report year each national comparator comes from, by indicator (1–4), where there is one. */
  readonly nationalYear: Readonly<Partial<Record<number, number>>>;
}

interface DataSheet {
  readonly sheet: SheetModel;
  readonly cells: DataCells;
}

/** Fixed rows of the layout. */
const ROW = {
  title: 1,
  note: 2,
  threshold: 3,
  countHeader: 5,
  firstCount: 6,
  surveyHeader: 6 + COUNT_MEASURES.length + 1,
  firstSurvey: 6 + COUNT_MEASURES.length + 2,
  resultHeader: 6 + COUNT_MEASURES.length + 2 + SURVEY_INDICATORS.length + 1,
} as const;

/**
 * Result columns: A figure (each indicator opened by a heading row), B previous, C current, D trend,
 * E non-adverse status, F national, G difference, H national source, I low-numbers flag.
 */
const COL = {
  figure: 1,
  previous: 2,
  current: 3,
  trend: 4,
  status: 5,
  national: 6,
  difference: 7,
  source: 8,
  flag: 9,
} as const;
const RESULT_WIDTH = 9;

/** Input cell of a count: columns B–D this year, E–G previous year. */
function countCell(measure: CountMeasure, group: (typeof GROUPS)[number], previous: boolean): Address {
  return address(
    2 + GROUPS.indexOf(group) + (previous ? 3 : 0),
    ROW.firstCount + COUNT_MEASURES.indexOf(measure),
  );
}

function surveyCell(
  indicator: (typeof SURVEY_INDICATORS)[number],
  group: "white" | "bme",
  previous: boolean,
): Address {
  return address(
    (group === "white" ? 2 : 3) + (previous ? 3 : 0),
    ROW.firstSurvey + SURVEY_INDICATORS.indexOf(indicator),
  );
}

/** Every input key and its cell, this year then previous year. */
function inputCells(): Record<InputKey, Address> {
  const cells: Record<InputKey, Address> = {};
  for (const previous of [false, true]) {
    for (const m of COUNT_MEASURES)
      for (const g of GROUPS) cells[countKey(m, g, previous)] = countCell(m, g, previous);
    for (const i of SURVEY_INDICATORS)
      for (const g of ["white", "bme"] as const)
        cells[surveyKey(i, g, previous)] = surveyCell(i, g, previous);
  }
  return cells;
}

/**
 * Blank until every input is typed; "–" where the engine would return an error: a negative count, an
 * outcome above its pool (`impossible`), or an undefined ratio (zero pool or zero comparator rate).
 */
function guarded(required: readonly string[], expression: string, impossible: readonly string[]): string {
  const checks = [`MIN(${required.join(",")})<0`, ...impossible];
  return `=IF(COUNT(${required.join(",")})<${required.length},"",IF(OR(${checks.join(",")}),"–",IFERROR(${expression},"–")))`;
}

function figureFormula(
  kit: FormulaKit,
  f: Figure,
  cell: (key: InputKey) => string,
  previous: boolean,
): string {
  return guarded(
    f.inputs(previous).map(cell),
    f.expression(kit, cell, previous),
    f.impossible(cell, previous),
  );
}

function trendFormula(kit: FormulaKit, previous: string, current: string, f: Figure): string {
  return `=IF(AND(ISNUMBER(${previous}),ISNUMBER(${current})),IFERROR(${kit.trend(previous, current, f.better!)},"–"),"")`;
}

function statusFormula(kit: FormulaKit, ratio: string): string {
  return `=IF(ISNUMBER(${ratio}),IFERROR(${kit.status(ratio)},"–"),"")`;
}

/** The engine's rule (`isLowNumbers`): either group's outcome count below the threshold. */
function lowNumbersFormula(white: string, bme: string, threshold: string): string {
  return `=IF(COUNT(${white},${bme})<2,"",IF(MIN(${white},${bme})<${threshold},${formulaString(LOW_NUMBERS_TEXT)},""))`;
}

export function dataSheetName(period: string): string {
  return `WRES data ${period}`;
}

/** "0.80–1.25", from the engine's bounds. */
export const NON_ADVERSE_RANGE_TEXT = `${NON_ADVERSE_LOWER.toFixed(2)}–${NON_ADVERSE_UPPER.toFixed(2)}`;

export function buildDataSheet(options: PlanOptions, inputs: IndicatorInputs = {}): DataSheet {
  const kit = formulaKit(options.formulaStyle);
  const current = options.period;
  const previous = previousPeriod(options.period);
  const year = periodStartYear(options.period);
  const threshold = address(2, ROW.threshold);
  const inputsAt = inputCells();
  const input = (key: InputKey): string => ref(inputsAt[key]);

  const blocks: SheetModel["blocks"][number][] = [];
  const formats: RangeFormat[] = [];
  const inputCell = (key: string): Cell => {
    const value = inputs[key];
    return typeof value === "number" && Number.isFinite(value) ? num(value) : blank;
  };

  blocks.push({
    anchor: "A1",
    rows: [
      padRow([text(`${options.organisation} — Workforce Race Equality Standard data ${current}`)], WIDTH),
      padRow(
        [
          text(
            "Type counts in the yellow cells, this year and the previous year; Staff Survey results as percentages (25.4%). " +
              "Everything else is calculated. Figures keep full precision; the display is rounded.",
          ),
        ],
        WIDTH,
      ),
      padRow(
        [
          text("Low-numbers threshold: a figure is flagged when either group's outcome count is below this"),
          num(LOW_NUMBERS_THRESHOLD),
        ],
        WIDTH,
      ),
    ],
  });

  const yearHeaders = (label: string, groups: readonly string[]): Cell[] => [
    text(label),
    ...groups.map((g) => (g === "" ? blank : text(`${g} ${current}`))),
    ...groups.map((g) => (g === "" ? blank : text(`${g} ${previous}`))),
  ];
  const countRows: Cell[][] = [padRow(yearHeaders(COUNTS_HEADING, ["White", "BME", "Unknown"]), WIDTH)];
  for (const m of COUNT_MEASURES) {
    const row: Cell[] = [text(MEASURE_LABELS[m])];
    for (const prev of [false, true]) for (const g of GROUPS) row.push(inputCell(countKey(m, g, prev)));
    countRows.push(padRow(row, WIDTH));
  }
  countRows.push(padRow([], WIDTH));
  countRows.push(
    padRow(yearHeaders("Staff Survey (percentage of respondents)", ["White", "BME", ""]), WIDTH),
  );
  for (const i of SURVEY_INDICATORS) {
    const row: Cell[] = [text(`Indicator ${i}: ${WRES_INDICATORS[i - 1].title}`)];
    for (const prev of [false, true]) {
      for (const g of ["white", "bme"] as const) row.push(inputCell(surveyKey(i, g, prev)));
      row.push(blank);
    }
    countRows.push(padRow(row, WIDTH));
  }
  countRows.push(padRow([], WIDTH));
  blocks.push({ anchor: `A${ROW.countHeader}`, rows: countRows });

  // Results: one row per figure, the indicator named on its first row.
  const figures: Record<string, FigureCells> = {};
  const nationalYear: Record<number, number> = {};
  const outputs: Record<string, string> = {};
  const resultCells: Cell[][] = [
    padRow(
      [
        text("Figure"),
        text(previous),
        text(current),
        text("Trend"),
        text(`Non-adverse range (${NON_ADVERSE_RANGE_TEXT})`),
        text("National comparator"),
        text("Difference from national"),
        text("National source"),
        text("Low numbers"),
      ],
      WIDTH,
    ),
  ];
  const headingRows: number[] = [];
  let row = ROW.resultHeader;
  FIGURES.forEach((f, index) => {
    if (index === 0 || FIGURES[index - 1].indicator !== f.indicator) {
      row += 1;
      headingRows.push(row);
      resultCells.push(padRow([text(`${f.indicator}. ${WRES_INDICATORS[f.indicator - 1].title}`)], WIDTH));
    }
    row += 1;
    const at = (column: number): Address => address(column, row);
    const a = (column: number): string => ref(at(column));
    const comparator = f.national === undefined ? undefined : nationalComparator(f.national, year);
    if (comparator && f.national !== undefined) nationalYear[f.national] = comparator.reportYear;
    const trend = f.better !== undefined && f.hasPrevious;
    const white = f.lowNumbers ? input(countKey(f.lowNumbers, "white")) : undefined;
    const bme = f.lowNumbers ? input(countKey(f.lowNumbers, "bme")) : undefined;
    resultCells.push(
      padRow(
        [
          text(f.meaning),
          f.hasPrevious ? formula(figureFormula(kit, f, input, true)) : text("–"),
          formula(figureFormula(kit, f, input, false)),
          trend ? formula(trendFormula(kit, a(COL.previous), a(COL.current), f)) : blank,
          f.relativeLikelihood ? formula(statusFormula(kit, a(COL.current))) : blank,
          comparator ? num(comparator.value) : blank,
          comparator
            ? formula(
                `=IF(ISNUMBER(${a(COL.current)}),${f.unit === "share" ? `${POINTS_PER_FRACTION}*` : ""}(${a(COL.current)}-${a(COL.national)}),"")`,
              )
            : blank,
          f.national === undefined
            ? blank
            : text(
                comparator
                  ? `NHS trusts in England, WRES ${comparator.reportYear} report`
                  : "No published figure for this period",
              ),
          white && bme ? formula(lowNumbersFormula(white, bme, ref(threshold, "absolute"))) : blank,
        ],
        WIDTH,
      ),
    );
    const cells: FigureCells = {
      current: at(COL.current),
      ...(f.hasPrevious ? { previous: at(COL.previous) } : {}),
      ...(trend ? { trend: at(COL.trend) } : {}),
      ...(f.relativeLikelihood ? { status: at(COL.status) } : {}),
      ...(comparator ? { national: at(COL.national), difference: at(COL.difference) } : {}),
      ...(white ? { lowNumbers: at(COL.flag) } : {}),
    };
    figures[f.key] = cells;
    const register = (name: string, cell: Address | undefined): void => {
      if (!cell) return;
      outputs[`${f.key}.${name}`] = ref(cell);
      // The headline figure of an indicator is also known by the indicator's own key ("ind5.current").
      const alias = `ind${f.indicator}`;
      if (HEADLINE[f.indicator] === f.key && alias !== f.key) outputs[`${alias}.${name}`] = ref(cell);
    };
    register("previous", cells.previous);
    register("current", cells.current);
    register("trend", cells.trend);
    register("status", cells.status);
    register("national", cells.national);
    register("difference", cells.difference);
    register("low_numbers", cells.lowNumbers);
    formats.push({
      range: rangeAddress(COL.previous, row, COL.current, row),
      style: { numberFormat: figureFormat(f) },
    });
    if (comparator) {
      formats.push({ range: a(COL.national), style: { numberFormat: figureFormat(f) } });
      formats.push({ range: a(COL.difference), style: { numberFormat: differenceFormat(f) } });
    }
  });
  // The pooled figure is also known without ".current".
  outputs["ind3.two_year"] = outputs["ind3.two_year.current"];
  blocks.push({ anchor: `A${ROW.resultHeader}`, rows: resultCells });

  const lastCountRow = ROW.firstCount + COUNT_MEASURES.length - 1;
  const lastSurveyRow = ROW.firstSurvey + SURVEY_INDICATORS.length - 1;
  const lastResultRow = row;
  const header = {
    bold: true,
    fill: HEADER_FILL,
    fontColor: "#FFFFFF",
    wrap: true,
    vertical: "top",
  } as const;
  const typed = { fill: INPUT_FILL, locked: false, border: "#BFBFBF" } as const;
  formats.unshift(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true, wrap: true, vertical: "top" } },
    { range: "A3", style: { wrap: true, vertical: "top" } },
    { range: "B3", style: { ...typed, numberFormat: "0", vertical: "top" } },
    { range: rangeAddress(1, ROW.countHeader, 7, ROW.countHeader), style: header },
    { range: rangeAddress(1, ROW.firstCount, 1, lastSurveyRow), style: { wrap: true, vertical: "top" } },
    {
      range: rangeAddress(2, ROW.firstCount, 7, lastCountRow),
      style: { ...typed, numberFormat: "#,##0", vertical: "top" },
    },
    { range: rangeAddress(1, ROW.surveyHeader, 7, ROW.surveyHeader), style: header },
    {
      range: rangeAddress(2, ROW.firstSurvey, 3, lastSurveyRow),
      style: { ...typed, numberFormat: "0.0%", vertical: "top" },
    },
    {
      range: rangeAddress(5, ROW.firstSurvey, 6, lastSurveyRow),
      style: { ...typed, numberFormat: "0.0%", vertical: "top" },
    },
    { range: rangeAddress(1, ROW.resultHeader, RESULT_WIDTH, ROW.resultHeader), style: header },
    {
      range: rangeAddress(1, ROW.resultHeader + 1, RESULT_WIDTH, lastResultRow),
      style: { wrap: true, vertical: "top", border: "#BFBFBF" },
    },
    ...headingRows.map((r) => ({
      range: rangeAddress(1, r, RESULT_WIDTH, r),
      style: { bold: true, fill: HEADING_FILL },
    })),
  );

  const sheet: SheetModel = {
    id: DATA_SHEET_ID,
    role: "data",
    name: dataSheetName(current),
    tabColor: "#FFC000",
    blocks,
    formats,
    columns: [
      { column: "A", width: 46 },
      ...["B", "C", "D", "E", "F", "G"].map((column) => ({ column, width: 13 })),
      { column: "H", width: 22 },
      { column: "I", width: 18 },
    ],
    merges: ["A1:I1", "A2:I2"],
    tables: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 1 },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      paperSize: "A4",
      repeatRows: rowsRef(ROW.resultHeader),
      breaksBefore: [ROW.resultHeader],
      centerFooter: "Page &P of &N",
    },
    charts: [],
    inputs: Object.fromEntries(Object.entries(inputsAt).map(([k, v]) => [k, ref(v)])),
    outputs,
  };
  // The longest words the formula cells show, so their rows are tall enough.
  const displayed: Record<string, string> = {};
  for (const cells of Object.values(figures)) {
    if (cells.lowNumbers) displayed[ref(cells.lowNumbers)] = LOW_NUMBERS_TEXT;
    if (cells.trend) displayed[ref(cells.trend)] = "Deterioration";
    if (cells.status) displayed[ref(cells.status)] = "Within range";
  }
  return {
    sheet: withRowHeights(sheet, displayed),
    cells: {
      sheetId: DATA_SHEET_ID,
      inputs: inputsAt,
      figures,
      threshold,
      nationalYear,
      countsHeading: address(1, ROW.countHeader),
    },
  };
}
