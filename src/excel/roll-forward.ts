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
import { parseRange, rectAddress } from "../plan/a1";
import { checkModel } from "../plan/model-rules";
import { plansIn, readingList, type PlanFound, type ReadingList } from "../plan/read-plan";
import { startNextYear, summarise, type NextYearChoices, type NextYearSummary } from "../plan/roll-forward";
import type {
  SheetCells,
  SnapshotValue,
  TableListing,
  WorkbookListing,
  WorkbookSnapshot,
} from "../plan/workbook-snapshot";
import type { Standard } from "../wres/indicators";
import { NO_LAMBDA_NOTE, writeAndSync } from "./apply-workbook";
import { probeLambda } from "./lambda-probe";
import { ExcelServiceError } from "./office-errors";
import { REQUIRED_FOR_PLAN, checkRequirements, type SetChecker } from "./requirements";

export interface NextYearRequest extends Omit<NextYearChoices, "inputs"> {
  /** Which plan to start from when the workbook holds both; by default the latest plan found. */
  readonly standard?: Standard;
}

export interface NextYearInExcel extends NextYearSummary {
  /** The sheets created, in order, with the names they finally got. */
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  readonly skippedFeatures: readonly string[];
}

export interface NextYearOptions {
  readonly isSetSupported?: SetChecker;
}

/** "'WRES plan 2025-26'!A6:H40" → "A6:H40". */
const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** A used range's values placed from A1, so the pure reader can count rows and columns as the sheet does. */
function fromA1<T>(address: string, rows: readonly (readonly T[])[], blank: T): T[][] {
  const rect = parseRange(localAddress(address));
  const padded: T[][] = Array.from({ length: rect.top }, () => []);
  for (const row of rows) padded.push([...(new Array(rect.left).fill(blank) as T[]), ...row]);
  return padded;
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

/** Queues the reads of sync 2: each sheet's used range (values, formulas) and the plan sheet's fills. */
function queueReads(context: Excel.RequestContext, toRead: ReadingList) {
  const workbook = context.workbook;
  const used = toRead.sheets.map((name) => {
    const range = workbook.worksheets.getItem(name).getUsedRange(true);
    range.load("address,values,formulas");
    // One call for every cell's fill (ExcelApi 1.9, which the writer needs anyway):
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesfillloadoptions
    const fills = toRead.fills.includes(name)
      ? range.getCellProperties({ address: true, format: { fill: { color: true } } })
      : undefined;
    return { name, range, fills };
  });
  const tables = toRead.tables.map((name) => ({
    name,
    range: workbook.tables.getItem(name).getRange().load("address"),
  }));
  return (listing: WorkbookListing): WorkbookSnapshot => {
    const ranges = new Map(tables.map((t) => [t.name, localAddress(t.range.address)]));
    const cells: SheetCells[] = used.map(({ name, range, fills }) => {
      const fillMap: Record<string, string> = {};
      for (const row of fills?.value ?? []) {
        for (const cell of row) {
          const colour = cell.format?.fill?.color;
          if (cell.address && colour) fillMap[rectAddress(parseRange(localAddress(cell.address)))] = colour;
        }
      }
      const formulas = (range.formulas as unknown[][]).map((row) =>
        row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
      );
      return {
        name,
        values: fromA1<SnapshotValue>(range.address, range.values as SnapshotValue[][], null),
        formulas: fromA1<string | null>(range.address, formulas, null),
        fills: fillMap,
      };
    });
    return {
      ...listing,
      tables: listing.tables.map((t) => (ranges.has(t.name) ? { ...t, range: ranges.get(t.name) } : t)),
      cells,
    };
  };
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
    const snapshotOf = queueReads(context, readingList(listing, request.standard));
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
