/** What a layout needs besides the options: where the data sheet's figures are, when there is one. */
import type { IndicatorDefinition } from "../../wres/indicators";
import { formulaString } from "../a1";
import { blank, num, text } from "../cells";
import type { PlanOptions } from "../options";
import { previousPeriod } from "../period";
import { DUE_DATE_HEADER, PROGRESS_UPDATE_HEADER, STATUS_HEADER, type PlanColumn } from "../plan-sheet";
import type { Cell } from "../sheet-model";

/**
 * An action carried over from last year's plan, written as it stood there (its number stays in `action`,
 * e.g. "[2.3] Review shortlisting"). The roll-forward has already added its "Carried over from …" note.
 */
export interface CarriedAction {
  readonly action: string;
  /** Empty for layouts without a rationale column. */
  readonly rationale: string;
  readonly lead: string;
  /** A date serial (the column is date-formatted) or the text the user typed ("Monthly"). */
  readonly due: number | string | null;
  readonly status: string;
  readonly progress: string;
}

/** Blocks of a plan, as carried actions are keyed: "ind2", "obj1", "theme3", "general". */
export type BlockKey = string;

export interface LayoutContext {
  readonly options: PlanOptions;
  /** The data sheet's output cells (key → A1), when the workbook has one. */
  readonly dataOutputs?: Readonly<Record<string, string>>;
  /** Last year's unfinished actions by block; they take the place of the first blank pre-numbered rows. */
  readonly carried?: Readonly<Record<BlockKey, readonly CarriedAction[]>>;
}

/** The cells of one action row: the action, its rationale, then Lead · Due date · Status · Progress update. */
export interface ActionCells {
  readonly action: Cell;
  readonly rationale: Cell;
  readonly trailing: readonly Cell[];
}

/** Lead · Due date · Status · Progress update, all blank. */
const EMPTY_TRAILING: readonly Cell[] = [blank, blank, blank, blank];

const textOrBlank = (value: string): Cell => (value === "" ? blank : text(value));

/** The last number in an action's label: "[2.3] …" → 3, "[G4] …" → 4. */
function actionNumber(action: string): number | undefined {
  const match = /^\s*\[(?:[A-Za-z]|\d+\.)?(\d+)\]/.exec(action);
  return match ? Number(match[1]) : undefined;
}

/**
 * A block's action rows: its carried actions first, then blank rows numbered on after the highest carried
 * number (`label(k)` gives "[2.k]"), so the block has `actionsPerIndicator` rows at least.
 */
export function blockActions(
  context: LayoutContext,
  block: BlockKey,
  label: (k: number) => string,
): ActionCells[] {
  const carried = context.carried?.[block] ?? [];
  const rows: ActionCells[] = carried.map((a) => ({
    action: textOrBlank(a.action),
    rationale: textOrBlank(a.rationale),
    trailing: [
      textOrBlank(a.lead),
      typeof a.due === "number" ? num(a.due) : a.due ? text(a.due) : blank,
      textOrBlank(a.status),
      textOrBlank(a.progress),
    ],
  }));
  let next = Math.max(0, ...carried.map((a) => actionNumber(a.action) ?? 0)) + 1;
  for (let k = carried.length; k < context.options.actionsPerIndicator; k++) {
    rows.push({ action: text(label(next++)), rationale: blank, trailing: EMPTY_TRAILING });
  }
  return rows;
}

/** `{{sheet:data}}!$D$21` for an output key, or undefined when there is no data sheet or no such figure. */
export function dataRef(context: LayoutContext, key: string): string | undefined {
  const address = context.dataOutputs?.[key];
  if (!address) return undefined;
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  return match ? `{{sheet:data}}!$${match[1]}$${match[2]}` : undefined;
}

/** Display format of an indicator's headline figure. */
export function figureFormat(indicator: IndicatorDefinition): string {
  if (indicator.relativeLikelihood) return "0.00";
  return "0.0%";
}

/**
 * The metric-led Result cell: "2024-25: 1.52; 2025-26: 1.45 — Improvement; Above range", from the data sheet.
 * Blank until the current figure exists.
 */
export function resultFormula(context: LayoutContext, indicator: IndicatorDefinition): string | undefined {
  const n = indicator.number;
  const current = dataRef(context, `ind${n}.current`);
  if (!current) return undefined;
  const fmt = formulaString(figureFormat(indicator));
  const previous = dataRef(context, `ind${n}.previous`);
  const trend = dataRef(context, `ind${n}.trend`);
  const status = dataRef(context, `ind${n}.status`);
  const twoYear = n === 3 ? dataRef(context, "ind3.two_year") : undefined;
  const period = context.options.period;
  const parts = [
    previous
      ? `${formulaString(`${previousPeriod(period)}: `)}&IF(ISNUMBER(${previous}),TEXT(${previous},${fmt}),"–")&"; "`
      : undefined,
    `${formulaString(`${period}: `)}&TEXT(${current},${fmt})`,
    twoYear ? `IF(ISNUMBER(${twoYear}),"; two-year "&TEXT(${twoYear},${fmt}),"")` : undefined,
    trend ? `IF(${trend}="",""," — "&${trend})` : undefined,
    status ? `IF(${status}="","","; "&${status})` : undefined,
  ].filter((p): p is string => p !== undefined);
  return `=IF(ISNUMBER(${current}),${parts.join("&")},"")`;
}

/**
 * The columns every layout ends with; the scaffold relies on the "Due date" and "Status" headers. Status is
 * the key's drop-down; Progress update is free text, as the published plans use their Progress column.
 */
export const TRAILING_COLUMNS: readonly PlanColumn[] = [
  { header: "Lead", width: 24, input: true },
  { header: DUE_DATE_HEADER, width: 13, input: true, numberFormat: "dd/mm/yyyy" },
  { header: STATUS_HEADER, width: 18, input: true },
  { header: PROGRESS_UPDATE_HEADER, width: 36, input: true },
];

/** Light fill for the row that opens a block (an indicator, objective or theme). */
export const BLOCK_FILL = "#DDEBF7";
