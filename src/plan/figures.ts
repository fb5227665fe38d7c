/**
 * Every figure the data sheet computes, each declared once: what it means, which way is better, the units it
 * is shown in, the counts it reads, its formula in each style (through `formula-kit.ts`) and the engine call
 * (src/wres) it must equal. The data sheet lays these out, the plan's Result cells and the dashboard read
 * them by key, and the HyperFormula agreement test loops over them, so a figure cannot be added, shown or
 * checked in one place and forgotten in another.
 */
import { WRES_INDICATORS, type Better } from "../wres/indicators";
import { countKey, surveyKey, type CountMeasure, type InputKey } from "../wres/indicator-inputs";
import type { Result } from "../wres/issues";
import {
  appointmentLikelihood,
  disciplinaryLikelihood,
  trainingLikelihood,
} from "../wres/relative-likelihood";
import { boardGap, representation } from "../wres/representation";
import type { FormulaKit } from "./formula-kit";

/** How a figure is shown: a share of people, a relative likelihood, a survey percentage, or a difference in percentage points. */
type FigureUnit = "share" | "ratio" | "percent" | "points";

/** Display formats by unit. Points are stored as points (×100), because a number format cannot show "pp" otherwise. */
export const UNIT_FORMAT: Readonly<Record<FigureUnit, string>> = {
  share: "0.0%",
  ratio: "0.00",
  percent: "0.0%",
  points: '+0.0" pp";-0.0" pp";0.0" pp"',
};

/** Percentage points per fraction point. */
export const POINTS_PER_FRACTION = 100;

/** The national comparators wres.md publishes (indicators 1–4). */
type NationalIndicator = 1 | 2 | 3 | 4;

type Survey = 5 | 6 | 7 | 8;
const SURVEYS: readonly Survey[] = [5, 6, 7, 8];

export interface Figure {
  /** Stable key: "ind2", "ind3.two_year", "ind5.bme", "ind9.voting" … (data-sheet outputs are `${key}.current` …). */
  readonly key: string;
  /** The WRES indicator it belongs to, 1–9. */
  readonly indicator: number;
  /** What the figure is, in the data sheet's Figure column and on the dashboard. */
  readonly meaning: string;
  readonly unit: FigureUnit;
  /** The direction the trend is judged in; no trend without one. */
  readonly better?: Better;
  /** A relative likelihood, so it has a non-adverse status (0.80–1.25). */
  readonly relativeLikelihood: boolean;
  /** Whether there is a previous-year figure (the two-year pooled figure has none of its own). */
  readonly hasPrevious: boolean;
  readonly national?: NationalIndicator;
  /** The outcome whose White and BME counts this year raise the low-numbers flag when either is small. */
  readonly lowNumbers?: CountMeasure;
  /** Inputs that must all be typed before the figure shows (blank until then). */
  inputs(previous: boolean): readonly InputKey[];
  /** Comparisons between input cells that make the figure impossible ("–"), such as more appointed than shortlisted. */
  impossible(cell: (key: InputKey) => string, previous: boolean): readonly string[];
  /** The formula expression (no "="), in the kit's style, over input cell references. */
  expression(kit: FormulaKit, cell: (key: InputKey) => string, previous: boolean): string;
  /** What the engine gives for the same inputs, in the figure's own unit (points ×100). */
  engine(value: (key: InputKey) => number, previous: boolean): Result<number>;
}

const c = (measure: CountMeasure, group: "white" | "bme" | "unknown", previous: boolean): InputKey =>
  countKey(measure, group, previous);
const everyone = (measure: CountMeasure, previous: boolean): InputKey[] => [
  c(measure, "white", previous),
  c(measure, "bme", previous),
  c(measure, "unknown", previous),
];

/** Within-group counts above their pool ("appointed" above "shortlisted" …). */
const above =
  (outcome: CountMeasure, pool: CountMeasure) =>
  (cell: (key: InputKey) => string, previous: boolean): string[] =>
    (["white", "bme"] as const).map((g) => `${cell(c(outcome, g, previous))}>${cell(c(pool, g, previous))}`);

const sum = (cell: (key: InputKey) => string, keys: readonly InputKey[]): string => keys.map(cell).join("+");
const scaled = (r: Result<number>, by: number): Result<number> => (r.ok ? { ...r, value: r.value * by } : r);

