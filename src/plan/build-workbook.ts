/**
 * The whole workbook for a plan: the action plan sheet in the chosen layout and, for WRES, the data sheet
 * its Result cells read from. Pure: the Excel and .xlsx writers apply the model. Beside the sheets it hands
 * on the typed cells of the plan and data sheets, which the analysis sheets (the dashboard) read.
 */
import type { IndicatorInputs } from "../wres/indicator-inputs";
import { buildDataSheet, type DataCells } from "./data-sheet";
import { namesFor } from "./formula-kit";
import type { LayoutContext } from "./layouts/layout-context";
import { metricLedBody } from "./layouts/metric-led";
import { objectiveLedBody } from "./layouts/objective-led";
import { themeLedBody } from "./layouts/theme-led";
import type { Layout, PlanOptions } from "./options";
import { buildPlanSheet, type PlanBody, type PlanCells } from "./plan-sheet";
import type { SheetModel, WorkbookModel } from "./sheet-model";

const LAYOUT_BODIES: Readonly<Record<Layout, (context: LayoutContext) => PlanBody>> = {
  "metric-led": metricLedBody,
  "objective-led": objectiveLedBody,
  "theme-led": themeLedBody,
};

/** A plan workbook and where its plan and data sheets keep the cells other sheets read. */
export interface PlanWorkbook extends WorkbookModel {
  readonly cells: { readonly plan: PlanCells; readonly data?: DataCells };
}

/** The data sheet holds the WRES counts only (`indicator-inputs.ts`), so a WDES plan has none. */
export function hasDataSheet(options: PlanOptions): boolean {
  return options.includeDataSheet && options.standard === "WRES";
}

/**
 * `carried` (by block key, see `layouts/blocks.ts`) puts last year's unfinished actions at the head of their
 * blocks, before the blank pre-numbered rows.
 */
export function buildWorkbook(
  options: PlanOptions,
  inputs?: IndicatorInputs,
  carried?: LayoutContext["carried"],
): PlanWorkbook {
  const data = hasDataSheet(options) ? buildDataSheet(options, inputs) : undefined;
  const body = LAYOUT_BODIES[options.layout]({
    options,
    ...(data ? { data: data.cells } : {}),
    ...(carried ? { carried } : {}),
  });
  const plan = buildPlanSheet(options, body);
  const sheets: SheetModel[] = [plan.sheet];
  if (data) sheets.push(data.sheet);
  return {
    sheets,
    names: data ? namesFor(options.formulaStyle) : [],
    cells: { plan: plan.cells, ...(data ? { data: data.cells } : {}) },
  };
}
