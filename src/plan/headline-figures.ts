/**
 * Each WRES indicator's headline figure for one year, worked out by the engine from that year's data-sheet
 * inputs: the figures the History sheet keeps and the published plans quote year on year ("2020: 1.41
 * 2021: 3.40"). The figures, their units and their engine calls are those of `figures.ts` (`HEADLINE`), so
 * the History shows what the data sheet shows. Blank or impossible inputs give no figure, as on the sheet.
 */
import { WRES_INDICATORS, orientationLabel, type Better } from "../wres/indicators";
import type { IndicatorInputs } from "../wres/indicator-inputs";
import { HEADLINE, figure, figureFormat } from "./figures";

interface Headline {
  readonly indicator: number;
  /** What the figure is, for the History sheet's Measure column. */
  readonly measure: string;
  readonly numberFormat: string;
  readonly better: Better;
  /** The figure from this year's inputs (keys without "prev."), or undefined. */
  readonly figure: (inputs: IndicatorInputs) => number | undefined;
}

/** Indicators 1–9 in order, each its data sheet's headline figure. */
export const WRES_HEADLINES: readonly Headline[] = WRES_INDICATORS.map((definition) => {
  const f = figure(HEADLINE[definition.number]);
  return {
    indicator: definition.number,
    measure: `${definition.title}: ${f.meaning} ${orientationLabel(definition.better)}`,
    numberFormat: figureFormat(f),
    better: f.better ?? definition.better,
    figure: (inputs) => {
      // Every input typed, as the sheet needs them; an unknown-ethnicity count left blank counts as 0, as there.
      const value = (key: string): number => inputs[key] ?? (key.endsWith(".unknown") ? 0 : Number.NaN);
      if (f.inputs(false).some((key) => !Number.isFinite(value(key)))) return undefined;
      const result = f.engine(value, false);
      return result.ok ? result.value : undefined;
    },
  };
});

interface HeadlineFigure {
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
