/**
 * "Analyse data", in one `Excel.run`: sync 1 lists the workbook and locates the chosen extracts (header rows,
 * rows in use); then the matched columns are read in pages, one sync each, each counted with the shared
 * counter before the next (count-in-chunks.ts); one sync reads the plan the data sheet goes with (by its
 * headers, read-plan.ts), when the workbook has a plan table, for the dashboard; the last sync fills the data
 * sheet's input cells and (re)writes the analysis sheets. With the sample trust's columns a page holds about
 * 24,000 rows: 10,000 rows take 5 syncs, 100,000 take 8 and 1,000,000 take 46, with a plan to read
 * (`MEASURE_MILLION=1 npx jest test/excel/analyse-data.test.ts -t "staff rows"` prints them). Before the last
 * sync the sheets pass the plan writer's pre-flight `checkModel`, and after it the pane is told which sheets
 * Excel would not fit to one page wide, as Create plan tells it. What was analysed is remembered in the
 * workbook's settings for Refresh.
 */
import { withAnalysisSheets } from "../plan/analysis-sheets";
import { buildWorkbook, hasDataSheet, type PlanWorkbook } from "../plan/build-workbook";
import { COUNTS_HEADING, buildDataSheet } from "../plan/data-sheet";
import { buildDataQualitySheet } from "../plan/data-quality-sheet";
import type { PlanOptions } from "../plan/options";
import type { AppliedNames, SheetModel } from "../plan/sheet-model";
import type { TableListing } from "../plan/workbook-snapshot";
import type { ColumnOverrides } from "../wres/column-match";
import type { DataQuality } from "../wres/data-quality";
import type { CountName, ExtractCounts, GroupCounts } from "../wres/extract-counts";
import { KINDS, fieldsOf, kindOf, type ExtractField, type ExtractKind } from "../wres/extract-kinds";
import { problemMessage } from "../wres/messages";
import { cellAddress, parseRange, type Address } from "../plan/a1";
import { recallAnalysis, rememberAnalysis, type SettingsStore } from "./analysis-memory";
import { countSources } from "./count-in-chunks";
import { describeSource, locateSources, type SourceArea, type SourceRef } from "./data-sources";
import { findPlan, optionsFor, plansToRead, type FoundPlan } from "./infer-plan";
import { ExcelServiceError, withOfficeErrors } from "./office-errors";
import { planNames } from "../plan/workbook-names";
import { queueSnapshotReads } from "./read-snapshot";
import { checkRequirements, type SetChecker } from "./requirements";
import { writeSheet, type WrittenSheet } from "./write-sheet";
import { fitNotes } from "./apply-workbook";
import { checkModel } from "../plan/model-rules";

export interface AnalyseRequest {
  /** Where each extract is; leave an extract out to leave its input cells as they are. */
  readonly sources: Readonly<Partial<Record<ExtractKind, SourceRef>>>;
  /** Columns the user chose (header text or 0-based position); other fields are matched by header. */
  readonly columns?: Readonly<Partial<Record<ExtractKind, ColumnOverrides>>>;
  /** The WRES data sheet whose input cells are filled, e.g. "WRES data 2025-26". */
  readonly dataSheet: string;
  /** The options the plan was made with, when known; otherwise they are worked out from the workbook. */
  readonly plan?: PlanOptions;
}

export interface AnalyseResult {
  readonly dataSheet: string;
  readonly counts: Readonly<Partial<Record<CountName, GroupCounts>>>;
  /** Rows read per extract (header row not included). */
  readonly rows: Readonly<Partial<Record<ExtractKind, number>>>;
  /** The header each field was read from, per extract. */
  readonly columns: Readonly<Partial<Record<ExtractKind, Partial<Record<ExtractField, string>>>>>;
  readonly inputsWritten: number;
  /** Every doubt, per extract, with rows numbered as the user's sheet numbers them. */
  readonly quality: DataQuality;
  /** Rows with at least one problem, in all extracts (still counted as the report says). */
  readonly rowsWithProblems: number;
  /** Analysis sheets written (replacing those of the last analysis). */
  readonly sheetsWritten: readonly string[];
  /** The name the Data quality sheet got (every problem row listed), when it was written. */
  readonly qualitySheet?: string;
  /** Things left out, in British English, e.g. why there is no dashboard. */
  readonly notes: readonly string[];
  /** What this Excel did not take, as Create plan reports it (fit-to-pages printing it did not keep). */
  readonly skippedFeatures: readonly string[];
  /** Milliseconds spent counting (conversion, matching and counting, pauses for progress included). */
  readonly engineMs: number;
}

