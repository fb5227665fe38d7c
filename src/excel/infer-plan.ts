/**
 * Finds the plan that goes with a data sheet in a workbook the add-in wrote earlier, so "Analyse data" can
 * rebuild the same models (data sheet input cells, the dashboard over the plan table) for the same options.
 * Pure: works from the names and headers listed in the first sync.
 */
import { buildWorkbook, type PlanWorkbook } from "../plan/build-workbook";
import { dataSheetName } from "../plan/data-sheet";
import { DEFAULT_PLAN_OPTIONS, LAYOUTS, periodSchema, type PlanOptions } from "../plan/options";
import { PLAN_TABLE_ID, STATUS_HEADER, planSheetName } from "../plan/plan-sheet";
import type { SheetModel, WorkbookModel } from "../plan/sheet-model";

export interface ListedTable {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

export interface FoundPlan {
  readonly options: PlanOptions;
  /** Rebuilt from the options, with the typed cells the dashboard reads. */
  readonly model: PlanWorkbook;
  /** The plan sheet and plan table as named in the workbook (possibly suffixed, e.g. "WRES plan 2025-26 (2)"). */
  readonly sheet: string;
  readonly table: string;
}

/** " (2)" from "WRES data 2025-26 (2)": writers suffix every sheet of one plan alike. */
function suffixOf(name: string, base: string): string | undefined {
  return name.toLowerCase().startsWith(base.toLowerCase()) ? name.slice(base.length) : undefined;
}

/** The period in a data sheet's name ("WRES data 2025-26 (2)" → "2025-26"), if it has one. */
export function periodOf(dataSheet: string): string | undefined {
  const m = /(\d{4}-\d{2})/.exec(dataSheet);
  return m && periodSchema.safeParse(m[1]).success ? m[1] : undefined;
}

const sameHeaders = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((h, i) => h.trim().toLowerCase() === b[i].trim().toLowerCase());

function planTableSpec(
  model: WorkbookModel,
): { sheet: SheetModel; headers: string[]; rows: number } | undefined {
  const sheet = model.sheets.find((s) => s.role === "plan");
  const spec = sheet?.tables.find((t) => t.id === PLAN_TABLE_ID);
  if (!sheet || !spec) return undefined;
  const header = sheet.blocks.find((b) =>
    b.rows[0]?.some((c) => c.kind === "text" && c.text === STATUS_HEADER),
  );
  const headers = (header?.rows[0] ?? []).map((c) => (c.kind === "text" ? c.text : ""));
  const [from, to] = spec.range.split(":");
  const rows = Number(/\d+$/.exec(to ?? from)?.[0]) - Number(/\d+$/.exec(from)?.[0]);
  return { sheet, headers, rows };
}

/** Options for the data sheet's period: the given plan options, or the defaults with that period. */
export function optionsFor(dataSheet: string, given?: PlanOptions): PlanOptions {
  if (given) return given;
  return {
    ...DEFAULT_PLAN_OPTIONS,
    organisation: "Organisation",
    period: periodOf(dataSheet) ?? DEFAULT_PLAN_OPTIONS.period,
  };
}

/**
 * The plan table next to `dataSheet` and the options that rebuild it: the layout whose headers match and
 * the number of actions per indicator that gives its row count. Custom status labels cannot be seen from
 * here, so the defaults are assumed unless `given` options are passed.
 */
export function findPlan(
  dataSheet: string,
  tables: readonly ListedTable[],
  given?: PlanOptions,
): FoundPlan | undefined {
  const base = optionsFor(dataSheet, given);
  const suffix = suffixOf(dataSheet, dataSheetName(base.period)) ?? "";
  const planSheet = `${planSheetName(base.standard, base.period)}${suffix}`.toLowerCase();
  const candidates = tables.filter((t) => t.sheet.toLowerCase() === planSheet);
  for (const table of candidates) {
    const layouts = given ? [given.layout] : LAYOUTS;
    for (const layout of layouts) {
      const probe = planTableSpec(buildWorkbook({ ...base, layout, actionsPerIndicator: 1 }));
      if (!probe || !sameHeaders(probe.headers, table.headers)) continue;
      const counts = given ? [given.actionsPerIndicator] : Array.from({ length: 51 }, (_v, i) => i);
      for (const actionsPerIndicator of counts) {
        const options = { ...base, layout, actionsPerIndicator };
        const model = buildWorkbook(options);
        const spec = planTableSpec(model);
        if (spec && spec.rows === table.rowCount)
          return { options, model, sheet: table.sheet, table: table.name };
      }
    }
  }
  return undefined;
}
