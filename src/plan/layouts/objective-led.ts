/**
 * Objective-led plan (as `plan-objective-led-2020-21.txt`): one block per equality objective, naming the
 * indicators it serves with last year's and this year's figure for each, then its pre-numbered actions.
 */
import { indicatorNoun, indicatorsFor, orientationLabel, type Standard } from "../../wres/indicators";
import { blank, formula, text } from "../cells";
import { previousPeriod } from "../period";
import type { BodyStyle, PlanBody } from "../plan-sheet";
import type { Cell } from "../sheet-model";
import {
  BLOCK_FILL,
  TRAILING_COLUMNS,
  blockActions,
  dataRef,
  figureFormat,
  type LayoutContext,
} from "./layout-context";

export interface Objective {
  readonly objective: string;
  readonly indicators: readonly number[];
}

/** Objectives drawn from the published plans; between them they serve every indicator. */
export const OBJECTIVES: Readonly<Record<Standard, readonly Objective[]>> = {
  WRES: [
    {
      objective:
        "Board and senior leaders visibly committed to equality, diversity and inclusion, with a workforce and board that reflect the communities we serve",
      indicators: [1, 9],
    },
    {
      objective: "Fair recruitment and equal opportunities for career progression, training and development",
      indicators: [2, 4, 7],
    },
    {
      objective:
        "Reduce the number of BME staff entering the formal disciplinary process through a just and learning culture",
      indicators: [3],
    },
    {
      objective: "Inclusive and compassionate management: no harassment, bullying, abuse or discrimination",
      indicators: [5, 6, 8],
    },
  ],
  WDES: [
    {
      objective:
        "Board and senior leaders visibly committed to disability equality, with a workforce and board that reflect the communities we serve",
      indicators: [1, 10],
    },
    {
      objective: "Fair recruitment and equal opportunities for career progression",
      indicators: [2, 5],
    },
    {
      objective: "Fair and supportive use of the formal capability process",
      indicators: [3],
    },
    {
      objective: "Dignity and respect: no harassment, bullying or abuse, and no pressure to work when unwell",
      indicators: [4, 6, 7],
    },
    {
      objective: "Reasonable adjustments made promptly, and Disabled staff's voices heard",
      indicators: [8, 9],
    },
  ],
};

export function objectiveLedBody(context: LayoutContext): PlanBody {
  const { options } = context;
  const catalogue = indicatorsFor(options.standard);
  const noun = indicatorNoun(options.standard);
  const rows: Cell[][] = [];
  const styles: BodyStyle[] = [];

  OBJECTIVES[options.standard].forEach((o, index) => {
    const number = index + 1;
    const served = o.indicators.map((n) => catalogue[n - 1]);
    const actions = blockActions(context, `obj${number}`, (k) => `[${number}.${k}]`);
    const blockRows = Math.max(served.length, actions.length, 1);
    styles.push({ row: rows.length, fromColumn: 0, toColumn: 0, style: { fill: BLOCK_FILL, bold: true } });
    for (let k = 0; k < blockRows; k++) {
      const indicator = served[k];
      const figure = (when: "previous" | "current"): Cell => {
        const ref = indicator ? dataRef(context, `ind${indicator.number}.${when}`) : undefined;
        return ref ? formula(`=${ref}`) : blank;
      };
      if (indicator) {
        styles.push({
          row: rows.length,
          fromColumn: 2,
          toColumn: 3,
          style: { numberFormat: figureFormat(indicator) },
        });
      }
      rows.push([
        k === 0 ? text(`${number}. ${o.objective}`) : blank,
        indicator
          ? text(`${noun} ${indicator.number}: ${indicator.title} ${orientationLabel(indicator.better)}`)
          : blank,
        figure("previous"),
        figure("current"),
        ...(actions[k] ? [actions[k].action, ...actions[k].trailing] : [blank, blank, blank, blank, blank]),
      ]);
    }
  });

  const typed = context.dataOutputs === undefined;
  return {
    columns: [
      { header: "Equality objective", width: 34, input: true },
      {
        header: `${options.standard} ${options.standard === "WRES" ? "indicator(s)" : "metric(s)"}`,
        width: 32,
      },
      { header: previousPeriod(options.period), width: 11, input: typed },
      { header: options.period, width: 11, input: typed },
      { header: "Action", width: 45, input: true },
      ...TRAILING_COLUMNS,
    ],
    rows,
    styles,
  };
}
