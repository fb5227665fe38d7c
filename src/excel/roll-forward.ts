/**
 * "Start next year's plan" inside Excel: reads last year's plan from the open workbook and writes next year's
 * sheets beside it, in one `Excel.run` of three syncs, however big the plan:
 *   1. list the sheets, the tables with their column names, and the defined names;
 *   2. read the cells (values and formulas) of the few sheets that matter (`readingList`), the plan and
 *      History tables' addresses, and the plan sheet's fills (the status key's colours);
 *   3. write the new sheets.
 * The plan is found by its table headers, which only the first sync can tell, so its cells need a second
 * read before anything can be written. Nothing is written when the plan cannot be read, and no existing
 * sheet is ever changed: the reads are loads, and the writes only add sheets and names.
 */
import { parseRange, rectAddress } from "../plan/a1";
import { plansIn, readingList, type PlanFound } from "../plan/read-plan";
import { startNextYear, summarise, type NextYearChoices, type NextYearSummary } from "../plan/roll-forward";
import type { AppliedNames } from "../plan/sheet-model";
import type { Standard } from "../wres/indicators";
import type { SheetCells, SnapshotValue, TableListing, WorkbookSnapshot } from "../plan/workbook-snapshot";
import { checkModel } from "./apply-workbook";
import { ExcelServiceError, IncompleteWriteError } from "./office-errors";
import { planNames } from "./plan-names";
import { REQUIRED_FOR_PLAN, checkRequirements, officeSetChecker, type SetChecker } from "./requirements";
import { writeSheet } from "./write-sheet";

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

/** Requirement set of `Range.getCellProperties`, which reads the key's fills in one call. */
const CELL_PROPERTIES = { name: "ExcelApi", version: "1.9" } as const;

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
  const canReadFills = (options.isSetSupported ?? officeSetChecker)(
    CELL_PROPERTIES.name,
    CELL_PROPERTIES.version,
  );

  return Excel.run(async (context) => {
    const workbook = context.workbook;
    // Sync 1: what is there.
    const sheetItems = workbook.worksheets.load("items/name");
    const tableItems = workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name");
    const nameItems = workbook.names.load("items/name");
    await context.sync();

    const listing = {
      sheets: sheetItems.items.map((s) => s.name),
      tables: tableItems.items.map((t): TableListing => ({
        name: t.name,
        sheet: t.worksheet.name,
        headers: t.columns.items.map((c) => c.name),
      })),
    };
    const toRead = readingList(listing, request.standard);

    // Sync 2: the cells that matter. Values give dates as serial numbers, as the reader expects.
    const used = toRead.sheets.map((name) => {
      const range = workbook.worksheets.getItem(name).getUsedRange(true);
      range.load("address,values,formulas");
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesfillloadoptions (ExcelApi 1.9)
      const fills =
        canReadFills && toRead.fills.includes(name)
          ? range.getCellProperties({ address: true, format: { fill: { color: true } } })
          : undefined;
      return { name, range, fills };
    });
    const tableRanges = toRead.tables.map((name) => ({
      name,
      range: workbook.tables.getItem(name).getRange().load("address"),
    }));
    await context.sync();

    const ranges = new Map(tableRanges.map((t) => [t.name, localAddress(t.range.address)]));
    const cells: SheetCells[] = used.map(({ name, range, fills }) => {
      const fillMap: Record<string, string> = {};
      for (const row of fills?.value ?? []) {
        for (const cell of row) {
          const colour = cell.format?.fill?.color;
          if (cell.address && colour) fillMap[rectAddress(parseRange(localAddress(cell.address)))] = colour;
        }
      }
      return {
        name,
        values: fromA1<SnapshotValue>(range.address, range.values as SnapshotValue[][], null),
        formulas: fromA1<string | null>(
          range.address,
          (range.formulas as unknown[][]).map((row) =>
            row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
          ),
          null,
        ),
        fills: fillMap,
      };
    });
    const snapshot: WorkbookSnapshot = {
      ...listing,
      tables: listing.tables.map((t) => (ranges.has(t.name) ? { ...t, range: ranges.get(t.name) } : t)),
      cells,
    };
    const next = startNextYear(snapshot, request);
    // Nothing has been queued for writing yet, so a refusal leaves the workbook exactly as it was.
    if (!next.ok) throw new ExcelServiceError("no_plan", next.message);
    const { model } = next.value;
    checkModel(model);

    // Sync 3: every write.
    const names = planNames(model, {
      sheets: listing.sheets,
      tables: listing.tables.map((t) => t.name),
      names: nameItems.items.map((n) => n.name),
    });
    const applied: AppliedNames = { sheets: names.sheets, tables: names.tables };
    const added = model.sheets.map((sheet) => {
      // Worksheets.add appends after the last sheet, so last year's sheets keep their places.
      const ws = workbook.worksheets.add(names.sheets[sheet.id]);
      writeSheet(ws, sheet, { names: applied, canSetUpPrinting: requirements.canSetUpPrinting });
      return { id: sheet.id, ws };
    });
    for (const n of names.namesToAdd) workbook.names.add(n.name, n.formula, n.comment);
    // Shown last, once everything else on it is queued.
    added.find((a) => a.id === "plan")?.ws.activate();
    try {
      await context.sync();
    } catch (error) {
      throw new IncompleteWriteError(error, Object.values(names.sheets));
    }

    return {
      ...summarise(next.value),
      sheets: model.sheets.map((s) => ({ id: s.id, name: names.sheets[s.id] })),
      skippedFeatures: requirements.canSetUpPrinting ? [] : ["Print setup (needs ExcelApi 1.9)"],
    };
  });
}
