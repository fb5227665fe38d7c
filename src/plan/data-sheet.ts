/**
 * The WRES data sheet: input cells for every count the nine indicators need (this year and last), and the
 * computed figures, trend, non-adverse status, national comparator and low-numbers flag. Blank inputs show
 * a blank figure and impossible ones (a zero total) show "–", never #DIV/0!.
 */
import { WRES_INDICATORS, type Better } from "../wres/indicators";
import {
  COUNT_MEASURES,
  GROUPS,
  SURVEY_INDICATORS,
  countKey,
  surveyKey,
  type CountMeasure,
  type IndicatorInputs,
} from "../wres/indicator-inputs";
import { absoluteAddress, cellAddress, formulaString, rangeAddress } from "./a1";
import { INPUT_FILL, blank, formula, num, padRow, text } from "./cells";
import { formulaKit, type FormulaKit } from "./formula-kit";
import { nationalComparator } from "./national-comparator";
import type { PlanOptions } from "./options";
import { periodStartYear, previousPeriod } from "./period";
import type { Cell, RangeFormat, SheetModel } from "./sheet-model";

export const DATA_SHEET_ID = "data";
export const LOW_NUMBERS_TEXT = "Low numbers – interpret with caution";
const HEADER_FILL = "#1F4E78";
const WIDTH = 10;

const MEASURE_LABELS: Readonly<Record<CountMeasure, string>> = {
  headcount: "Headcount at 31 March (all staff, bank excluded)",
  shortlisted: "Applicants shortlisted",
  appointed: "Appointed from shortlisting",
  disciplinary: "Entering a formal disciplinary investigation",
  training: "Accessing non-mandatory training / CPD",
  "board.voting": "Board voting members",
  "board.executive": "Board executive members",
};

const SURVEY_LABELS: Readonly<Record<(typeof SURVEY_INDICATORS)[number], string>> = {
  5: "Indicator 5: harassment, bullying or abuse from patients, relatives or the public",
  6: "Indicator 6: harassment, bullying or abuse from staff",
  7: "Indicator 7: believe the trust provides equal opportunities for career progression",
  8: "Indicator 8: discrimination at work from a manager or colleagues",
};

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

/** Result columns: A label, B figure, C previous, D current, E trend, F status, G national, H source, I difference, J flag. */
const COL = {
  label: 1,
  figure: 2,
  previous: 3,
  current: 4,
  trend: 5,
  status: 6,
  national: 7,
  source: 8,
  difference: 9,
  flag: 10,
};

/** Input cell of a count: columns B–D this year, E–G previous year. */
function countCell(measure: CountMeasure, group: (typeof GROUPS)[number], previous = false): string {
  const column = 2 + GROUPS.indexOf(group) + (previous ? 3 : 0);
  return cellAddress(column, ROW.firstCount + COUNT_MEASURES.indexOf(measure));
}

function surveyCell(
  indicator: (typeof SURVEY_INDICATORS)[number],
  group: "white" | "bme",
  previous = false,
): string {
  const column = (group === "white" ? 2 : 3) + (previous ? 3 : 0);
  return cellAddress(column, ROW.firstSurvey + SURVEY_INDICATORS.indexOf(indicator));
}

/**
 * Blank until every input is typed; "–" where the engine would return an error: a negative count, an
 * outcome above its pool (`invalid`), or an undefined ratio (zero pool or zero comparator rate).
 */
function guarded(required: readonly string[], expression: string, invalid: readonly string[] = []): string {
  const checks = [`MIN(${required.join(",")})<0`, ...invalid];
  return `=IF(COUNT(${required.join(",")})<${required.length},"",IF(OR(${checks.join(",")}),"–",IFERROR(${expression},"–")))`;
}

function trendFormula(kit: FormulaKit, previous: string, current: string, better: Better): string {
  return `=IF(AND(ISNUMBER(${previous}),ISNUMBER(${current})),IFERROR(${kit.trend(previous, current, better)},"–"),"")`;
}

function statusFormula(kit: FormulaKit, ratio: string): string {
  return `=IF(ISNUMBER(${ratio}),IFERROR(${kit.status(ratio)},"–"),"")`;
}

function lowNumbersFormula(white: string, bme: string, threshold: string): string {
  return `=IF(COUNT(${white},${bme})<2,"",IF(MIN(${white},${bme})<${threshold},${formulaString(LOW_NUMBERS_TEXT)},""))`;
}

interface ResultRow {
  readonly key: string;
  readonly label: string;
  readonly figure: string;
  readonly numberFormat: string;
  readonly previous?: string;
  readonly current: string;
  readonly better?: Better;
  readonly status?: boolean;
  readonly national?: 1 | 2 | 3 | 4;
  /** Outcome counts whose smaller value raises the low-numbers flag. */
  readonly lowNumbers?: readonly [string, string];
}

