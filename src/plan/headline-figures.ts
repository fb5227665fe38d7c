/**
 * Each WRES indicator's headline figure for one year, worked out by the engine (src/wres) from that year's
 * data-sheet inputs: the figures the History sheet keeps and the published plans quote year on year
 * ("2020: 1.41 2021: 3.40"). Blank or impossible inputs give no figure, as the data sheet shows none.
 */
import { WRES_INDICATORS, orientationLabel, type Better } from "../wres/indicators";
import type { IndicatorInputs } from "../wres/indicator-inputs";
import type { Result } from "../wres/issues";
import {
  appointmentLikelihood,
  disciplinaryLikelihood,
  trainingLikelihood,
} from "../wres/relative-likelihood";
import { boardGap, representation } from "../wres/representation";

export interface Headline {
  readonly indicator: number;
  /** What the figure is, for the History sheet's Measure column. */
  readonly measure: string;
  readonly numberFormat: string;
  readonly better: Better;
  /** The figure from this year's inputs (keys without "prev."), or undefined. */
  readonly figure: (inputs: IndicatorInputs) => number | undefined;
}

const RL = "0.00";
const PERCENT = "0.0%";
const GAP = "+0.0%;-0.0%;0.0%";

/** The inputs, all present, or undefined; an unknown-ethnicity count left blank counts as 0, as on the sheet. */
function counts(inputs: IndicatorInputs, keys: readonly string[]): number[] | undefined {
  const values = keys.map((k) => (k.endsWith(".unknown") ? (inputs[k] ?? 0) : inputs[k]));
  return values.every((v): v is number => typeof v === "number" && Number.isFinite(v)) ? values : undefined;
}

const value = (r: Result<number>): number | undefined => (r.ok ? r.value : undefined);

const total = (measure: string): string[] => ["white", "bme", "unknown"].map((g) => `${measure}.${g}`);

function headline(
  indicator: number,
  figureName: string,
  numberFormat: string,
  figure: Headline["figure"],
): Headline {
  const definition = WRES_INDICATORS[indicator - 1];
  return {
    indicator,
    measure: `${definition.title}: ${figureName} ${orientationLabel(definition.better)}`,
    numberFormat,
    better: definition.better,
    figure,
  };
}

function survey(indicator: 5 | 6 | 7 | 8): Headline {
  // The survey figure is the typed percentage itself, as the data sheet shows it.
  return headline(
    indicator,
    "BME staff",
    PERCENT,
    (inputs) => counts(inputs, [`survey.${indicator}.bme`])?.[0],
  );
}

/** Indicators 1–9 in order; the keys and engine calls are those of the data sheet's headline rows. */
export const WRES_HEADLINES: readonly Headline[] = [
  headline(1, "BME share of the overall workforce", PERCENT, (inputs) => {
    const v = counts(inputs, total("headcount"));
    return v && value(representation(v[1], v[0] + v[1] + v[2]));
  }),
  headline(2, "relative likelihood, White ÷ BME", RL, (inputs) => {
    const v = counts(inputs, ["shortlisted.white", "appointed.white", "shortlisted.bme", "appointed.bme"]);
    return v && value(appointmentLikelihood(v[0], v[1], v[2], v[3]));
  }),
  headline(3, "relative likelihood, BME ÷ White, this year", RL, (inputs) => {
    const v = counts(inputs, ["headcount.bme", "disciplinary.bme", "headcount.white", "disciplinary.white"]);
    return v && value(disciplinaryLikelihood(v[0], v[1], v[2], v[3]));
  }),
  headline(4, "relative likelihood, White ÷ BME", RL, (inputs) => {
    const v = counts(inputs, ["headcount.white", "training.white", "headcount.bme", "training.bme"]);
    return v && value(trainingLikelihood(v[0], v[1], v[2], v[3]));
  }),
  survey(5),
  survey(6),
  survey(7),
  survey(8),
  headline(9, "BME % of voting board members minus BME % of workforce", GAP, (inputs) => {
    const board = counts(inputs, total("board.voting"));
    const staff = counts(inputs, total("headcount"));
    return (
      board &&
      staff &&
      value(boardGap(board[1], board[0] + board[1] + board[2], staff[1], staff[0] + staff[1] + staff[2]))
    );
  }),
];

export interface HeadlineFigure {
  readonly indicator: number;
  readonly figure: number;
}

/** The year's headline figures that the inputs give, in indicator order. */
export function headlineFigures(inputs: IndicatorInputs): HeadlineFigure[] {
  return WRES_HEADLINES.flatMap((h) => {
    const figure = h.figure(inputs);
    return figure === undefined ? [] : [{ indicator: h.indicator, figure }];
  });
}