interface AnalyseOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly settings?: SettingsStore;
  readonly isSetSupported?: SetChecker;
  readonly now?: () => number;
}

interface FirstRead {
  readonly areas: SourceArea[];
  readonly countsHeader: string;
  readonly sheets: string[];
  readonly tables: TableListing[];
}

const fail = (message: string): never => {
  throw new ExcelServiceError("invalid_argument", message);
};

/**
 * Where the data sheet made for these options keeps its input cells (key → A1 address) and its "Counts"
 * heading, as the data-sheet builder hands them over.
 */
function dataLayout(options: PlanOptions) {
  if (!hasDataSheet(options)) return fail("Only a WRES plan has a data sheet to fill.");
  const { cells } = buildDataSheet(options);
  const a1 = (a: Address) => cellAddress(a.column, a.row);
  const inputs: Record<string, string> = {};
  for (const [key, at] of Object.entries(cells.inputs)) inputs[key] = a1(at);
  return { inputs, heading: a1(cells.countsHeading) };
}

/** Sync 1: where the sources are, the data sheet's "Counts" heading, the sheets and tables already there. */
async function readFirst(
  context: Excel.RequestContext,
  refs: readonly SourceRef[],
  dataSheet: string,
  headerCell: string,
): Promise<FirstRead> {
  const named = [...refs.map(describeSource), `sheet ${dataSheet}`].join(", ");
  return withOfficeErrors(`Could not read ${named}.`, async () => {
    const located = locateSources(context, refs);
    const heading = context.workbook.worksheets.getItem(dataSheet).getRange(headerCell).load("values");
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name, items/worksheet/name, items/columns/items/name");
    await context.sync();
    return {
      areas: located.map((read) => read()),
      countsHeader: String(heading.values[0]?.[0] ?? ""),
      sheets: sheets.items.map((s) => s.name),
      tables: tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
        headers: t.columns.items.map((c) => c.name),
      })),
    };
  });
}

function headerNames(
  maps: Readonly<Partial<Record<ExtractKind, Readonly<Partial<Record<ExtractField, number>>>>>>,
  values: Readonly<Partial<Record<ExtractKind, SourceArea>>>,
) {
  const out: Partial<Record<ExtractKind, Partial<Record<ExtractField, string>>>> = {};
  for (const kind of KINDS) {
    const map = maps[kind];
    const header = values[kind]?.header;
    if (!map || !header) continue;
    const named: Partial<Record<ExtractField, string>> = {};
    for (const field of fieldsOf(kind)) {
      const i = map[field];
      if (i !== undefined) named[field] = header[i];
    }
    out[kind] = named;
  }
  return out;
}

/** Where each extract was read from, in the pane's words ("table Staff"), for the Data quality sheet. */
function describedSources(sources: AnalyseRequest["sources"]): Partial<Record<ExtractKind, string>> {
  const out: Partial<Record<ExtractKind, string>> = {};
  for (const kind of KINDS) {
    const ref = sources[kind];
    if (ref) out[kind] = describeSource(ref);
  }
  return out;
}

/** Reads the plan tables' sheets (one sync, none when there is no plan table) and finds the data sheet's plan. */
async function readThePlan(
  context: Excel.RequestContext,
  first: FirstRead,
  dataSheet: string,
  options: AnalyseOptions,
): Promise<ReturnType<typeof findPlan>> {
  const listing = { sheets: first.sheets, tables: first.tables };
  // The key's colours come from cell fills (ExcelApi 1.9, which writing the sheets needs too).
  const toRead = plansToRead(listing, checkRequirements(options.isSetSupported).canWritePlan);
  if (toRead.tables.length === 0) return findPlan({ ...listing, cells: [] }, dataSheet);
  const snapshotOf = queueSnapshotReads(context, toRead);
  await withOfficeErrors("Could not read the plan to build its dashboard.", () => context.sync());
  return findPlan(snapshotOf(listing), dataSheet);
}

