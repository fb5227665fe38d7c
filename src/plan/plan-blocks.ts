/**
 * The blocks a plan's actions belong to, by layout: an indicator ("ind2") and the general actions
 * ("general") in the metric-led plan, an objective ("obj1") or a theme ("theme3") in the others. Reading a
 * plan back finds a row's block from its action number ("[2.3]", "[G1]") or from the row that opens the
 * block; the layouts key carried actions the same way (`LayoutContext.carried`).
 */
import { indicatorNoun, indicatorsFor, type Standard } from "../wres/indicators";
import type { BlockKey } from "./layouts/layout-context";
import { OBJECTIVES } from "./layouts/objective-led";
import { THEMES } from "./layouts/theme-led";
import type { Layout } from "./options";

export const GENERAL_BLOCK = "general";

function blockTotal(layout: Layout, standard: Standard): number {
  if (layout === "metric-led") return indicatorsFor(standard).length;
  return layout === "objective-led" ? OBJECTIVES[standard].length : THEMES[standard].length;
}

const PREFIX: Readonly<Record<Layout, string>> = {
  "metric-led": "ind",
  "objective-led": "obj",
  "theme-led": "theme",
};

/** Block `n` (1-based) of a layout, or undefined when the layout has no such block. */
function numberedBlock(layout: Layout, standard: Standard, n: number): BlockKey | undefined {
  return Number.isInteger(n) && n >= 1 && n <= blockTotal(layout, standard)
    ? `${PREFIX[layout]}${n}`
    : undefined;
}

/** Where rows go when nothing says which block they belong to. */
export function firstBlock(layout: Layout): BlockKey {
  return `${PREFIX[layout]}1`;
}

/** The block an action's own number names: "[2.3] …" → block 2, "[G1] …" → general (metric-led only). */
export function blockOfActionNumber(
  layout: Layout,
  standard: Standard,
  action: string,
): BlockKey | undefined {
  const numbered = /^\s*\[(\d+)\.\d+\]/.exec(action);
  if (numbered) return numberedBlock(layout, standard, Number(numbered[1]));
  return layout === "metric-led" && /^\s*\[G\d+\]/i.test(action) ? GENERAL_BLOCK : undefined;
}

/**
 * The block a row opens, from the text the layout writes in its first column: "Indicator 2: …" or
 * "General WRES actions" (metric-led), "1. Board and senior leaders…" (objective-led), "3. Recruitment\nAim:
 * …" (theme-led, whose activities share the column, so the theme's own name is required).
 */
export function blockOpenedBy(layout: Layout, standard: Standard, cell: string): BlockKey | undefined {
  const textValue = cell.trim();
  if (layout === "metric-led") {
    const indicator = /^(?:indicator|metric)\s+(\d+)\s*:/i.exec(textValue);
    if (indicator) return numberedBlock(layout, standard, Number(indicator[1]));
    return /^general\b.*\bactions\b/i.test(textValue) ? GENERAL_BLOCK : undefined;
  }
  const numbered = /^(\d+)\.\s+(.*)/s.exec(textValue);
  if (!numbered) return undefined;
  const n = Number(numbered[1]);
  if (layout === "objective-led") return numberedBlock(layout, standard, n);
  const theme = THEMES[standard][n - 1];
  const named = theme !== undefined && numbered[2].toLowerCase().startsWith(theme.theme.toLowerCase());
  return named || /\nAim:/i.test(textValue) ? numberedBlock(layout, standard, n) : undefined;
}

/** How the block is named on the Delivered sheet. */
export function blockLabel(standard: Standard, block: BlockKey): string {
  if (block === GENERAL_BLOCK) return `General ${standard} actions`;
  const match = /^(ind|obj|theme)(\d+)$/.exec(block);
  if (!match) return block;
  const n = Number(match[2]);
  if (match[1] === "ind")
    return `${indicatorNoun(standard)} ${n}: ${indicatorsFor(standard)[n - 1]?.title ?? ""}`;
  if (match[1] === "obj") return `Objective ${n}: ${OBJECTIVES[standard][n - 1]?.objective ?? ""}`;
  return `Theme ${n}: ${THEMES[standard][n - 1]?.theme ?? ""}`;
}
