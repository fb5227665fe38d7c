/**
 * Reads last year's action plan back out of a workbook, by its table and column headers rather than fixed
 * addresses: rows the user added, deleted or reordered, renamed status labels and a retyped title all read
 * as the user left them. Pure: the hosts hand over a `WorkbookSnapshot`; the result is a typed record of
 * the plan, or one message naming what is missing.
 */
import { standardName, STANDARDS, type Standard } from "../wres/indicators";
import { address, parseRange, type Address } from "./a1";
import { buildDataSheet, dataSheetName } from "./data-sheet";
import { HISTORY_HEADERS, mergeHistory, type HistoryRow } from "./history-sheet";
import { TRAILING_COLUMNS, type BlockKey, type CarriedAction } from "./layouts/layout-context";
import {
  DEFAULT_PLAN_OPTIONS,
  DEFAULT_STATUSES,
  LAYOUTS,
  NOT_STARTED,
  periodSchema,
  type FormulaStyle,
  type Layout,
  type Status,
} from "./options";
import { blockOfActionNumber, blockOpenedBy, firstBlock, GENERAL_BLOCK } from "./plan-blocks";
import {
  DUE_DATE_HEADER,
  PLAN_SHEET_ID,
  PROGRESS_UPDATE_HEADER,
  STATUS_HEADER,
  planSheetName,
  type PlanCells,
} from "./plan-sheet";
import { deliveredIndex, deliveredStatus } from "./rag";
import { readDataInputs } from "./read-data-inputs";
import {
  columnCount,
  fillAt,
  findSheet,
  normaliseText,
  rowCount,
  sameText,
  textAt,
  valueAt,
  type SheetCells,
  type TableListing,
  type WorkbookListing,
  type WorkbookSnapshot,
} from "./workbook-snapshot";

/** One row of last year's plan that holds an action, its fields as the user left them. */
export interface PlanAction extends CarriedAction {
  readonly block: BlockKey;
  /** The sheet row it was read from, for messages. */
  readonly row: number;
}

interface ReadData {
  readonly sheet: string;
  /** Every input found, this year's and the previous year's (keys as in `indicator-inputs.ts`). */
  readonly inputs: Readonly<Record<string, number>>;
  readonly missing: readonly string[];
  readonly formulaStyle: FormulaStyle;
}

export interface ReadPlan {
  readonly standard: Standard;
  readonly layout: Layout;
  readonly period: string;
  readonly organisation: string;
  /** Whether the organisation was read from a title the add-in wrote (false: the title was retyped). */
  readonly organisationFromTitle: boolean;
  /** The key as it stands in the sheet: renamed labels, their fill colours. */
  readonly statuses: readonly Status[];
  readonly delivered: Status;
  readonly sheet: string;
  readonly table: string;
  /** Action rows in table order. */
  readonly actions: readonly PlanAction[];
  /** Last year's data sheet, when the plan has one. */
  readonly data?: ReadData;
  /** Rows of the History sheet last year's plan was started with, if any. */
  readonly history: readonly HistoryRow[];
  /**
   * Where the plan keeps what a dashboard counts, as found on the sheet (the key's label cells, the Status
   * and Due date columns of the table's body), so one built over it follows rows the user added; none when
   * the sheet has no status key or the table no body rows.
   */
  readonly cells?: PlanCells;
  readonly notes: readonly string[];
}

type ReadPlanResult =
  { readonly ok: true; readonly plan: ReadPlan } | { readonly ok: false; readonly message: string };

// ---- Which columns make a plan ----

interface LayoutColumns {
  /** The column that opens each block (indicator, objective, theme). */
  readonly opener: string;
  readonly action: string;
  readonly rationale?: string;
}

/** The headers each layout writes (layouts/*.ts); the Status and Lead columns follow `TRAILING_COLUMNS`. */
const LAYOUT_COLUMNS: Readonly<Record<Layout, LayoutColumns>> = {
  "metric-led": { opener: "Metric", action: "Action required", rationale: "Rationale / intended outcome" },
  "objective-led": { opener: "Equality objective", action: "Action" },
  "theme-led": { opener: "Activity", action: "Activity" },
};

const LEAD_HEADER = TRAILING_COLUMNS[0].header;

