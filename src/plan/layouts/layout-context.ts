/** What a layout needs besides the options: where the data sheet's figures are, when there is one. */
import type { IndicatorDefinition } from "../../wres/indicators";
import { formulaString } from "../a1";
import type { PlanOptions } from "../options";
import { previousPeriod } from "../period";
import { DUE_DATE_HEADER, PROGRESS_UPDATE_HEADER, STATUS_HEADER, type PlanColumn } from "../plan-sheet";

export interface LayoutContext {
  readonly options: PlanOptions;
  /** The data sheet's output cells (key → A1), when the workbook has one. */
  readonly dataOutputs?: Readonly<Record<string, string>>;
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
