/**
 * Metric-led plan (as `plan-metric-led-rag-2021-22.txt`): one block per indicator, its first row carrying
 * the indicator's number, title, definition and direction, then pre-numbered action rows [1.1], [1.2] …,
 * and a closing block of general actions [G1] ….
 */
import { indicatorNoun, indicatorsFor, orientationLabel } from "../../wres/indicators";
import { blank, formula, text } from "../cells";
import type { PlanBody, BodyStyle } from "../plan-sheet";
import type { Cell } from "../sheet-model";
import { BLOCK_FILL, TRAILING_COLUMNS, resultFormula, type LayoutContext } from "./layout-context";

export function metricLedBody(context: LayoutContext): PlanBody {
  const { options } = context;
  const actions = options.actionsPerIndicator;
  const rowsPerBlock = Math.max(actions, 1);
  const noun = indicatorNoun(options.standard);
  const rows: Cell[][] = [];
  const styles: BodyStyle[] = [];

  for (const indicator of indicatorsFor(options.standard)) {
    const n = indicator.number;
    const result = resultFormula(context, indicator);
    styles.push({ row: rows.length, fromColumn: 0, toColumn: 1, style: { fill: BLOCK_FILL } });
    for (let k = 1; k <= rowsPerBlock; k++) {
      const first = k === 1;
      rows.push([
        first
          ? text(
              `${noun} ${n}: ${indicator.title}\n${indicator.definition}\n${orientationLabel(indicator.better)}`,
            )
          : blank,
        first && result ? formula(result) : blank,
        k <= actions ? text(`[${n}.${k}]`) : blank,
        blank,
        blank,
        blank,
        blank,
      ]);
    }
  }
  styles.push({ row: rows.length, fromColumn: 0, toColumn: 1, style: { fill: BLOCK_FILL, bold: true } });
  for (let k = 1; k <= rowsPerBlock; k++) {
    rows.push([
      k === 1 ? text(`General ${options.standard} actions`) : blank,
      blank,
      k <= actions ? text(`[G${k}]`) : blank,
      blank,
      blank,
      blank,
      blank,
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