const RL_FORMAT = "0.00";
const PERCENT_FORMAT = "0.0%";
const GAP_FORMAT = "+0.0%;-0.0%;0.0%";

function resultRows(kit: FormulaKit): ResultRow[] {
  const c = (m: CountMeasure, g: (typeof GROUPS)[number], prev = false): string => countCell(m, g, prev);
  const total = (m: CountMeasure, prev = false): string => GROUPS.map((g) => c(m, g, prev)).join("+");
  const share = (prev: boolean): string =>
    guarded(
      [c("headcount", "white", prev), c("headcount", "bme", prev)],
      kit.share(c("headcount", "bme", prev), total("headcount", prev)),
    );
  const appointment = (prev: boolean): string => {
    const args = [
      c("shortlisted", "white", prev),
      c("appointed", "white", prev),
      c("shortlisted", "bme", prev),
      c("appointed", "bme", prev),
    ] as const;
    return guarded(args, kit.appointmentRl(...args), [`${args[1]}>${args[0]}`, `${args[3]}>${args[2]}`]);
  };
  const disciplinaryArgs = (prev: boolean) =>
    [
      c("headcount", "bme", prev),
      c("disciplinary", "bme", prev),
      c("headcount", "white", prev),
      c("disciplinary", "white", prev),
    ] as const;
  // Entering above headcount in either group.
  const overCount = (prev: boolean): string[] => {
    const [bh, be, wh, we] = disciplinaryArgs(prev);
    return [`${be}>${bh}`, `${we}>${wh}`];
  };
  const disciplinary = (prev: boolean): string =>
    guarded(disciplinaryArgs(prev), kit.disciplinaryRl(...disciplinaryArgs(prev)), overCount(prev));
  const twoYear = guarded(
    [...disciplinaryArgs(false), ...disciplinaryArgs(true)],
    kit.disciplinaryRl(...disciplinaryArgs(false), disciplinaryArgs(true)),
    [...overCount(false), ...overCount(true)],
  );
  const training = (prev: boolean): string => {
    const args = [
      c("headcount", "white", prev),
      c("training", "white", prev),
      c("headcount", "bme", prev),
      c("training", "bme", prev),
    ] as const;
    return guarded(args, kit.trainingRl(...args), [`${args[1]}>${args[0]}`, `${args[3]}>${args[2]}`]);
  };
  const board = (measure: "board.voting" | "board.executive", prev: boolean): string =>
    guarded(
      [
        c(measure, "white", prev),
        c(measure, "bme", prev),
        c("headcount", "white", prev),
        c("headcount", "bme", prev),
      ],
      kit.boardGap(
        c(measure, "bme", prev),
        total(measure, prev),
        c("headcount", "bme", prev),
        total("headcount", prev),
      ),
    );

  const rows: ResultRow[] = [
    {
      key: "ind1",
      label: "1. Workforce representation",
      figure: "BME share of the overall workforce (unknown included in the total)",
      numberFormat: PERCENT_FORMAT,
      previous: share(true),
      current: share(false),
      better: "higher",
      national: 1,
    },
    {
      key: "ind2",
      label: "2. Appointment from shortlisting",
      figure: "Relative likelihood, White ÷ BME",
      numberFormat: RL_FORMAT,
      previous: appointment(true),
      current: appointment(false),
      better: "parity",
      status: true,
      national: 2,
      lowNumbers: [c("appointed", "white"), c("appointed", "bme")],
    },
    {
      key: "ind3",
      label: "3. Formal disciplinary process",
      figure: "Relative likelihood, BME ÷ White, this year",
      numberFormat: RL_FORMAT,
      previous: disciplinary(true),
      current: disciplinary(false),
      better: "parity",
      status: true,
      national: 3,
      lowNumbers: [c("disciplinary", "white"), c("disciplinary", "bme")],
    },
    {
      key: "ind3.two_year",
      label: "3. Formal disciplinary process",
      figure: "Relative likelihood, BME ÷ White, two years pooled",
      numberFormat: RL_FORMAT,
      current: twoYear,
      status: true,
    },
    {
      key: "ind4",
      label: "4. Non-mandatory training and CPD",
      figure: "Relative likelihood, White ÷ BME",
      numberFormat: RL_FORMAT,
      previous: training(true),
      current: training(false),
      better: "parity",
      status: true,
      national: 4,
      lowNumbers: [c("training", "white"), c("training", "bme")],
    },
  ];
  for (const i of SURVEY_INDICATORS) {
    const better = WRES_INDICATORS[i - 1].better;
    const pct = (g: "white" | "bme", prev: boolean): string =>
      `=IF(ISNUMBER(${surveyCell(i, g, prev)}),${surveyCell(i, g, prev)},"")`;
    const gap = (prev: boolean): string =>
      guarded(
        [surveyCell(i, "bme", prev), surveyCell(i, "white", prev)],
        `${surveyCell(i, "bme", prev)}-${surveyCell(i, "white", prev)}`,
      );
    const label = `${i}. ${WRES_INDICATORS[i - 1].title}`;
    rows.push(
      {
        key: `ind${i}.bme`,
        label,
        figure: "BME staff",
        numberFormat: PERCENT_FORMAT,
        previous: pct("bme", true),
        current: pct("bme", false),
        better,
      },
      {
        key: `ind${i}.white`,
        label,
        figure: "White staff",
        numberFormat: PERCENT_FORMAT,
        previous: pct("white", true),
        current: pct("white", false),
      },
      {
        key: `ind${i}.gap`,
        label,
        figure: "Gap: BME minus White (percentage points)",
        numberFormat: GAP_FORMAT,
        previous: gap(true),
        current: gap(false),
      },
    );
  }
  rows.push(
    {
      key: "ind9.voting",
      label: "9. Board representation",
      figure: "BME % of voting board members minus BME % of workforce",
      numberFormat: GAP_FORMAT,
      previous: board("board.voting", true),
      current: board("board.voting", false),
      better: "zero",
    },
    {
      key: "ind9.executive",
      label: "9. Board representation",
      figure: "BME % of executive board members minus BME % of workforce",
      numberFormat: GAP_FORMAT,
      previous: board("board.executive", true),
      current: board("board.executive", false),
      better: "zero",
    },
  );
  return rows;
}

