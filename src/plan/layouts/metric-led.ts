/**
 * Metric-led plan (as `plan-metric-led-rag-2021-22.txt`): one block per indicator, its first row carrying
 * the indicator's number, title, definition and direction, then pre-numbered action rows [1.1], [1.2] …,
 * and a closing block of general actions [G1] ….
 */
import { indicatorNoun, indicatorsFor, orientationLabel } from "../../wres/indicators";
import { blank, formula, text } from "../cells";
import type { PlanBody, BodyStyle } from "../plan-sheet";
import type { Cell } from "../sheet-model";
import {
  BLOCK_FILL,
  TRAILING_COLUMNS,
  blockActions,
  resultFormula,
  type ActionCells,
  type LayoutContext,
} from "./layout-context";

/** The action columns of a row (Action required onwards), blank where the block has fewer actions. */
const actionColumns = (a: ActionCells | undefined): Cell[] =>
  a ? [a.action, a.rationale, ...a.trailing] : [blank, blank, blank, blank, blank, blank];

export function metricLedBody(context: LayoutContext): PlanBody {
  const { options } = context;
  const noun = indicatorNoun(options.standard);
  const rows: Cell[][] = [];
  const styles: BodyStyle[] = [];

  for (const indicator of indicatorsFor(options.standard)) {
    const n = indicator.number;
    const result = resultFormula(context, indicator);
    const actions = blockActions(context, `ind${n}`, (k) => `[${n}.${k}]`);
    styles.push({ row: rows.length, fromColumn: 0, toColumn: 1, style: { fill: BLOCK_FILL } });
    for (let k = 0; k < Math.max(actions.length, 1); k++) {
      const first = k === 0;
      rows.push([
        first
          ? text(
              `${noun} ${n}: ${indicator.title}\n${indicator.definition}\n${orientationLabel(indicator.better)}`,
            )
          : blank,
        first && result ? formula(result) : blank,
        ...actionColumns(actions[k]),
      ]);
    }
  }
  const general = blockActions(context, "general", (k) => `[G${k}]`);
  styles.push({ row: rows.length, fromColumn: 0, toColumn: 1, style: { fill: BLOCK_FILL, bold: true } });
  for (let k = 0; k < Math.max(general.length, 1); k++) {
    rows.push([
      k === 0 ? text(`General ${options.standard} actions`) : blank,
      blank,
      ...actionColumns(general[k]),
    ]);
  }

  return {
    columns: [
      { header: "Metric", width: 42 },
      // Without a data sheet the Result is typed in.
      { header: "Result", width: 30, input: context.dataOutputs === undefined },
      { header: "Action required", width: 45, input: true },
      { header: "Rationale / intended outcome", width: 35, input: true },
      ...TRAILING_COLUMNS,
    ],
    rows,
    styles,
  };
}