function requiredHeaders(layout: Layout): string[] {
  const c = LAYOUT_COLUMNS[layout];
  return [
    ...new Set([
      c.opener,
      c.action,
      ...(c.rationale ? [c.rationale] : []),
      ...TRAILING_COLUMNS.map((t) => t.header),
    ]),
  ];
}

const hasHeader = (headers: readonly string[], name: string): boolean =>
  headers.some((h) => sameText(h, name));

/**
 * The layout headers belong to: its opening column and one of the columns every layout ends with, so a
 * plan that lost its Status column is still recognised and told what is missing.
 */
function layoutOfHeaders(headers: readonly string[]): Layout | undefined {
  return LAYOUTS.find(
    (l) =>
      hasHeader(headers, LAYOUT_COLUMNS[l].opener) &&
      TRAILING_COLUMNS.some((c) => hasHeader(headers, c.header)),
  );
}

const layoutOf = (table: TableListing): Layout | undefined => layoutOfHeaders(table.headers);

const HISTORY_REQUIRED = [HISTORY_HEADERS.indicator, HISTORY_HEADERS.year, HISTORY_HEADERS.figure];
const isHistoryTable = (t: TableListing): boolean => HISTORY_REQUIRED.every((h) => hasHeader(t.headers, h));

// ---- Standard and period, from whatever still names them ----

const STANDARD_WORD = new RegExp(`(?:^|[^A-Za-z])(${STANDARDS.join("|")})(?:[^A-Za-z]|$)`, "i");

function standardIn(textValue: string): Standard | undefined {
  const word = STANDARD_WORD.exec(textValue)?.[1]?.toUpperCase();
  if (word) return word as Standard;
  return STANDARDS.find((s) => textValue.toLowerCase().includes(standardName(s).toLowerCase()));
}

function validPeriod(start: string, end: string): string | undefined {
  const period = `${start}-${end}`;
  return periodSchema.safeParse(period).success ? period : undefined;
}

/** "WRES_plan_2025_26" or "WRES_plan_2025_26_2" → "2025-26". */
function periodOfTableName(name: string): string | undefined {
  const m = /(\d{4})_(\d{2})(?:_\d+)?$/.exec(name);
  return m ? validPeriod(m[1], m[2]) : undefined;
}

/** "2025-26", "2025/26" or "2025 – 26" anywhere in the text. */
function periodIn(textValue: string): string | undefined {
  const m = /(\d{4})\s*[-–/]\s*(\d{2})(?!\d)/.exec(textValue);
  return m ? validPeriod(m[1], m[2]) : undefined;
}

interface Candidate {
  readonly table: TableListing;
  readonly layout: Layout;
  readonly standard?: Standard;
  readonly period?: string;
}

/** What the listing alone says about a plan table (the title is read later, from the cells). */
function candidate(table: TableListing, layout: Layout): Candidate {
  const standard =
    table.headers.map(standardIn).find((s) => s !== undefined) ??
    standardIn(table.name.replace(/_/g, " ")) ??
    standardIn(table.sheet);
  const periods = table.headers.map(periodIn).filter((p): p is string => p !== undefined);
  const period =
    periodOfTableName(table.name) ??
    periodIn(table.sheet) ??
    (periods.length > 0 ? periods.sort().at(-1) : undefined);
  return { table, layout, standard, period };
}

function planCandidates(listing: WorkbookListing): Candidate[] {
  return listing.tables.flatMap((t) => {
    const layout = layoutOf(t);
    return layout ? [candidate(t, layout)] : [];
  });
}

function pick(candidates: readonly Candidate[], standard: Standard | undefined): Candidate | undefined {
  const mine = candidates.filter((c) => standard === undefined || (c.standard ?? "WRES") === standard);
  return [...mine].sort((a, b) => (b.period ?? "").localeCompare(a.period ?? ""))[0];
}

/** A plan sheet name the add-in writes ("WRES plan 2025-26", maybe " (2)"), for the no-table message. */
const PLAN_SHEET_NAME = /^(WRES|WDES) plan \d{4}-\d{2}/i;
const DATA_SHEET_NAME = /^WRES data \d{4}-\d{2}/i;

/** A plan next year's plan can start from, as the first listing of a workbook shows it. */
export interface PlanFound {
  readonly standard: Standard;
  /** Undefined when neither the sheet nor the table names the year (the title, read later, may). */
  readonly period?: string;
  readonly sheet: string;
  readonly table: string;
}