const share: Figure = {
  key: "ind1",
  indicator: 1,
  meaning: "BME share of the overall workforce (unknown ethnicity included in the total)",
  unit: "share",
  better: "higher",
  relativeLikelihood: false,
  hasPrevious: true,
  national: 1,
  inputs: (p) => [c("headcount", "white", p), c("headcount", "bme", p)],
  impossible: () => [],
  expression: (kit, cell, p) =>
    kit.share(cell(c("headcount", "bme", p)), sum(cell, everyone("headcount", p))),
  engine: (v, p) =>
    representation(
      v(c("headcount", "bme", p)),
      everyone("headcount", p).reduce((t, k) => t + v(k), 0),
    ),
};

const appointment: Figure = {
  key: "ind2",
  indicator: 2,
  meaning:
    "Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants",
  unit: "ratio",
  better: "parity",
  relativeLikelihood: true,
  hasPrevious: true,
  national: 2,
  lowNumbers: "appointed",
  inputs: (p) => [
    c("shortlisted", "white", p),
    c("appointed", "white", p),
    c("shortlisted", "bme", p),
    c("appointed", "bme", p),
  ],
  impossible: above("appointed", "shortlisted"),
  expression: (kit, cell, p) =>
    kit.appointmentRl(
      cell(c("shortlisted", "white", p)),
      cell(c("appointed", "white", p)),
      cell(c("shortlisted", "bme", p)),
      cell(c("appointed", "bme", p)),
    ),
  engine: (v, p) =>
    appointmentLikelihood(
      v(c("shortlisted", "white", p)),
      v(c("appointed", "white", p)),
      v(c("shortlisted", "bme", p)),
      v(c("appointed", "bme", p)),
    ),
};

const disciplinaryKeys = (p: boolean): [InputKey, InputKey, InputKey, InputKey] => [
  c("headcount", "bme", p),
  c("disciplinary", "bme", p),
  c("headcount", "white", p),
  c("disciplinary", "white", p),
];

const disciplinary: Figure = {
  key: "ind3",
  indicator: 3,
  meaning:
    "Relative likelihood of BME staff entering the formal disciplinary process compared to White staff, this year",
  unit: "ratio",
  better: "parity",
  relativeLikelihood: true,
  hasPrevious: true,
  national: 3,
  lowNumbers: "disciplinary",
  inputs: disciplinaryKeys,
  impossible: above("disciplinary", "headcount"),
  expression: (kit, cell, p) => {
    const [bh, be, wh, we] = disciplinaryKeys(p).map(cell);
    return kit.disciplinaryRl(bh, be, wh, we);
  },
  engine: (v, p) => {
    const [bh, be, wh, we] = disciplinaryKeys(p).map(v);
    return disciplinaryLikelihood(bh, be, wh, we);
  },
};

const twoYear: Figure = {
  key: "ind3.two_year",
  indicator: 3,
  meaning: "The same, two years pooled (this year's and last year's entries and headcounts)",
  unit: "ratio",
  relativeLikelihood: true,
  hasPrevious: false,
  inputs: () => [...disciplinaryKeys(false), ...disciplinaryKeys(true)],
  impossible: (cell) => [
    ...above("disciplinary", "headcount")(cell, false),
    ...above("disciplinary", "headcount")(cell, true),
  ],
  expression: (kit, cell) => {
    const [bh, be, wh, we] = disciplinaryKeys(false).map(cell);
    const [pbh, pbe, pwh, pwe] = disciplinaryKeys(true).map(cell);
    return kit.disciplinaryRl(bh, be, wh, we, [pbh, pbe, pwh, pwe]);
  },
  engine: (v) => {
    const [bh, be, wh, we] = disciplinaryKeys(false).map(v);
    const [pbh, pbe, pwh, pwe] = disciplinaryKeys(true).map(v);
    return disciplinaryLikelihood(bh, be, wh, we, {
      bmeHeadcount: pbh,
      bmeEntering: pbe,
      whiteHeadcount: pwh,
      whiteEntering: pwe,
    });
  },
};

const trainingKeys = (p: boolean): [InputKey, InputKey, InputKey, InputKey] => [
  c("headcount", "white", p),
  c("training", "white", p),
  c("headcount", "bme", p),
  c("training", "bme", p),
];

const training: Figure = {
  key: "ind4",
  indicator: 4,
  meaning:
    "Relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff",
  unit: "ratio",
  better: "parity",
  relativeLikelihood: true,
  hasPrevious: true,
  national: 4,
  lowNumbers: "training",
  inputs: trainingKeys,
  impossible: above("training", "headcount"),
  expression: (kit, cell, p) => {
    const [wh, wa, bh, ba] = trainingKeys(p).map(cell);
    return kit.trainingRl(wh, wa, bh, ba);
  },
  engine: (v, p) => {
    const [wh, wa, bh, ba] = trainingKeys(p).map(v);
    return trainingLikelihood(wh, wa, bh, ba);
  },
};

