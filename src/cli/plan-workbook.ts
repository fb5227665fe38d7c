/** The workbook make-plan writes: the plan, and with extracts the analysis sheets and the Data quality sheet. */
import { withAnalysisSheets } from "../plan/analysis-sheets";
import { buildWorkbook, type PlanWorkbook } from "../plan/build-workbook";
import { buildDataQualitySheet } from "../plan/data-quality-sheet";
import type { PlanOptions } from "../plan/options";
import type { WorkbookModel } from "../plan/sheet-model";
import type { ExtractCounts } from "../wres/extract-counts";
import type { ExtractKind } from "../wres/extract-kinds";

/**
 * `files` names where each extract was read from, for the Data quality sheet; `plan` is the plan and data
 * sheets to extend (next year's, when make-plan --from rolls last year's plan forward).
 */
export function planWorkbook(
  options: PlanOptions,
  counted?: ExtractCounts,
  files: Readonly<Partial<Record<ExtractKind, string>>> = {},
  plan: PlanWorkbook = buildWorkbook(options, counted?.inputs),
): WorkbookModel {
  if (!counted) return plan;
  const analysed = withAnalysisSheets(
    plan,
    options,
    counted.bandTables ? { bandTables: counted.bandTables } : {},
  );
  return {
    ...analysed,
    sheets: [...analysed.sheets, buildDataQualitySheet({ quality: counted.quality, sources: files })],
  };
}