/** The latest plan of each standard in the workbook, found by table headers alone (no cells read). */
export function plansIn(listing: WorkbookListing): PlanFound[] {
  const candidates = planCandidates(listing);
  return STANDARDS.flatMap((standard) => {
    const c = pick(candidates, standard);
    if (!c) return [];
    return [
      { standard, ...(c.period ? { period: c.period } : {}), sheet: c.table.sheet, table: c.table.name },
    ];
  });
}

export interface ReadingList {
  /** Sheets whose cells to read: the plan's, sheets named like data sheets or plans, History sheets. */
  readonly sheets: readonly string[];
  /** Tables whose range to read: the plan table and the History tables. */
  readonly tables: readonly string[];
  /** Sheets whose cell fills to read too: the plan's (its status key's colours). */
  readonly fills: readonly string[];
}

/**
 * What a host should read after listing the workbook (inside Excel, the second sync reads only these). Sheets
 * named like plans are read too, so that a plan whose table was deleted gets a precise message.
 */
export function readingList(listing: WorkbookListing, standard?: Standard): ReadingList {
  const chosen = pick(planCandidates(listing), standard);
  const history = listing.tables.filter(isHistoryTable);
  const named = [
    ...(chosen ? [chosen.table.sheet] : []),
    ...listing.sheets.filter((s) => DATA_SHEET_NAME.test(s) || PLAN_SHEET_NAME.test(s)),
    ...history.map((t) => t.sheet),
  ];
  const sheets = [...new Map(named.map((n) => [n.toLowerCase(), n])).values()];
  return {
    sheets,
    tables: [...(chosen ? [chosen.table.name] : []), ...history.map((t) => t.name)],
    fills: chosen ? [chosen.table.sheet] : [],
  };
}

// ---- The refusals ----

/** A row whose cells read like a layout's headers, on a sheet with no plan table: the table was deleted. */
function orphanHeaders(snapshot: WorkbookSnapshot): { sheet: string; row: number } | undefined {
  const tableSheets = new Set(snapshot.tables.filter((t) => layoutOf(t)).map((t) => t.sheet.toLowerCase()));
  for (const sheet of snapshot.cells) {
    if (tableSheets.has(sheet.name.toLowerCase())) continue;
    for (let row = 1; row <= Math.min(rowCount(sheet), 200); row++) {
      const cells = Array.from({ length: columnCount(sheet) }, (_v, i) => textAt(sheet, i + 1, row));
      if (layoutOfHeaders(cells)) return { sheet: sheet.name, row };
    }
  }
  return undefined;
}

function noPlanMessage(snapshot: WorkbookSnapshot, standard: Standard | undefined): string {
  const what = standard ? `${standard} action plan` : "action plan";
  const orphan = orphanHeaders(snapshot);
  if (orphan) {
    return `The sheet “${orphan.sheet}” has an ${what}'s headers in row ${orphan.row}, but they are no longer an Excel table, so its rows cannot be told apart from other cells. Select the headers and the plan rows below them and choose Insert > Table (My table has headers), then try again.`;
  }
  const named = snapshot.sheets.find((s) => PLAN_SHEET_NAME.test(s));
  if (named) {
    return `The sheet “${named}” has no plan table: its table (with the columns ${requiredHeaders("metric-led").slice(-4).join(", ")}) has been deleted. Put the table back (Undo, or Insert > Table over the plan rows), then try again.`;
  }
  return `This workbook holds no ${what}: no table has the plan's columns (${[STATUS_HEADER, DUE_DATE_HEADER, PROGRESS_UPDATE_HEADER].join(", ")}). Open last year's plan workbook, or create a plan first.`;
}

// ---- Reading the plan sheet ----

interface TableArea {
  readonly headerRow: number;
  readonly lastRow: number;
  /** 1-based sheet column of each header, by normalised header text. */
  readonly columns: ReadonlyMap<string, number>;
}

function tableArea(table: TableListing): TableArea | undefined {
  if (!table.range) return undefined;
  const rect = parseRange(table.range);
  const columns = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = normaliseText(h);
    if (!columns.has(key)) columns.set(key, rect.left + 1 + i);
  });
  return { headerRow: rect.top + 1, lastRow: rect.bottom + 1, columns };
}

