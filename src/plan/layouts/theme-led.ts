/**
 * Theme-led plan (as `plan-theme-led-2020-21.txt` and `plan-theme-led-2021-22.txt`): a section per theme,
 * opened by a row giving the theme, its aim and the indicators it targets, then pre-numbered activities.
 */
import { indicatorNoun, indicatorsFor, type Standard } from "../../wres/indicators";
import { text } from "../cells";
import type { PlanBody } from "../plan-sheet";
import { layoutBlocks, type PlanBlock } from "./blocks";
import { BLOCK_FILL, TRAILING_COLUMNS, type LayoutContext } from "./layout-context";

interface Theme {
  readonly theme: string;
  readonly aim: string;
  readonly indicators: readonly number[];
}

/** The themes of the two theme-led examples, aims in their words; together they target every indicator. */
export const THEMES: Readonly<Record<Standard, readonly Theme[]>> = {
  WRES: [
    {
      theme: "Learning from lived experience",
      aim: "Starting at executive level, give White staff opportunities to learn from the lived experience of BME staff, so they understand the impact of discrimination on BME staff and the patients they care for.",
      indicators: [6, 8],
    },
    {
      theme: "Career progression",
      aim: "Increase career progression and promotion of BME staff, including a focus on senior positions and improved access to non-mandatory training and CPD.",
      indicators: [1, 4, 7],
    },
    {
      theme: "Recruitment",
      aim: "Increase the percentage of BME staff recruited, using methods that actively seek to fill gaps in the diversity of teams, up to board level.",
      indicators: [2, 9],
    },
    {
      theme: "Dignity and respect",
      aim: "Reduce the percentage of BME staff experiencing harassment, bullying or abuse from colleagues, patients and managers, and support staff fairly through disciplinary processes.",
      indicators: [3, 5, 6, 8],
    },
    {
      theme: "Education",
      aim: "Give divisional leads data on race disparity and support them to develop change.",
      indicators: [1, 3],
    },
  ],
  WDES: [
    {
      theme: "Learning from lived experience",
      aim: "Give leaders opportunities to learn from the lived experience of Disabled staff and the barriers they meet at work.",
      indicators: [4, 7],
    },
    {
      theme: "Career progression",
      aim: "Increase career progression and promotion of Disabled staff, including a focus on senior positions.",
      indicators: [1, 5],
    },
    {
      theme: "Recruitment",
      aim: "Increase the percentage of Disabled staff appointed from shortlisting, up to board level.",
      indicators: [2, 10],
    },
    {
      theme: "Dignity and respect",
      aim: "Reduce harassment, bullying and abuse of Disabled staff, pressure to work when unwell, and unfair entry into capability processes.",
      indicators: [3, 4, 6],
    },
    {
      theme: "Education",
      aim: "Give managers the knowledge to make reasonable adjustments promptly and to hear Disabled staff's voices.",
      indicators: [8, 9],
    },
  ],
};

export function themeLedBody(context: LayoutContext): PlanBody {
  const { options } = context;
  const catalogue = indicatorsFor(options.standard);
  const noun = indicatorNoun(options.standard);

  const blocks: PlanBlock[] = THEMES[options.standard].map((t, index) => {
    const number = index + 1;
    const targets = t.indicators.map((n) => `${noun} ${n}: ${catalogue[n - 1].title}`).join("; ");
    return {
      key: `theme${number}`,
      prefix: `${number}.`,
      opening: [
        [
          text(
            `${number}. ${t.theme}\nAim: ${t.aim}\n${options.standard} ${noun.toLowerCase()}s: ${targets}`,
          ),
        ],
      ],
      placement: "above",
      styles: [
        { row: 0, fromColumn: 0, toColumn: TRAILING_COLUMNS.length, style: { fill: BLOCK_FILL, bold: true } },
      ],
    };
  });

  const columns = [{ header: "Activity", width: 70, input: true }, ...TRAILING_COLUMNS];
  const shape = { action: 0, trailing: 1, width: columns.length };
  const laid = layoutBlocks(blocks, shape, options.actionsPerIndicator, context.carried);
  return { columns, rows: laid.rows, styles: laid.styles, longest: [] };
}
