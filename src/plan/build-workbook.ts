/**
 * The whole workbook for a plan: the action plan sheet in the chosen layout and, for WRES, the data sheet
 * its Result cells read from. Pure: the Excel and .xlsx writers apply the model.
 */
import type { IndicatorInputs } from "../wres/indicator-inputs";
import { buildDataSheet } from "./data-sheet";
import { namesFor } from "./formula-kit";
import type { LayoutContext } from "./layouts/layout-context";
import { metricLedBody } from "./layouts/metric-led";
import { objectiveLedBody } from "./layouts/objective-led";
import { themeLedBody } from "./layouts/theme-led";
import type { Layout, PlanOptions } from "./options";
import { buildPlanSheet, type PlanBody } from "./plan-sheet";
import type { SheetModel, WorkbookModel } from "./sheet-model";

const LAYOUT_BODIES: Readonly<Record<Layout, (context: LayoutContext) => PlanBody>> = {
  "metric-led": metricLedBody,
  "objective-led": objectiveLedBody,
  "theme-led": themeLedBody,
};

/** The data sheet holds the WRES counts only (`indicator-inputs.ts`), so a WDES plan has none. */
export function hasDataSheet(options: PlanOptions): boolean {
  return options.includeDataSheet && options.standard === "WRES";
}

/** `carried`: last year's unfinished actions by block, when the plan is rolled forward (roll-forward.ts). */
export function buildWorkbook(
  options: PlanOptions,
  inputs?: IndicatorInputs,
  carried?: LayoutContext["carried"],
): WorkbookModel {
  const data = hasDataSheet(options) ? buildDataSheet(options, inputs) : undefined;
  const body = LAYOUT_BODIES[options.layout]({ options, dataOutputs: data?.outputs, carried });
  const sheets: SheetModel[] = [buildPlanSheet(options, body)];
  if (data) sheets.push(data);
  return { sheets, names: data ? namesFor(options.formulaStyle) : [] };
}