interface KeyRow {
  readonly row: number;
  /** The statuses in key order, each with the sheet column (1-based) of its label cell. */
  readonly statuses: (Status & { readonly column: number })[];
}

/** Default colours by position, for a key whose fills the host could not read. */
function positionalColour(index: number, label: string): string {
  if (sameText(label, NOT_STARTED.label)) return NOT_STARTED.colour;
  return DEFAULT_STATUSES[index]?.colour ?? NOT_STARTED.colour;
}

/** The "Status key" row above the table: its label cells up to the automatic Overdue cell. */
function readKey(sheet: SheetCells, headerRow: number): KeyRow | undefined {
  for (let row = 1; row < headerRow; row++) {
    for (let column = 1; column <= columnCount(sheet); column++) {
      if (!sameText(textAt(sheet, column, row), "Status key")) continue;
      const statuses: KeyRow["statuses"] = [];
      for (let c = column + 1; c <= columnCount(sheet); c++) {
        const label = textAt(sheet, c, row).trim();
        if (label === "" || /^overdue\b/i.test(label)) break;
        const fill = fillAt(sheet, c, row);
        statuses.push({
          label: label.slice(0, 60),
          colour:
            fill && /^#[0-9A-F]{6}$/i.test(fill)
              ? fill.toUpperCase()
              : positionalColour(statuses.length, label),
          column: c,
        });
      }
      return { row, statuses };
    }
  }
  return undefined;
}

/** The cells a dashboard reads, where the key and the table's Status and Due date columns are. */
function planCells(
  area: TableArea,
  keyRow: number,
  keyed: readonly (Status & { readonly column: number })[],
): PlanCells | undefined {
  const status = area.columns.get(normaliseText(STATUS_HEADER));
  const due = area.columns.get(normaliseText(DUE_DATE_HEADER));
  if (status === undefined || due === undefined || area.lastRow <= area.headerRow) return undefined;
  const body = (column: number): { first: Address; last: Address } => ({
    first: address(column, area.headerRow + 1),
    last: address(column, area.lastRow),
  });
  return {
    sheetId: PLAN_SHEET_ID,
    key: keyed.map((k) => address(k.column, keyRow)),
    delivered: deliveredIndex(keyed),
    status: body(status),
    due: body(due),
  };
}

/** Keeps the first of labels that differ only in case, as the plan options require, up to eight. */
function distinctStatuses<S extends Status>(statuses: readonly S[]): S[] {
  const seen = new Set<string>();
  return statuses
    .filter((s) => {
      const key = s.label.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 8);
}

/** "Northshire NHS Trust" from "Northshire NHS Trust — Workforce Race Equality Standard Action Plan 2025-26". */
function organisationIn(title: string, standard: Standard): string | undefined {
  const dash = /^(.*?)\s+[—–-]\s+/.exec(title);
  if (dash && dash[1].trim() !== "") return dash[1].trim();
  const lower = title.toLowerCase();
  const at = [standardName(standard), standard]
    .map((s) => lower.indexOf(s.toLowerCase()))
    .filter((i) => i > 0)
    .sort((a, b) => a - b)[0];
  const before =
    at === undefined
      ? ""
      : title
          .slice(0, at)
          .replace(/[\s,:;—–-]+$/, "")
          .trim();
  return before === "" ? undefined : before;
}

function firstText(sheet: SheetCells, beforeRow: number): string {
  for (let row = 1; row < beforeRow; row++) {
    for (let column = 1; column <= columnCount(sheet); column++) {
      const t = textAt(sheet, column, row).trim();
      if (t !== "") return t;
    }
  }
  return "";
}

function readActions(sheet: SheetCells, area: TableArea, layout: Layout, standard: Standard): PlanAction[] {
  const cols = LAYOUT_COLUMNS[layout];
  const column = (header: string): number | undefined => area.columns.get(normaliseText(header));
  const read = (header: string | undefined, row: number): string => {
    const c = header === undefined ? undefined : column(header);
    return c === undefined ? "" : textAt(sheet, c, row).trim();
  };
  const dueColumn = column(DUE_DATE_HEADER);
  const actions: PlanAction[] = [];
  let block: BlockKey | undefined;
  for (let row = area.headerRow + 1; row <= area.lastRow; row++) {
    const opener = blockOpenedBy(layout, standard, read(cols.opener, row));
    if (opener) block = opener;
    // Theme-led themes and activities share a column: the row that opens a theme holds no activity.
    const action = layout === "theme-led" && opener ? "" : read(cols.action, row);
    const due = dueColumn === undefined ? null : valueAt(sheet, dueColumn, row);
    const fields = {
      rationale: cols.rationale ? read(cols.rationale, row) : "",
      lead: read(LEAD_HEADER, row),
      due: typeof due === "number" ? due : typeof due === "string" && due.trim() !== "" ? due.trim() : null,
      status: read(STATUS_HEADER, row),
      progress: read(PROGRESS_UPDATE_HEADER, row),
    };
    // A pre-numbered row nobody filled in ("[2.3]" alone) is not an action.
    const words = action.replace(/^\s*\[[^\]]*\]\s*/, "");
    const filled =
      words !== "" ||
      fields.rationale !== "" ||
      fields.lead !== "" ||
      fields.due !== null ||
      fields.status !== "" ||
      fields.progress !== "";
    if (!filled || (layout === "theme-led" && opener)) continue;
    actions.push({
      block:
        blockOfActionNumber(layout, standard, action) ??
        block ??
        (layout === "metric-led" ? GENERAL_BLOCK : firstBlock(layout)),
      action,
      ...fields,
      row,
    });
  }
  return actions;
}

