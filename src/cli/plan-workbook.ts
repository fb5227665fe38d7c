/** The workbook make-plan writes: the plan, and with extracts the analysis sheets and the Data quality sheet. */
import { withAnalysisSheets } from "../plan/analysis-sheets";
import { buildWorkbook } from "../plan/build-workbook";
import { buildDataQualitySheet } from "../plan/data-quality-sheet";
import type { PlanOptions } from "../plan/options";
import type { WorkbookModel } from "../plan/sheet-model";
import type { ExtractCounts } from "../wres/extract-counts";
import type { ExtractKind } from "../wres/extract-kinds";

/** `files` names where each extract was read from, for the Data quality sheet. */
export function planWorkbook(
  options: PlanOptions,
  counted?: ExtractCounts,
  files: Readonly<Partial<Record<ExtractKind, string>>> = {},
): WorkbookModel {
  const plan = buildWorkbook(options, counted?.inputs);
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
