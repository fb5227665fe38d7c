/**
 * Objective-led plan (as `plan-objective-led-2020-21.txt`): one block per equality objective, naming the
 * indicators it serves with last year's and this year's figure for each, then its pre-numbered actions.
 */
import { indicatorNoun, indicatorsFor, orientationLabel, type Standard } from "../../wres/indicators";
import { onSheet, ref } from "../a1";
import { blank, formula, text } from "../cells";
import { HEADLINE, figure, figureFormat } from "../figures";
import { previousPeriod } from "../period";
import type { BodyStyle, PlanBody } from "../plan-sheet";
import type { Cell } from "../sheet-model";
import { layoutBlocks, type PlanBlock } from "./blocks";
import { BLOCK_FILL, TRAILING_COLUMNS, type LayoutContext } from "./layout-context";

interface Objective {
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

const PREVIOUS = 2;
const CURRENT = 3;

export function objectiveLedBody(context: LayoutContext): PlanBody {
  const { options, data } = context;
  const catalogue = indicatorsFor(options.standard);
  const noun = indicatorNoun(options.standard);

  const blocks: PlanBlock[] = OBJECTIVES[options.standard].map((o, index) => {
    const number = index + 1;
    const styles: BodyStyle[] = [
      { row: 0, fromColumn: 0, toColumn: 0, style: { fill: BLOCK_FILL, bold: true } },
    ];
    const opening = o.indicators.map((n, k): Cell[] => {
      const indicator = catalogue[n - 1];
      const key = data ? HEADLINE[n] : undefined;
      const cells = key ? data?.figures[key] : undefined;
      const at = (which: "previous" | "current"): Cell => {
        const cell = cells?.[which];
        return data && cell ? formula(`=${onSheet(data.sheetId, ref(cell, "absolute"))}`) : blank;
      };
      if (key)
        styles.push({
          row: k,
          fromColumn: PREVIOUS,
          toColumn: CURRENT,
          style: { numberFormat: figureFormat(figure(key)) },
        });
      return [
        k === 0 ? text(`${number}. ${o.objective}`) : blank,
        text(`${noun} ${indicator.number}: ${indicator.title} ${orientationLabel(indicator.better)}`),
        at("previous"),
        at("current"),
      ];
    });
    return { key: `obj${number}`, prefix: `${number}.`, opening, placement: "beside", styles };
  });

  const typed = data === undefined;
  const columns = [
    { header: "Equality objective", width: 30, input: true },
    {
      header: `${options.standard} ${options.standard === "WRES" ? "indicator(s)" : "metric(s)"}`,
      width: 28,
    },
    { header: previousPeriod(options.period), width: 10, input: typed },
    { header: options.period, width: 10, input: typed },
    { header: "Action", width: 45, input: true },
    ...TRAILING_COLUMNS,
  ];
  const shape = { action: 4, trailing: 5, width: columns.length };
  const laid = layoutBlocks(blocks, shape, options.actionsPerIndicator, context.carried);
  return { columns, rows: laid.rows, styles: laid.styles, longest: [] };
}