// ---- The data sheet and the History ----

/** Sheets a plan's formulas point at ('WRES data 2025-26'!$D$40 or Data!D40). */
function referencedSheets(sheet: SheetCells): string[] {
  const names = new Set<string>();
  for (const row of sheet.formulas ?? []) {
    for (const f of row) {
      if (!f) continue;
      for (const m of f.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!/g))
        names.add((m[1] ?? m[2]).replace(/''/g, "'"));
    }
  }
  return [...names];
}

function formulaStyleOf(sheet: SheetCells): FormulaStyle {
  const formulas = (sheet.formulas ?? []).flat().filter((f): f is string => f !== null);
  if (formulas.some((f) => /\bWRES_[A-Z]/.test(f))) return "lambda";
  if (formulas.some((f) => /\bWRES\.[A-Z]/.test(f))) return "addin";
  return "native";
}

function findDataSheet(snapshot: WorkbookSnapshot, plan: SheetCells, period: string): SheetCells | undefined {
  const suffix = / \(\d+\)$/.exec(plan.name)?.[0] ?? "";
  const referenced = referencedSheets(plan)
    .map((n) => findSheet(snapshot, n))
    .find((s) => s !== undefined);
  return (
    referenced ??
    findSheet(snapshot, `${dataSheetName(period)}${suffix}`) ??
    findSheet(snapshot, dataSheetName(period))
  );
}

function readData(snapshot: WorkbookSnapshot, plan: SheetCells, period: string): ReadData | undefined {
  const sheet = findDataSheet(snapshot, plan, period);
  if (!sheet) return undefined;
  const model = buildDataSheet({ ...DEFAULT_PLAN_OPTIONS, organisation: "x", period }).sheet;
  const { inputs, missing } = readDataInputs(sheet, model);
  return { sheet: sheet.name, inputs, missing, formulaStyle: formulaStyleOf(sheet) };
}

function readHistory(snapshot: WorkbookSnapshot, standard: Standard): HistoryRow[] {
  const lists = snapshot.tables
    .filter(
      (t) =>
        isHistoryTable(t) &&
        (standardIn(t.name.replace(/_/g, " ")) ?? standardIn(t.sheet) ?? "WRES") === standard,
    )
    .flatMap((t) => {
      const sheet = findSheet(snapshot, t.sheet);
      const area = tableArea(t);
      if (!sheet || !area) return [];
      const at = (header: string) => area.columns.get(normaliseText(header));
      const [ci, cy, cf] = HISTORY_REQUIRED.map(at);
      if (ci === undefined || cy === undefined || cf === undefined) return [];
      const rows: HistoryRow[] = [];
      for (let row = area.headerRow + 1; row <= area.lastRow; row++) {
        const indicator = Number(textAt(sheet, ci, row));
        const year = periodIn(textAt(sheet, cy, row));
        const figure = valueAt(sheet, cf, row);
        if (Number.isInteger(indicator) && year && typeof figure === "number" && Number.isFinite(figure))
          rows.push({ indicator, year, figure });
      }
      return [rows];
    });
  // Later History sheets hold the earlier ones' rows too; where they disagree, the latest year's sheet wins.
  const latest = (rows: readonly HistoryRow[]) => rows.reduce((m, r) => (r.year > m ? r.year : m), "");
  return mergeHistory(...lists.sort((a, b) => latest(a).localeCompare(latest(b))));
}

