/**
 * Finds the plan that goes with a data sheet, read by its table and column headers (plan/read-plan.ts), so
 * "Analyse data" can build the dashboard over the plan as it stands: rows the user added, renamed statuses
 * and their colours included. Of the workbook's WRES plan tables, the one whose plan reads this data sheet
 * (by its formulas, or its name) is taken. Pure: works from the listing and the cells the host read.
 */
import { DEFAULT_PLAN_OPTIONS, periodSchema, type PlanOptions } from "../plan/options";
import type { PlanCells } from "../plan/plan-sheet";
import { planTables, readPlan, readingList, type ReadPlan, type ReadingList } from "../plan/read-plan";
import type { WorkbookListing, WorkbookSnapshot } from "../plan/workbook-snapshot";

/** The period in a data sheet's name ("WRES data 2025-26 (2)" → "2025-26"), if it has one. */
export function periodOf(dataSheet: string): string | undefined {
  const m = /(\d{4}-\d{2})/.exec(dataSheet);
  return m && periodSchema.safeParse(m[1]).success ? m[1] : undefined;
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
 * What to read to find the plan: the plan reader's own list, plus every WRES plan table with its sheet and
 * that sheet's fills, as a workbook may hold two plans (the second suffixed " (2)").
 */
export function plansToRead(listing: WorkbookListing, withFills: boolean): ReadingList {
  const own = readingList(listing, "WRES");
  const tables = planTables(listing, "WRES");
  const unique = (names: readonly string[]) => [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  const sheets = unique([...own.sheets, ...tables.map((t) => t.sheet)]);
  return {
    sheets,
    tables: unique([...own.tables, ...tables.map((t) => t.name)]),
    fills: withFills ? unique([...own.fills, ...tables.map((t) => t.sheet)]) : [],
  };
}

export type FoundPlan = ReadPlan & { readonly cells: PlanCells };

/** The plan that reads `dataSheet`, with its cells; or, when there is none, the note saying why. */
export function findPlan(
  snapshot: WorkbookSnapshot,
  dataSheet: string,
): { readonly plan: FoundPlan } | { readonly note: string } {
  const tables = planTables(snapshot, "WRES");
  if (tables.length === 0) return { note: "No dashboard: this workbook holds no WRES plan table." };
  const read = tables.flatMap((t) => {
    const r = readPlan(snapshot, "WRES", t.name);
    return r.ok ? [r.plan] : [];
  });
  const mine = read.find((p) => p.data?.sheet.toLowerCase() === dataSheet.toLowerCase());
  if (!mine) {
    const other = read[0];
    return {
      note: other
        ? `No dashboard: no plan in this workbook reads “${dataSheet}” (the plan on “${other.sheet}” reads “${other.data?.sheet ?? "no data sheet"}”).`
        : "No dashboard: the plan table could not be read.",
    };
  }
  if (!mine.cells)
    return {
      note: `No dashboard: the plan on “${mine.sheet}” has no status key above its table, so its statuses cannot be counted.`,
    };
  return { plan: mine as FoundPlan };
}