interface WritePlan {
  readonly toReplace: readonly string[];
  readonly sheetsToWrite: readonly SheetModel[];
  readonly names: ReturnType<typeof planNames>;
  readonly applied: AppliedNames;
  readonly notes: readonly string[];
}

/** What the last sync writes: the analysis sheets, named around what the workbook holds, replacing the last ones. */
function planWrite(
  request: AnalyseRequest,
  first: FirstRead,
  found: { readonly plan: FoundPlan } | { readonly note: string },
  result: ExtractCounts,
  planOptions: PlanOptions,
  options: AnalyseOptions,
): WritePlan {
  const notes: string[] = [];
  const memory = recallAnalysis(options.settings);
  const existing = new Set(first.sheets.map((s) => s.toLowerCase()));
  const plan = "plan" in found ? found.plan : undefined;
  if ("note" in found) notes.push(found.note);
  const protectedSheets = new Set([request.dataSheet.toLowerCase(), plan?.sheet.toLowerCase()]);
  const toReplace = (memory?.sheetsWritten ?? []).filter(
    (s) => existing.has(s.toLowerCase()) && !protectedSheets.has(s.toLowerCase()),
  );
  // The dashboard is built over the plan's cells as they were read, and the data sheet's as its builder
  // lays them out (the cells Analyse fills).
  const base: PlanWorkbook = plan
    ? { sheets: [], names: [], cells: { plan: plan.cells, data: buildDataSheet(planOptions).cells } }
    : buildWorkbook(planOptions);
  const planned: PlanOptions = plan
    ? { ...planOptions, layout: plan.layout, period: plan.period, statuses: [...plan.statuses] }
    : planOptions;
  const extra: SheetModel[] = [
    ...withAnalysisSheets(base, planned, {
      ...(result.bandTables ? { bandTables: result.bandTables } : {}),
      dashboard: plan !== undefined,
    }).sheets.slice(base.sheets.length),
    // Every doubt travels with the figures, as in make-plan's workbook (the same builder).
    buildDataQualitySheet({ quality: result.quality, sources: describedSources(request.sources) }),
  ];
  if (!result.bandTables)
    notes.push("No indicator 1 or Model Employer sheets: no staff extract was analysed.");

  const requirements = checkRequirements(options.isSetSupported);
  const sheetsToWrite = requirements.canWritePlan ? extra : [];
  if (!requirements.canWritePlan && extra.length > 0)
    notes.push(`Analysis sheets not written: this Excel lacks ${requirements.missing.join(" and ")}.`);
  const replaced = new Set(toReplace.map((s) => s.toLowerCase()));
  const names = planNames(
    { sheets: sheetsToWrite, names: [] },
    {
      sheets: first.sheets.filter((s) => !replaced.has(s.toLowerCase())),
      tables: first.tables.filter((t) => !replaced.has(t.sheet.toLowerCase())).map((t) => t.name),
      names: [],
    },
  );
  const applied: AppliedNames = {
    sheets: { ...names.sheets, data: request.dataSheet, ...(plan ? { plan: plan.sheet } : {}) },
    tables: { ...names.tables, ...(plan ? { plan: plan.table } : {}) },
  };
  // The plan writer's pre-flight: refuse now, before the counts or any sheet is written, what Excel would
  // refuse halfway through the write sync.
  try {
    checkModel({ sheets: sheetsToWrite, names: [] }, applied);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ExcelServiceError("invalid_options", `Nothing was written: ${why}`);
  }
  return { toReplace, sheetsToWrite, names, applied, notes };
}

