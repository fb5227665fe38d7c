/**
 * Metric-led plan (as `plan-metric-led-rag-2021-22.txt`): one block per indicator, its first row carrying
 * the indicator's number, title, definition and direction and the Result in words, then pre-numbered action
 * rows [1.1], [1.2] …, and a closing block of general actions [G1] ….
 */
import { indicatorNoun, indicatorsFor, orientationLabel } from "../../wres/indicators";
import { blank, formula, text } from "../cells";
import type { PlanBody } from "../plan-sheet";
import { resultText } from "../result-text";
import type { Cell } from "../sheet-model";
import { layoutBlocks, type PlanBlock } from "./blocks";
import { BLOCK_FILL, TRAILING_COLUMNS, type LayoutContext } from "./layout-context";

const METRIC = 0;
const RESULT = 1;

export function metricLedBody(context: LayoutContext): PlanBody {
  const { options, data } = context;
  const noun = indicatorNoun(options.standard);
  const longest: { row: number; column: number; text: string }[] = [];
  const results: Record<string, string> = {};

  const blocks: PlanBlock[] = indicatorsFor(options.standard).map((indicator) => {
    const n = indicator.number;
    const result = data ? resultText(data, n, options.period) : undefined;
    const key = `ind${n}`;
    if (result) results[key] = result.longest;
    const opening: Cell[] = [
      text(
        `${noun} ${n}: ${indicator.title}\n${indicator.definition}\n${orientationLabel(indicator.better)}`,
      ),
      result ? formula(result.formula) : blank,
    ];
    return {
      key,
      prefix: `${n}.`,
      opening: [opening],
      placement: "beside",
      styles: [{ row: 0, fromColumn: METRIC, toColumn: RESULT, style: { fill: BLOCK_FILL } }],
    };
  });
  blocks.push({
    key: "general",
    prefix: "G",
    opening: [[text(`General ${options.standard} actions`)]],
    placement: "beside",
    styles: [{ row: 0, fromColumn: METRIC, toColumn: RESULT, style: { fill: BLOCK_FILL, bold: true } }],
  });

  const columns = [
    { header: "Metric", width: 36 },
    // Without a data sheet the Result is typed in.
    { header: "Result", width: 36, input: data === undefined },
    { header: "Action required", width: 40, input: true },
    { header: "Rationale / intended outcome", width: 30, input: true },
    ...TRAILING_COLUMNS,
  ];
  const shape = { action: 2, rationale: 3, trailing: 4, width: columns.length };
  const laid = layoutBlocks(blocks, shape, options.actionsPerIndicator, context.carried);
  for (const [key, text] of Object.entries(results))
    longest.push({ row: laid.starts[key], column: RESULT, text });
  return { columns, rows: laid.rows, styles: laid.styles, longest };
}
