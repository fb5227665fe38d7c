/**
 * "From raw extracts to indicators": the sheets added to a plan workbook when extracts are given (indicator 1
 * by band, Model Employer goals) and the dashboard over the plan and data sheets. The make-plan command and
 * the pane call `withAnalysisSheets` on `buildWorkbook`'s result; the writers then apply the whole model.
 */
import { buildDashboardSheet } from "./dashboard-sheet";
import type { BandHeadcount } from "../wres/band-table";
import { buildIndicator1Sheet, type Indicator1Tables } from "./indicator-1-sheet";
import { buildModelEmployerSheet, type ModelEmployerBand } from "./model-employer-sheet";
import type { PlanOptions } from "./options";
import type { PlanWorkbook } from "./build-workbook";
import type { SheetModel } from "./sheet-model";

interface ModelEmployerChoices {
  readonly baselineYear?: number;
  readonly targetYear?: number;
  /** A fraction 0–1; omit for the overall BME share of this year's headcount (a live formula). */
  readonly targetShare?: number;
  /** The all-staff band table of the baseline year, if the user has it; otherwise baseline cells stay blank. */
  readonly baseline?: readonly BandHeadcount[];
}

interface AnalysisInput {
  /** Band tables from the staff extract: `countExtracts(...).value.bandTables` fits this shape. */
  readonly bandTables?: Indicator1Tables;
  readonly modelEmployer?: ModelEmployerChoices;
  /** Add the dashboard when the workbook has a plan sheet (default true). */
  readonly dashboard?: boolean;
}

const isOverall = (r: BandHeadcount): boolean => r.band.trim().toLowerCase() === "overall";

/** Model Employer rows from this year's all-staff band table, with the baseline year's counts where known. */
export function modelEmployerBands(
  current: readonly BandHeadcount[],
  baseline: readonly BandHeadcount[] = [],
): ModelEmployerBand[] {
  const before = new Map(baseline.filter((r) => !isOverall(r)).map((r) => [r.band, r]));
  return current
    .filter((r) => !isOverall(r))
    .map((r) => {
      const b = before.get(r.band);
      return {
        band: r.band,
        headcount: r.white + r.bme + r.unknown,
        actualBme: r.bme,
        ...(b ? { baselineBme: b.bme, baselineTotal: b.white + b.bme + b.unknown } : {}),
      };
    });
}

/** The extra sheets, in the order they should follow the plan and data sheets. */
export function buildAnalysisSheets(
  workbook: PlanWorkbook,
  options: PlanOptions,
  input: AnalysisInput,
): SheetModel[] {
  const sheets: SheetModel[] = [];
  const { plan, data } = workbook.cells;
  if (input.dashboard !== false) sheets.push(buildDashboardSheet(plan, data, options.statuses));
  if (input.bandTables) {
    sheets.push(buildIndicator1Sheet(input.bandTables, options.period));
    const me = input.modelEmployer ?? {};
    sheets.push(
      buildModelEmployerSheet(modelEmployerBands(input.bandTables.overall, me.baseline), {
        period: options.period,
        ...(me.baselineYear === undefined ? {} : { baselineYear: me.baselineYear }),
        ...(me.targetYear === undefined ? {} : { targetYear: me.targetYear }),
        ...(me.targetShare === undefined ? {} : { targetShare: me.targetShare }),
      }),
    );
  }
  return sheets;
}

/** `workbook` with the analysis sheets appended; sheet ids already present are not added twice. */
export function withAnalysisSheets(
  workbook: PlanWorkbook,
  options: PlanOptions,
  input: AnalysisInput,
): PlanWorkbook {
  const taken = new Set(workbook.sheets.map((s) => s.id));
  const extra = buildAnalysisSheets(workbook, options, input).filter((s) => !taken.has(s.id));
  return { ...workbook, sheets: [...workbook.sheets, ...extra] };
}