export async function analyseData(
  request: AnalyseRequest,
  options: AnalyseOptions = {},
): Promise<AnalyseResult> {
  const now = options.now ?? (() => performance.now());
  const kinds = KINDS.filter((k) => request.sources[k] !== undefined);
  if (kinds.length === 0) fail("Choose at least one extract to analyse.");
  if (request.dataSheet.trim() === "") fail("Choose the data sheet to fill.");
  for (const k of kinds) {
    const ref = request.sources[k] as SourceRef;
    if (ref.kind === "range") parseRange(ref.address);
  }
  const planOptions = optionsFor(request.dataSheet, request.plan);
  const layout = dataLayout(planOptions);
  const refs = kinds.map((k) => request.sources[k] as SourceRef);

  const done = await Excel.run(async (context) => {
    const first = await readFirst(context, refs, request.dataSheet, layout.heading);
    if (first.countsHeader.trim() !== COUNTS_HEADING) {
      fail(
        `“${request.dataSheet}” is not a WRES data sheet made by this add-in (no “${COUNTS_HEADING}” heading in ${layout.heading}). Choose the data sheet of your plan.`,
      );
    }
    const areas: Partial<Record<ExtractKind, SourceArea>> = {};
    kinds.forEach((k, i) => (areas[k] = first.areas[i]));

    const start = now();
    const counted = await withOfficeErrors(`Could not read ${refs.map(describeSource).join(", ")}.`, () =>
      countSources(context, areas, {
        ...(request.columns ? { columns: request.columns } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    );
    const engineMs = now() - start;
    if (!counted.ok) {
      const kind = KINDS.find((k) => counted.problem.detail?.extract === kindOf(k).label);
      const where = kind ? ` (${describeSource(request.sources[kind] as SourceRef)})` : "";
      throw new ExcelServiceError("invalid_argument", `${problemMessage(counted.problem)}${where}`);
    }
    const result = counted.value.counts;
    // One more sync, when the workbook holds a plan table: its sheet's cells and fills, for the dashboard.
    const found = await readThePlan(context, first, request.dataSheet, options);
    const plan = planWrite(request, first, found, result, planOptions, options);
    const cells = Object.entries(result.inputs).flatMap(([key, n]) =>
      layout.inputs[key] !== undefined && typeof n === "number" ? [[layout.inputs[key], n] as const] : [],
    );

    // The last sync: input cells, and the analysis sheets in place of those the last analysis wrote.
    const written = await withOfficeErrors(`Could not fill “${request.dataSheet}”.`, async () => {
      const workbook = context.workbook;
      const data = workbook.worksheets.getItem(request.dataSheet);
      for (const [address, n] of cells) data.getRange(address).values = [[n]];
      for (const s of plan.toReplace) workbook.worksheets.getItem(s).delete();
      const written: { name: string; sheet: WrittenSheet }[] = [];
      for (const sheet of plan.sheetsToWrite) {
        const name = plan.names.sheets[sheet.id];
        const ws = workbook.worksheets.add(name);
        written.push({ name, sheet: writeSheet(ws, sheet, { names: plan.applied }) });
      }
      await context.sync();
      return written;
    });
    return { areas, result, plan, inputsWritten: cells.length, engineMs, skippedFeatures: fitNotes(written) };
  });

  const { areas, result, plan, engineMs, skippedFeatures } = done;
  const sheetsWritten = plan.sheetsToWrite.map((s) => plan.names.sheets[s.id]);
  const quality = plan.sheetsToWrite.find((s) => s.role === "data-quality");
  const columns = headerNames(result.columns, areas);
  await rememberAnalysis(
    {
      version: 1,
      dataSheet: request.dataSheet,
      sources: request.sources,
      columns: columns as Partial<Record<ExtractKind, ColumnOverrides>>,
      sheetsWritten,
    },
    options.settings,
  );
  const rows: Partial<Record<ExtractKind, number>> = {};
  for (const k of kinds) rows[k] = areas[k]?.rows ?? 0;
  return {
    dataSheet: request.dataSheet,
    counts: result.counts,
    rows,
    columns,
    inputsWritten: done.inputsWritten,
    quality: result.quality,
    rowsWithProblems: result.quality.extracts.reduce((n, e) => n + e.rowsWithProblems, 0),
    sheetsWritten,
    ...(quality ? { qualitySheet: plan.names.sheets[quality.id] } : {}),
    notes: plan.notes,
    skippedFeatures,
    engineMs,
  };
}

/** The request behind the last analysis in this workbook, for the pane to show and Refresh to repeat. */
export function lastAnalysis(settings?: SettingsStore): AnalyseRequest | undefined {
  const memory = recallAnalysis(settings);
  if (!memory) return undefined;
  return { sources: memory.sources, columns: memory.columns, dataSheet: memory.dataSheet };
}

/** Recounts what was analysed last time (after an extract is replaced), with the same columns. */
export async function refreshAnalysis(options: AnalyseOptions = {}): Promise<AnalyseResult> {
  const request = lastAnalysis(options.settings);
  if (!request)
    fail("Nothing has been analysed in this workbook yet. Choose the extracts and press Analyse.");
  return analyseData(request as AnalyseRequest, options);
}
