/**
 * "Start next year's plan" inside Excel: reads last year's plan from the open workbook and writes next year's
 * sheets beside it, in one `Excel.run` of three syncs, however big the plan:
 *   1. list the sheets, the tables with their column names, and the defined names;
 *   2. read the cells (values and formulas) of the few sheets that matter (`readingList`), the plan and
 *      History tables' addresses and the plan sheet's fills (the status key's colours), and, if last year's
 *      plan may use named LAMBDA formulas, ask Excel whether it has LAMBDA (native formulas if not);
 *   3. write the new sheets.
 * The plan is found by its table headers, which only the first sync can tell, so its cells need a second
 * read before anything can be written. Nothing is written when the plan cannot be read, and no existing
 * sheet is ever changed: the reads are loads, and the writes only add sheets and names.
 */
import { checkModel } from "../plan/model-rules";
import { plansIn, readingList, type PlanFound } from "../plan/read-plan";
import { startNextYear, summarise, type NextYearChoices, type NextYearSummary } from "../plan/roll-forward";
import type { TableListing } from "../plan/workbook-snapshot";
import type { Standard } from "../wres/indicators";
import { NO_LAMBDA_NOTE, writeAndSync } from "./apply-workbook";
import { probeLambda } from "./lambda-probe";
import { ExcelServiceError } from "./office-errors";
import { queueSnapshotReads } from "./read-snapshot";
import { REQUIRED_FOR_PLAN, checkRequirements, type SetChecker } from "./requirements";

interface NextYearRequest extends Omit<NextYearChoices, "inputs"> {
  /** Which plan to start from when the workbook holds both; by default the latest plan found. */
  readonly standard?: Standard;
}

interface NextYearInExcel extends NextYearSummary {
  /** The sheets created, in order, with the names they finally got. */
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  readonly skippedFeatures: readonly string[];
}

interface NextYearOptions {
  readonly isSetSupported?: SetChecker;
}

/** Lists the tables with their column names: what the first sync of either action reads. */
function listTables(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name");
  return () => ({
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t): TableListing => ({
      name: t.name,
      sheet: t.worksheet.name,
      headers: t.columns.items.map((c) => c.name),
    })),
  });
}

/** The plans in the open workbook that next year's plan can start from: one Excel.run, one sync. */
export async function findPlansInExcel(): Promise<PlanFound[]> {
  return Excel.run(async (context) => {
    const listing = listTables(context);
    await context.sync();
    return plansIn(listing());
  });
}

export async function startNextYearInExcel(
  request: NextYearRequest = {},
  options: NextYearOptions = {},
): Promise<NextYearInExcel> {
  const requirements = checkRequirements(options.isSetSupported);
  if (!requirements.canWritePlan) {
    throw new ExcelServiceError(
      "requirements_missing",
      `This version of Excel lacks ${REQUIRED_FOR_PLAN.name} ${REQUIRED_FOR_PLAN.version}, which next year's plan needs. Save the workbook and start next year's plan from the file instead.`,
    );
  }

  return Excel.run(async (context) => {
    // Sync 1: what is there.
    const listed = listTables(context);
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const listing = listed();
    const existingNames = names.items.map((n) => n.name);

    // Sync 2: the cells that matter (values give dates as serial numbers, as the reader expects), and, when
    // the workbook has the add-in's named formulas (last year's plan may use LAMBDA), whether this Excel has
    // LAMBDA: the probe adds and deletes a name in the same batch, so it leaves nothing behind.
    const snapshotOf = queueSnapshotReads(context, readingList(listing, request.standard));
    const lambda = existingNames.some((n) => /^WRES_/i.test(n)) ? probeLambda(context.workbook) : undefined;
    await context.sync();
    const snapshot = snapshotOf(listing);

    const noLambda = lambda !== undefined && !lambda.available();
    let next = startNextYear(snapshot, request);
    if (next.ok && noLambda && next.value.options.formulaStyle === "lambda")
      next = startNextYear(snapshot, { ...request, formulaStyle: "native" });
    // Nothing has been queued for writing yet, so a refusal leaves the workbook exactly as it was.
    if (!next.ok) throw new ExcelServiceError("no_plan", next.message);
    const { model } = next.value;
    checkModel(model);

    // Sync 3: every write.
    const report = await writeAndSync(
      context,
      model,
      {
        sheets: listing.sheets,
        tables: listing.tables.map((t) => t.name),
        names: names.items.map((n) => n.name),
      },
      {
        activateSheetId: "plan",
        skippedFeatures: noLambda && next.value.from.data?.formulaStyle === "lambda" ? [NO_LAMBDA_NOTE] : [],
      },
    );
    return {
      ...summarise(next.value),
      sheets: report.createdSheets,
      skippedFeatures: report.skippedFeatures,
    };
  });
}