/** Keys that name each indicator's headline figure, for the plan's Result cells. */
const HEADLINE_ALIASES: Readonly<Record<string, string>> = {
  "ind5.bme": "ind5",
  "ind6.bme": "ind6",
  "ind7.bme": "ind7",
  "ind8.bme": "ind8",
  "ind9.voting": "ind9",
};

export function dataSheetName(period: string): string {
  return `WRES data ${period}`;
}

export function buildDataSheet(options: PlanOptions, inputs: IndicatorInputs = {}): SheetModel {
  const kit = formulaKit(options.formulaStyle);
  const current = options.period;
  const previous = previousPeriod(options.period);
  const year = periodStartYear(options.period);
  const threshold = absoluteAddress(2, ROW.threshold);

  const blocks: SheetModel["blocks"][number][] = [];
  const formats: RangeFormat[] = [];
  const inputMap: Record<string, string> = {};
  const outputs: Record<string, string> = {};
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
            "Type counts in the shaded cells, this year and the previous year. Staff Survey figures as fractions (0.254 for 25.4 %). Figures keep full precision; the display is rounded.",
          ),
        ],
        WIDTH,
      ),
      padRow(
        [text("Low-numbers threshold (outcome count in either group below this is flagged)"), num(10)],
        WIDTH,
      ),
    ],
  });

  // Counts.
  const countRows: Cell[][] = [
    padRow(
      [
        text("Counts"),
        text(`White ${current}`),
        text(`BME ${current}`),
        text(`Unknown ${current}`),
        text(`White ${previous}`),
        text(`BME ${previous}`),
        text(`Unknown ${previous}`),
      ],
      WIDTH,
    ),
  ];
  for (const m of COUNT_MEASURES) {
    const row: Cell[] = [text(MEASURE_LABELS[m])];
    for (const prev of [false, true]) {
      for (const g of GROUPS) {
        const key = countKey(m, g, prev);
        inputMap[key] = countCell(m, g, prev);
        row.push(inputCell(key));
      }
    }
    countRows.push(padRow(row, WIDTH));
  }
  countRows.push(padRow([], WIDTH));
  countRows.push(
    padRow(
      [
        text("Staff Survey (fraction of respondents)"),
        text(`White ${current}`),
        text(`BME ${current}`),
        blank,
        text(`White ${previous}`),
        text(`BME ${previous}`),
      ],
      WIDTH,
    ),
  );
  for (const i of SURVEY_INDICATORS) {
    const row: Cell[] = [text(SURVEY_LABELS[i])];
    for (const prev of [false, true]) {
      for (const g of ["white", "bme"] as const) {
        const key = surveyKey(i, g, prev);
        inputMap[key] = surveyCell(i, g, prev);
        row.push(inputCell(key));
      }
      row.push(blank);
    }
    countRows.push(padRow(row, WIDTH));
  }
  countRows.push(padRow([], WIDTH));
  blocks.push({ anchor: cellAddress(1, ROW.countHeader), rows: countRows });

  // Results.
  const rows = resultRows(kit);
  const resultCells: Cell[][] = [
    padRow(
      [
        text("Indicator"),
        text("Figure"),
        text(previous),
        text(current),
        text("Trend"),
        text("Non-adverse range (0.80–1.25)"),
        text("National comparator"),
        text("National source"),
        text("Difference from national"),
        text("Low numbers"),
      ],
      WIDTH,
    ),
  ];
  rows.forEach((r, index) => {
    const row = ROW.resultHeader + 1 + index;
    const at = (column: number): string => cellAddress(column, row);
    const comparator = r.national === undefined ? undefined : nationalComparator(r.national, year);
    resultCells.push([
      text(r.label),
      text(r.figure),
      r.previous === undefined ? text("–") : formula(r.previous),
      formula(r.current),
      r.better && r.previous !== undefined
        ? formula(trendFormula(kit, at(COL.previous), at(COL.current), r.better))
        : blank,
      r.status ? formula(statusFormula(kit, at(COL.current))) : blank,
      comparator ? num(comparator.value) : blank,
      r.national === undefined
        ? blank
        : text(
            comparator
              ? `NHS trusts in England, WRES ${comparator.reportYear} report`
              : "No published figure for this period",
          ),
      comparator
        ? formula(`=IF(ISNUMBER(${at(COL.current)}),${at(COL.current)}-${at(COL.national)},"")`)
        : blank,
      r.lowNumbers ? formula(lowNumbersFormula(r.lowNumbers[0], r.lowNumbers[1], threshold)) : blank,
    ]);
    const register = (suffix: string, column: number): void => {
      outputs[`${r.key}.${suffix}`] = at(column);
      const alias = HEADLINE_ALIASES[r.key];
      if (alias) outputs[`${alias}.${suffix}`] = at(column);
    };
    if (r.previous !== undefined) register("previous", COL.previous);
    register("current", COL.current);
    if (r.better && r.previous !== undefined) register("trend", COL.trend);
    if (r.status) register("status", COL.status);
    if (comparator) {
      register("national", COL.national);
      register("difference", COL.difference);
    }
    if (r.lowNumbers) register("low_numbers", COL.flag);
    formats.push({
      range: `${at(COL.previous)}:${at(COL.current)}`,
      style: { numberFormat: r.numberFormat },
    });
    if (comparator) {
      formats.push({ range: at(COL.national), style: { numberFormat: r.numberFormat } });
      formats.push({
        range: at(COL.difference),
        style: { numberFormat: r.national === 1 ? GAP_FORMAT : "+0.00;-0.00;0.00" },
      });
    }
  });
  // The two-year figure is "ind3.two_year"; keep "ind3.two_year.current" too for symmetry.
  outputs["ind3.two_year"] = outputs["ind3.two_year.current"];
  blocks.push({ anchor: cellAddress(1, ROW.resultHeader), rows: resultCells });

  const lastCountRow = ROW.firstCount + COUNT_MEASURES.length - 1;
  const lastSurveyRow = ROW.firstSurvey + SURVEY_INDICATORS.length - 1;
  const lastResultRow = ROW.resultHeader + rows.length;
  const header = {
    bold: true,
    fill: HEADER_FILL,
    fontColor: "#FFFFFF",
    wrap: true,
    vertical: "top",
  } as const;
  const input = { fill: INPUT_FILL, locked: false, border: "#BFBFBF" } as const;
  formats.unshift(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true } },
    { range: "B3", style: { ...input, numberFormat: "0" } },
    { range: rangeAddress(1, ROW.countHeader, 7, ROW.countHeader), style: header },
    { range: rangeAddress(2, ROW.firstCount, 7, lastCountRow), style: { ...input, numberFormat: "#,##0" } },
    { range: rangeAddress(1, ROW.surveyHeader, 6, ROW.surveyHeader), style: header },
    {
      range: rangeAddress(2, ROW.firstSurvey, 3, lastSurveyRow),
      style: { ...input, numberFormat: PERCENT_FORMAT },
    },
    {
      range: rangeAddress(5, ROW.firstSurvey, 6, lastSurveyRow),
      style: { ...input, numberFormat: PERCENT_FORMAT },
    },
    { range: rangeAddress(1, ROW.resultHeader, WIDTH, ROW.resultHeader), style: header },
    {
      range: rangeAddress(1, ROW.resultHeader + 1, WIDTH, lastResultRow),
      style: { wrap: true, vertical: "top", border: "#BFBFBF" },
    },
  );

  return {
    id: DATA_SHEET_ID,
    role: "data",
    name: dataSheetName(current),
    tabColor: "#FFC000",
    blocks,
    formats,
    columns: [
      { column: "A", width: 48 },
      { column: "B", width: 30 },
      ...["C", "D", "E", "F", "G"].map((column) => ({ column, width: 14 })),
      { column: "H", width: 26 },
      { column: "I", width: 14 },
      { column: "J", width: 24 },
    ],
    merges: ["A1:J1", "A2:J2"],
    tables: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 1 },
    charts: [],
    inputs: inputMap,
    outputs,
  };
}