// ---- Putting it together ----

/** Every table that reads as a plan of `standard` (by its layout's headers), for a host to choose among. */
export function planTables(listing: WorkbookListing, standard?: Standard): TableListing[] {
  return planCandidates(listing)
    .filter((c) => standard === undefined || (c.standard ?? "WRES") === standard)
    .map((c) => c.table);
}

/** The latest plan of `standard`, or the plan in the table named `table` (one of `planTables`). */
export function readPlan(
  snapshot: WorkbookSnapshot,
  standard?: Standard,
  tableName?: string,
): ReadPlanResult {
  const candidates = planCandidates(snapshot);
  const chosen =
    tableName === undefined
      ? pick(candidates, standard)
      : candidates.find((c) => c.table.name.toLowerCase() === tableName.toLowerCase());
  if (!chosen) {
    const other = standard ? candidates.find((c) => (c.standard ?? "WRES") !== standard) : undefined;
    if (other && standard) {
      return {
        ok: false,
        message: `This workbook's plan is a ${other.standard ?? "WRES"} plan (sheet “${other.table.sheet}”), not a ${standard} plan. Choose ${other.standard ?? "WRES"} to start next year's plan from it.`,
      };
    }
    return { ok: false, message: noPlanMessage(snapshot, standard) };
  }
  const table = chosen.table;
  const missingColumns = requiredHeaders(chosen.layout).filter((h) => !hasHeader(table.headers, h));
  if (missingColumns.length > 0) {
    const list = missingColumns.map((h) => `“${h}”`).join(", ");
    return {
      ok: false,
      message: `The plan table ${table.name} on “${table.sheet}” has no ${list} column${missingColumns.length > 1 ? "s" : ""}, so its actions cannot be read. Put the column${missingColumns.length > 1 ? "s" : ""} back with ${missingColumns.length > 1 ? "those headers" : "that header"}, then try again.`,
    };
  }
  const sheet = findSheet(snapshot, table.sheet);
  const area = tableArea(table);
  if (!sheet || !area) return { ok: false, message: `The plan sheet “${table.sheet}” could not be read.` };

  const title = firstText(sheet, area.headerRow);
  const planStandard = chosen.standard ?? standardIn(title) ?? standard ?? "WRES";
  const period = chosen.period ?? periodIn(title);
  if (!period) {
    return {
      ok: false,
      message: `Could not tell which year the plan on “${table.sheet}” is for: its sheet, table and title name no period like 2025-26. Rename the sheet like “${planSheetName(planStandard, "2025-26")}”, then try again.`,
    };
  }

  const notes: string[] = [];
  const key = readKey(sheet, area.headerRow);
  const keyed = distinctStatuses(key?.statuses ?? []);
  let statuses: Status[] = keyed.map(({ label, colour }) => ({ label, colour }));
  const cells = key && keyed.length >= 2 ? planCells(area, key.row, keyed) : undefined;
  if (statuses.length < 2) {
    statuses = [...DEFAULT_STATUSES];
    notes.push(
      `No status key was found above the plan table, so the new plan uses the standard key (${statuses.map((s) => s.label).join(", ")}).`,
    );
  }
  const data = planStandard === "WRES" ? readData(snapshot, sheet, period) : undefined;
  const dataTitle = data ? firstText(findSheet(snapshot, data.sheet)!, 2) : "";
  const organisation = organisationIn(title, planStandard) ?? organisationIn(dataTitle, planStandard);
  const readBack: ReadPlan = {
    standard: planStandard,
    layout: chosen.layout,
    period,
    organisation: (organisation ?? (title || "Organisation")).slice(0, 120),
    organisationFromTitle: organisation !== undefined,
    statuses,
    delivered: deliveredStatus(statuses),
    sheet: sheet.name,
    table: table.name,
    actions: readActions(sheet, area, chosen.layout, planStandard),
    ...(data ? { data } : {}),
    history: readHistory(snapshot, planStandard),
    ...(cells ? { cells } : {}),
    notes,
  };
  return { ok: true, plan: readBack };
}