function surveyFigures(i: Survey): Figure[] {
  const better = WRES_INDICATORS[i - 1].better;
  const value = (group: "white" | "bme"): Figure => ({
    key: `ind${i}.${group}`,
    indicator: i,
    meaning: group === "bme" ? "BME staff (Staff Survey)" : "White staff (Staff Survey)",
    unit: "percent",
    // The trend is judged on BME staff's experience, the figure the published plans quote.
    ...(group === "bme" ? { better } : {}),
    relativeLikelihood: false,
    hasPrevious: true,
    inputs: (p) => [surveyKey(i, group, p)],
    impossible: () => [],
    expression: (_kit, cell, p) => cell(surveyKey(i, group, p)),
    engine: (v, p) => ({ ok: true, value: v(surveyKey(i, group, p)) }),
  });
  return [
    value("bme"),
    value("white"),
    {
      key: `ind${i}.gap`,
      indicator: i,
      meaning: "BME minus White, in percentage points",
      unit: "points",
      relativeLikelihood: false,
      hasPrevious: true,
      inputs: (p) => [surveyKey(i, "bme", p), surveyKey(i, "white", p)],
      impossible: () => [],
      expression: (_kit, cell, p) =>
        `${POINTS_PER_FRACTION}*(${cell(surveyKey(i, "bme", p))}-${cell(surveyKey(i, "white", p))})`,
      engine: (v, p) => ({
        ok: true,
        value: POINTS_PER_FRACTION * (v(surveyKey(i, "bme", p)) - v(surveyKey(i, "white", p))),
      }),
    },
  ];
}

function boardFigure(measure: "board.voting" | "board.executive"): Figure {
  const who = measure === "board.voting" ? "voting" : "executive";
  return {
    key: `ind9.${who}`,
    indicator: 9,
    meaning: `BME share of ${who} board members minus BME share of the workforce, in percentage points`,
    unit: "points",
    better: "zero",
    relativeLikelihood: false,
    hasPrevious: true,
    inputs: (p) => [
      c(measure, "white", p),
      c(measure, "bme", p),
      c("headcount", "white", p),
      c("headcount", "bme", p),
    ],
    impossible: () => [],
    expression: (kit, cell, p) =>
      // In parentheses, so the sheet scales the engine's quotient rather than dividing a scaled product.
      `${POINTS_PER_FRACTION}*(${kit.boardGap(
        cell(c(measure, "bme", p)),
        sum(cell, everyone(measure, p)),
        cell(c("headcount", "bme", p)),
        sum(cell, everyone("headcount", p)),
      )})`,
    engine: (v, p) =>
      scaled(
        boardGap(
          v(c(measure, "bme", p)),
          everyone(measure, p).reduce((t, k) => t + v(k), 0),
          v(c("headcount", "bme", p)),
          everyone("headcount", p).reduce((t, k) => t + v(k), 0),
        ),
        POINTS_PER_FRACTION,
      ),
  };
}

/** Every figure, in the order the data sheet and the dashboard list them. */
export const FIGURES: readonly Figure[] = [
  share,
  appointment,
  disciplinary,
  twoYear,
  training,
  ...SURVEYS.flatMap(surveyFigures),
  boardFigure("board.voting"),
  boardFigure("board.executive"),
];

/** The figure each indicator's Result and dashboard row lead with. */
export const HEADLINE: Readonly<Record<number, string>> = {
  1: "ind1",
  2: "ind2",
  3: "ind3",
  4: "ind4",
  5: "ind5.bme",
  6: "ind6.bme",
  7: "ind7.bme",
  8: "ind8.bme",
  9: "ind9.voting",
};

export function figure(key: string): Figure {
  const found = FIGURES.find((f) => f.key === key);
  if (!found) throw new Error(`No figure ${key}`);
  return found;
}

/** The display format of a figure's value (and of its national comparator and previous year). */
export function figureFormat(f: Figure): string {
  return UNIT_FORMAT[f.unit];
}

/** The format of the difference from the national figure: points for a share, a signed ratio otherwise. */
export function differenceFormat(f: Figure): string {
  return f.unit === "share" ? UNIT_FORMAT.points : "+0.00;-0.00;0.00";
}
