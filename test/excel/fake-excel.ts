/**
 * An in-memory, typed fake of the slice of office.js the add-in uses. Like the real API it queues every call
 * and only carries them out at `context.sync()`, refuses reads of properties that were not loaded and synced,
 * stores what each cell holds (formula, number, text), and rejects what Excel rejects: taken or invalid sheet
 * and table names, arrays of the wrong shape, features missing from the chosen requirement-set version.
 * It is cast to `typeof Excel` / `typeof Office` only where it is installed on `globalThis`.
 */
import type { Cell } from "../../src/plan/sheet-model";
import {
  columnLetter,
  parseCell,
  parseRange,
  rectAddress,
  rectColumns,
  rectRows,
  type Rect,
} from "../../src/plan/a1";
import { missingRequiredArguments } from "./custom-function-calls";

type Scalar = string | number | boolean;

/** Whether two ranges share a cell (tables and merged areas may not overlap what is written over them). */
function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Mirrors `OfficeExtension.Error`: services read `code`. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface StoredCell {
  /** "" for a cell holding nothing. */
  value: Scalar;
  formula?: string;
  numberFormat: string;
}

export interface FormatRecord {
  readonly address: string;
  readonly property: string;
  readonly value: Scalar;
}

export interface TableRecord {
  name: string;
  readonly sheet: SheetState;
  readonly rect: Rect;
  readonly hasHeaders: boolean;
  style?: string;
  showBandedRows?: boolean;
  showFilterButton?: boolean;
  /** The table's last row is its Total row (see "Read limits and table totals" below). */
  showTotals?: boolean;
}

export interface ValidationRecord {
  readonly address: string;
  rule?: { readonly list?: { readonly inCellDropDown: boolean; readonly source: string } };
  ignoreBlanks?: boolean;
  errorAlert?: {
    readonly showAlert: boolean;
    readonly style: string;
    readonly title: string;
    readonly message: string;
  };
  prompt?: { readonly showPrompt: boolean; readonly title: string; readonly message: string };
}

export interface ConditionalFormatRecord {
  readonly address: string;
  readonly type: string;
  /** A "DataBar" format's bar: fill, gradient and bounds as set. */
  dataBar?: {
    fillColor?: string;
    gradientFill?: boolean;
    lowerBoundRule?: { readonly type: string; readonly formula?: string };
    upperBoundRule?: { readonly type: string; readonly formula?: string };
  };
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export interface ChartRecord {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title?: string;
  position?: { readonly start: string; readonly end?: string };
  /** How Excel read the source when the chart was added (see `readChartSource`). */
  layout?: ChartSourceLayout;
  /** Unset means Excel's default, true (hidden cells are not plotted). */
  plotVisibleOnly?: boolean;
  /** The colour each series is drawn in, where one was set in the way Excel shows it. */
  readonly seriesColours: Record<number, string>;
  readonly pointColours: Record<number, string>;
  /** Colours set on a part Excel does not draw for this chart type, e.g. a line series' fill. */
  readonly unseenColours: string[];
}

export interface ChartSourceLayout {
  /** The first column (by columns) or row (by rows) holds the categories. */
  readonly categoriesInFirst: boolean;
  /** The first row (by columns) or column (by rows) holds the series names. */
  readonly namesInFirst: boolean;
  readonly seriesCount: number;
  readonly pointCount: number;
  /** The series names Excel took from the source, or "Series N". */
  readonly seriesNames: readonly string[];
}

export interface PageLayoutZoom {
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
  readonly scale?: number;
}

export interface PageLayoutRecord {
  orientation?: string;
  paperSize?: string;
  /** Unset: Excel's default, 100% scale. */
  zoom?: PageLayoutZoom;
  printTitleRows?: string;
  /** Rows (1-based) a manual page break sits above. */
  rowBreaks?: number[];
  centerFooter?: string;
}

export class SheetState {
  readonly cells = new Map<string, StoredCell>();
  readonly formats: FormatRecord[] = [];
  readonly columnWidths: Record<string, number> = {};
  /** Column letters set hidden (`range.columnHidden`). */
  readonly hiddenColumns = new Set<string>();
  /** Row (1-based) → height in points, as `format.rowHeight` set it. */
  readonly rowHeights: Record<number, number> = {};
  readonly merges: string[] = [];
  readonly validations: ValidationRecord[] = [];
  /** In Excel's priority order: the first rule wins where rules overlap. */
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly charts: ChartRecord[] = [];
  readonly pageLayout: PageLayoutRecord = {};
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  constructor(public name: string) {}
}

export interface DefinedNameRecord {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
}

export interface FakeOptions {
  /** Highest ExcelApi version this fake Excel supports, e.g. "1.9" or "1.7". */
  readonly excelApi?: string;
  readonly sheets?: readonly string[];
  readonly names?: readonly DefinedNameRecord[];
  /** What `Office.onReady` reports as host; null outside Office. */
  readonly host?: "Excel" | null;
  /** False for an Excel without the LAMBDA function (Excel 2021, which still loads the add-in). */
  readonly lambda?: boolean;
  /** True when the user has Page Layout showing, the only time Excel applies fit-to-pages (see `FakePageLayout`). */
  readonly pageLayoutShowing?: boolean;
  /** Where Excel runs: on the web a sync's response is capped (see `RESPONSE_LIMIT_BYTES`). Default "web". */
  readonly platform?: "web" | "desktop";
}

/** Everything the fake workbook holds, readable by tests without going through the queued API. */
export class FakeWorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableRecord[] = [];
  readonly names: DefinedNameRecord[];
  /** Syncs per `Excel.run`, in order. */
  readonly syncsPerRun: number[] = [];
  /** Every queued call, as "Sheet!A1:B2.formulas" etc., in order. */
  readonly calls: string[] = [];
  /** Called at the start of each sync with its number within the run (1, 2 …): lets a test change the
   * workbook between syncs, as another user or the user's own typing could. */
  onSync?: (syncInRun: number) => void;
  /** For each sync, in order, how many entries of `calls` had been queued when it ran. */
  readonly syncMarks: number[] = [];
  /** Calls still queued when an `Excel.run` batch ended (the real Excel would not send them reliably). */
  discardedAtEnd = 0;
  activeSheet: string;
  /** The sheet Excel's window showed when the current sync began (see `FakeFreezePanes`). */
  shownAtSyncStart = "";
  readonly activeCell = "A1";
  /** ExcelApi version, e.g. "1.9". */
  readonly excelApi: string;
  readonly lambda: boolean;
  readonly pageLayoutShowing: boolean;
  readonly platform: "web" | "desktop";
  /** Bytes of the response of each sync, in order, as `ResponseMeter` measured them. */
  readonly responseBytes: number[] = [];

  constructor(options: FakeOptions) {
    this.sheets = (options.sheets ?? ["Sheet1"]).map((n) => new SheetState(n));
    this.names = [...(options.names ?? [])];
    this.activeSheet = this.sheets[0]?.name ?? "";
    this.excelApi = options.excelApi ?? "1.9";
    this.lambda = options.lambda ?? true;
    this.pageLayoutShowing = options.pageLayoutShowing ?? false;
    this.platform = options.platform ?? "web";
  }

  get totalSyncs(): number {
    return this.syncsPerRun.reduce((a, b) => a + b, 0);
  }

  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet "${name}" in the fake workbook`);
    return s;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** What a cell holds, in the model's own terms. */
  cell(sheet: string, address: string): Cell {
    const ref = parseCell(address);
    const stored = this.sheet(sheet).cells.get(key(ref.row, ref.column));
    if (!stored || (stored.value === "" && stored.formula === undefined)) return { kind: "blank" };
    if (stored.formula !== undefined) return { kind: "formula", formula: stored.formula };
    if (typeof stored.value === "number") return { kind: "number", value: stored.value };
    if (typeof stored.value === "boolean") return { kind: "boolean", value: stored.value };
    return { kind: "text", text: stored.value };
  }

  /** Puts values straight into cells (test set-up, not a queued call): strings stay text. */
  seed(sheet: string, anchor: string, rows: readonly (readonly Scalar[])[]): void {
    const start = parseCell(anchor);
    const cells = this.sheet(sheet).cells;
    rows.forEach((row, r) =>
      row.forEach((value, c) =>
        cells.set(key(start.row + r, start.column + c), { value, numberFormat: "General" }),
      ),
    );
  }

  /**
   * Adds a table straight to the state (test set-up); its header row must already be seeded. With `totals`,
   * the last row of `address` is the table's Total row.
   */
  seedTable(sheet: string, name: string, address: string, options: { totals?: boolean } = {}): void {
    this.tables.push({
      name,
      sheet: this.sheet(sheet),
      rect: parseRange(address),
      hasHeaders: true,
      ...(options.totals ? { showTotals: true } : {}),
    });
  }

  /**
   * Cells that show #NAME? on this Excel: on one without LAMBDA (Excel 2021), every cell whose formula calls a
   * defined name built on LAMBDA (https://support.microsoft.com/office/lambda-function-bd212d27-1cd1-4321-a34a-ccbf254b8b67
   * lists the versions that have it). As "Sheet!A1".
   */
  nameErrors(): string[] {
    if (this.lambda) return [];
    const lambdaNames = this.names.filter((n) => /\bLAMBDA\s*\(/i.test(n.formula)).map((n) => n.name);
    const calls = (formula: string): boolean => {
      const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
      return lambdaNames.some((n) => new RegExp(`(^|[^A-Za-z0-9_.])${n}\\s*\\(`, "i").test(outsideStrings));
    };
    return this.sheets.flatMap((s) =>
      [...s.cells.entries()]
        .filter(([, c]) => c.formula !== undefined && calls(c.formula))
        .map(([k]) => {
          const [row, column] = k.split(":").map(Number);
          return `${s.name}!${rectAddress({ top: row, left: column, bottom: row, right: column })}`;
        }),
    );
  }

  /** A deep, comparable copy of one sheet (cells, formats, objects) to prove it was not touched. */
  snapshot(sheet: string): unknown {
    const s = this.sheet(sheet);
    const tables = this.tables.filter((t) => t.sheet === s).map((t) => ({ ...t, sheet: t.sheet.name }));
    return JSON.parse(JSON.stringify({ ...s, cells: [...s.cells.entries()], tables }));
  }
}

/** "1.10" is newer than "1.9": compare the minor numbers, not decimals. */
export function versionAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split(".").map(Number);
  const [c = 0, d = 0] = want.split(".").map(Number);
  return a !== c ? a > c : b >= d;
}

const key = (row: number, column: number): string => `${row}:${column}`;

const FORBIDDEN_SHEET = /[[\]:*?/\\]/;
const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const looksLikeReference = (n: string): boolean =>
  /^[A-Za-z]{1,3}\d+$/.test(n) || /^[Rr]\d*[Cc]\d*$/.test(n) || /^[RrCc]$/.test(n);

function isBalanced(formula: string): boolean {
  let depth = 0;
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (!inString && ch === "(") depth += 1;
    else if (!inString && ch === ")") depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0 && !inString;
}

/** What Excel stores when a string is entered into a cell formatted `numberFormat`. */
function enter(input: Scalar, numberFormat: string): StoredCell {
  if (typeof input !== "string") return { value: input, numberFormat };
  if (input === "") return { value: "", numberFormat };
  // A leading apostrophe is Excel's text prefix, not part of the text: `Range.Value = "'1"` stores the text
  // "1" (https://learn.microsoft.com/office/vba/api/excel.errorcheckingoptions.numberastext), and
  // `range.formulas` drops it the same way (https://github.com/OfficeDev/office-js/issues/6687). The fake
  // applies it whatever the number format, so text that starts with an apostrophe must be written with one
  // more in front.
  if (input.startsWith("'")) return { value: input.slice(1), numberFormat };
  if (numberFormat === "@") return { value: input, numberFormat };
  const asFormula = (f: string): StoredCell => {
    if (!isBalanced(f)) throw new FakeOfficeError("InvalidArgument", `The formula ${f} is not valid.`);
    const short = missingRequiredArguments(f);
    if (short) throw new FakeOfficeError("InvalidArgument", `The formula ${f} is not valid: ${short}.`);
    return { value: 0, formula: f, numberFormat };
  };
  if (input.startsWith("=")) return asFormula(input);
  // Like typing into General cells: "+x" and "@x" turn into formulas, "-1" into a number, "-x" a formula.
  if (/^[+@]/.test(input)) return asFormula(`=${input.replace(/^@/, "")}`);
  const trimmed = input.trim();
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return { value: Number(trimmed), numberFormat };
  if (input.startsWith("-")) return asFormula(`=${input}`);
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true", numberFormat };
  return { value: input, numberFormat };
}

/** One queued call; runs at sync. */
type Op = () => void;

export class FakeRequestContext {
  private queue: { label: string; op: Op }[] = [];
  syncs = 0;
  /** What the sync being run sends back; loads are answered through it. */
  meter: ResponseMeter;
  readonly workbook: FakeWorkbook;

  constructor(readonly state: FakeWorkbookState) {
    this.meter = new ResponseMeter(state);
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(label: string, op: Op): void {
    this.state.calls.push(label);
    this.queue.push({ label, op });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    this.state.syncMarks.push(this.state.calls.length);
    this.state.onSync?.(this.syncs);
    this.state.shownAtSyncStart = this.state.activeSheet;
    const batch = this.queue;
    this.queue = [];
    this.meter = new ResponseMeter(this.state);
    for (const { op } of batch) op();
    this.meter.settle();
    await Promise.resolve();
  }

  /** Throws ApiNotFound at sync when the fake Excel is older than `version`. */
  requireApi(version: string, what: string): void {
    if (!versionAtLeast(this.state.excelApi, version)) {
      this.enqueue(`${what} (needs ExcelApi ${version})`, () => {
        throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}.`);
      });
    }
  }
}

/** A value that can be read only after `load` and a later `sync`, as in office.js. */
class Loadable<T> {
  private value?: { v: T };
  constructor(private readonly what: string) {}
  request(ctx: FakeRequestContext, read: () => T): void {
    ctx.enqueue(`load ${this.what}`, () => {
      // Answered only if the whole response fits (ResponseMeter), as a failed sync loads nothing.
      ctx.meter.answer(read(), (v) => {
        this.value = { v };
      });
    });
  }
  get(): T {
    if (!this.value) {
      throw new Error(
        `PropertyNotLoaded: ${this.what} is not available. Call load() and context.sync() before reading it.`,
      );
    }
    return this.value.v;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, undefined);
    this.names = new FakeNamedItemCollection(ctx);
  }

  getActiveCell(): FakeRange {
    const state = this.ctx.state;
    return new FakeRange(this.ctx, () => state.sheet(state.activeSheet), state.activeCell);
  }
}

export class FakeWorksheetCollection {
  private readonly loaded = new Loadable<{ name: string }[]>("worksheets.items");
  constructor(private readonly ctx: FakeRequestContext) {}

  load(_props: string): this {
    this.loaded.request(this.ctx, () => this.ctx.state.sheets.map((s) => ({ name: s.name })));
    return this;
  }

  get items(): { name: string }[] {
    return this.loaded.get();
  }

  add(name: string): FakeWorksheet {
    const sheet = new SheetState(name);
    const state = this.ctx.state;
    this.ctx.enqueue(`worksheets.add(${name})`, () => {
      if (name.length === 0 || name.length > 31)
        throw new FakeOfficeError("InvalidArgument", `Sheet name "${name}" must be 1–31 characters.`);
      if (FORBIDDEN_SHEET.test(name) || name.startsWith("'") || name.endsWith("'")) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `Sheet name "${name}" contains a character Excel forbids.`,
        );
      }
      if (state.findSheet(name))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      state.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, () => sheet, name);
  }

  /** Like office.js: `isNullObject` can be read after the next sync. */
  getItemOrNullObject(name: string): FakeWorksheet & { readonly isNullObject: boolean } {
    const state = this.ctx.state;
    const exists = new Loadable<boolean>("isNullObject");
    exists.request(this.ctx, () => state.findSheet(name) !== undefined);
    const sheet = this.getItem(name);
    return Object.defineProperty(sheet, "isNullObject", { get: () => !exists.get() }) as FakeWorksheet & {
      readonly isNullObject: boolean;
    };
  }

  getItem(name: string): FakeWorksheet {
    const state = this.ctx.state;
    return new FakeWorksheet(
      this.ctx,
      () => {
        const s = state.findSheet(name);
        if (!s) throw new FakeOfficeError("ItemNotFound", `No sheet named "${name}".`);
        return s;
      },
      name,
    );
  }
}

export class FakeWorksheet {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => SheetState,
    private readonly label: string,
  ) {}

  private set(what: string, apply: (s: SheetState) => void): void {
    this.ctx.enqueue(`${this.label}.${what}`, () => apply(this.resolve()));
  }

  set tabColor(colour: string) {
    this.ctx.requireApi("1.7", "Worksheet.tabColor");
    this.set("tabColor", (s) => {
      s.tabColor = colour;
    });
  }

  activate(): void {
    this.set("activate()", (s) => {
      this.ctx.state.activeSheet = s.name;
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, address, this.label);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this.resolve);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this.resolve, this.label);
  }

  get freezePanes(): FakeFreezePanes {
    this.ctx.requireApi("1.7", "Worksheet.freezePanes");
    return new FakeFreezePanes(this.ctx, this.resolve, this.label);
  }

  get pageLayout(): FakePageLayout {
    this.ctx.requireApi("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.ctx, this.resolve, this.label);
  }

  /**
   * Manual page breaks (ExcelApi 1.9): `add` puts a break above the range's top-left cell.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)
   */
  get horizontalPageBreaks(): { add(range: string): void } {
    this.ctx.requireApi("1.9", "Worksheet.horizontalPageBreaks");
    return {
      add: (range: string) =>
        this.set("horizontalPageBreaks.add", (s) => {
          const top = parseRange(range).top + 1;
          s.pageLayout.rowBreaks = [...(s.pageLayout.rowBreaks ?? []), top];
        }),
    };
  }
}

export class FakeRange {
  private readonly loaded = new Loadable<{
    values?: Scalar[][];
    formulas?: Scalar[][];
    numberFormat?: string[][];
  }>("range values");
  private readonly rect: Rect;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => SheetState,
    readonly address: string,
    private readonly sheetLabel = "active",
  ) {
    this.rect = parseRange(address);
  }

  private get label(): string {
    return `${this.sheetLabel}!${this.address}`;
  }

  enqueue(what: string, apply: (s: SheetState) => void): void {
    this.ctx.enqueue(`${this.label}.${what}`, () => apply(this.resolve()));
  }

  private checkShape(what: string, data: readonly (readonly unknown[])[]): void {
    const rows = rectRows(this.rect);
    const columns = rectColumns(this.rect);
    if (data.length !== rows || data.some((r) => r.length !== columns)) {
      throw new FakeOfficeError("InvalidArgument", `${what} for ${this.address} must be ${rows}×${columns}.`);
    }
  }

  private eachCell(
    s: SheetState,
    visit: (stored: StoredCell | undefined, r: number, c: number) => void,
  ): void {
    for (let r = this.rect.top; r <= this.rect.bottom; r += 1) {
      for (let c = this.rect.left; c <= this.rect.right; c += 1)
        visit(s.cells.get(key(r, c)), r - this.rect.top, c - this.rect.left);
    }
  }

  set numberFormat(data: string[][]) {
    this.enqueue("numberFormat", (s) => {
      this.checkShape("numberFormat", data);
      this.eachCell(s, (stored, r, c) => {
        const k = key(this.rect.top + r, this.rect.left + c);
        s.cells.set(k, { ...(stored ?? { value: "" }), numberFormat: data[r][c] });
      });
    });
  }

  set formulas(data: Scalar[][]) {
    this.enqueue("formulas", (s) => this.write(s, data));
  }

  set values(data: Scalar[][]) {
    this.enqueue("values", (s) => this.write(s, data));
  }

  private write(s: SheetState, data: Scalar[][]): void {
    this.checkShape("values", data);
    this.eachCell(s, (stored, r, c) => {
      s.cells.set(
        key(this.rect.top + r, this.rect.left + c),
        enter(data[r][c], stored?.numberFormat ?? "General"),
      );
    });
  }

  /** Loads only the cell properties asked for ("values, address"); a range over the read limit fails. */
  load(props: string | string[]): this {
    const wanted = loadedCellProperties(props);
    this.loaded.request(this.ctx, () => {
      const s = this.resolve();
      checkReadLimit(this.rect, wanted);
      const rows = rectRows(this.rect);
      const columns = rectColumns(this.rect);
      const grid = <T>(fill: T): T[][] =>
        Array.from({ length: rows }, () => new Array<T>(columns).fill(fill));
      const values = wanted.has("values") ? grid<Scalar>("") : undefined;
      const formulas = wanted.has("formulas") ? grid<Scalar>("") : undefined;
      const numberFormat = wanted.has("numberFormat") ? grid("General") : undefined;
      if (values || formulas || numberFormat) {
        this.eachCell(s, (stored, r, c) => {
          if (!stored) return;
          if (values) values[r][c] = stored.value;
          if (formulas) formulas[r][c] = stored.formula ?? stored.value;
          if (numberFormat) numberFormat[r][c] = stored.numberFormat;
        });
      }
      return {
        ...(values ? { values } : {}),
        ...(formulas ? { formulas } : {}),
        ...(numberFormat ? { numberFormat } : {}),
      };
    });
    return this;
  }

  private property<K extends "values" | "formulas" | "numberFormat">(name: K) {
    const v = this.loaded.get()[name];
    if (v === undefined) throw new Error(`PropertyNotLoaded: range ${name} was not loaded.`);
    return v;
  }

  get values(): Scalar[][] {
    return this.property("values");
  }

  get formulas(): Scalar[][] {
    return this.property("formulas");
  }

  get numberFormat(): string[][] {
    return this.property("numberFormat");
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this, "format");
  }

  merge(_across?: boolean): void {
    this.enqueue("merge()", (s) => {
      if (this.ctx.state.tables.some((t) => t.sheet === s && overlaps(t.rect, this.rect))) {
        throw new FakeOfficeError("InvalidArgument", `Cannot merge ${this.address} inside a table.`);
      }
      if (s.merges.some((m) => overlaps(parseRange(m), this.rect))) {
        throw new FakeOfficeError("InvalidArgument", `${this.address} overlaps a merged area.`);
      }
      s.merges.push(rectAddress(this.rect));
    });
  }

  /** Hides or shows every column of the range (ExcelApi 1.2). */
  set columnHidden(hidden: boolean) {
    this.ctx.requireApi("1.2", "Range.columnHidden");
    this.enqueue("columnHidden", (s) => {
      for (let c = this.rect.left; c <= this.rect.right; c += 1) {
        if (hidden) s.hiddenColumns.add(columnLetter(c + 1));
        else s.hiddenColumns.delete(columnLetter(c + 1));
      }
    });
  }

  get dataValidation(): FakeDataValidation {
    this.ctx.requireApi("1.8", "Range.dataValidation");
    return new FakeDataValidation(this);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.ctx.requireApi("1.6", "Range.conditionalFormats");
    return new FakeConditionalFormatCollection(this, this.ctx);
  }

  getRect(): Rect {
    return this.rect;
  }

  sheetState(): SheetState {
    return this.resolve();
  }
}

/** Format setters record (address, property, value); nested objects share the recorder. */
class FormatRecorder {
  constructor(
    protected readonly range: FakeRange,
    protected readonly path: string,
  ) {}

  protected record(property: string, value: Scalar): void {
    const address = rectAddress(this.range.getRect());
    this.range.enqueue(`${this.path}.${property}`, (s) => {
      s.formats.push({ address, property: `${this.path}.${property}`, value });
    });
  }
}

export class FakeRangeFormat extends FormatRecorder {
  get font(): FakeFont {
    return new FakeFont(this.range, `${this.path}.font`);
  }
  get fill(): FakeFill {
    return new FakeFill(this.range, `${this.path}.fill`);
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.range, `${this.path}.protection`);
  }
  get borders(): FakeBorders {
    return new FakeBorders(this.range, `${this.path}.borders`);
  }
  set wrapText(v: boolean) {
    this.record("wrapText", v);
  }
  set horizontalAlignment(v: string) {
    this.record("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.record("verticalAlignment", v);
  }
  /**
   * Excel's rows are at most 409 points high ("Excel specifications and limits": Row height 409 points); a
   * taller height is an invalid argument.
   * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
   */
  set rowHeight(points: number) {
    const rect = this.range.getRect();
    this.range.enqueue("format.rowHeight", (s) => {
      if (!(points >= 0 && points <= 409))
        throw new FakeOfficeError("InvalidArgument", `A row height of ${points} points is outside 0–409.`);
      for (let r = rect.top; r <= rect.bottom; r += 1) s.rowHeights[r + 1] = points;
    });
  }
  set columnWidth(points: number) {
    const rect = this.range.getRect();
    this.range.enqueue("format.columnWidth", (s) => {
      for (let c = rect.left; c <= rect.right; c += 1) s.columnWidths[columnLetter(c + 1)] = points;
    });
  }
}

export class FakeFont extends FormatRecorder {
  set bold(v: boolean) {
    this.record("bold", v);
  }
  set italic(v: boolean) {
    this.record("italic", v);
  }
  set size(v: number) {
    this.record("size", v);
  }
  set color(v: string) {
    this.record("color", v);
  }
}

export class FakeFill extends FormatRecorder {
  set color(v: string) {
    this.record("color", v);
  }
}

export class FakeProtection extends FormatRecorder {
  set locked(v: boolean) {
    this.record("locked", v);
  }
}

export class FakeBorders {
  constructor(
    private readonly range: FakeRange,
    private readonly path: string,
  ) {}
  getItem(index: string): FakeBorder {
    return new FakeBorder(this.range, `${this.path}.${index}`);
  }
}

export class FakeBorder extends FormatRecorder {
  set style(v: string) {
    this.record("style", v);
  }
  set weight(v: string) {
    this.record("weight", v);
  }
  set color(v: string) {
    this.record("color", v);
  }
}

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  /** One validation per address, found when the call runs (as Excel keeps one rule per cell). */
  private set(what: string, apply: (v: ValidationRecord) => void): void {
    const address = rectAddress(this.range.getRect());
    this.range.enqueue(`dataValidation.${what}`, (s) => {
      let record = s.validations.find((v) => v.address === address);
      if (!record) {
        record = { address };
        s.validations.push(record);
      }
      apply(record);
    });
  }
  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.set("rule", (v) => {
      if (rule.list && rule.list.source.trim() === "")
        throw new FakeOfficeError("InvalidArgument", "A list needs a source.");
      v.rule = rule;
    });
  }
  set ignoreBlanks(value: boolean) {
    this.set("ignoreBlanks", (v) => {
      v.ignoreBlanks = value;
    });
  }
  set errorAlert(value: { showAlert: boolean; style: string; title: string; message: string }) {
    this.set("errorAlert", (v) => {
      v.errorAlert = value;
    });
  }
  set prompt(value: { showPrompt: boolean; title: string; message: string }) {
    this.set("prompt", (v) => {
      v.prompt = value;
    });
  }
}

export class FakeConditionalFormatCollection {
  constructor(
    private readonly range: FakeRange,
    private readonly ctx: FakeRequestContext,
  ) {}
  add(type: string): FakeConditionalFormat {
    const record: ConditionalFormatRecord = { address: rectAddress(this.range.getRect()), type };
    this.range.enqueue(`conditionalFormats.add(${type})`, (s) => {
      // "Adds a new conditional format to the collection at the first/top priority", so the rule added last
      // wins where rules overlap (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)).
      // `SheetState.conditionalFormats` is kept in priority order, highest first.
      s.conditionalFormats.unshift(record);
    });
    return new FakeConditionalFormat(this.range, record, this.ctx);
  }
}

export class FakeConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
  };
  constructor(
    private readonly range: FakeRange,
    private readonly record: ConditionalFormatRecord,
    private readonly ctx: FakeRequestContext,
  ) {
    // Only a "Custom" format has a rule formula and its own fill and font (the other types' settings live on
    // their own objects, as `dataBar` below).
    const set = (what: string, apply: () => void): void =>
      range.enqueue(`conditionalFormat.${what}`, () => {
        if (record.type.toLowerCase() !== "custom")
          throw new FakeOfficeError(
            "InvalidArgument",
            `A ${record.type} conditional format has no custom rule.`,
          );
        apply();
      });
    this.custom = {
      rule: {
        set formula(f: string) {
          set("custom.rule.formula", () => {
            if (!f.startsWith("=") || !isBalanced(f))
              throw new FakeOfficeError("InvalidArgument", `Rule formula ${f} is not valid.`);
            record.formula = f;
          });
        },
        get formula(): string {
          throw new Error("PropertyNotLoaded: rule.formula");
        },
      },
      format: {
        fill: {
          set color(c: string) {
            set("fill.color", () => {
              record.fill = c;
            });
          },
          get color(): string {
            throw new Error("PropertyNotLoaded: fill.color");
          },
        },
        font: {
          set color(c: string) {
            set("font.color", () => {
              record.fontColor = c;
            });
          },
          get color(): string {
            throw new Error("PropertyNotLoaded: font.color");
          },
          set bold(b: boolean) {
            set("font.bold", () => {
              record.bold = b;
            });
          },
          get bold(): boolean {
            throw new Error("PropertyNotLoaded: font.bold");
          },
        },
      },
    };
  }
  /**
   * A data bar's settings (ExcelApi 1.6); only a "DataBar" format has them. The bounds are JSON objects set
   * whole, as the reference says (`x.lowerBoundRule = {...}`, not `x.lowerBoundRule.formula = ...`).
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.databarconditionalformat
   */
  get dataBar(): {
    readonly positiveFormat: { fillColor: string; gradientFill: boolean };
    lowerBoundRule: { type: string; formula?: string };
    upperBoundRule: { type: string; formula?: string };
  } {
    const record = this.record;
    const set = (what: string, apply: (bar: NonNullable<ConditionalFormatRecord["dataBar"]>) => void): void =>
      this.range.enqueue(`conditionalFormat.dataBar.${what}`, () => {
        if (record.type.toLowerCase() !== "databar")
          throw new FakeOfficeError(
            "InvalidArgument",
            `A ${record.type} conditional format has no data bar.`,
          );
        apply((record.dataBar ??= {}));
      });
    const bound = (type: string, formula: string | undefined): void => {
      const known = [
        "LowestValue",
        "HighestValue",
        "Number",
        "Percent",
        "Formula",
        "Percentile",
        "Automatic",
      ];
      if (!known.includes(type))
        throw new FakeOfficeError("InvalidArgument", `Unknown data bar rule ${type}.`);
      if (["Number", "Percent", "Formula", "Percentile"].includes(type) && (formula ?? "") === "")
        throw new FakeOfficeError("InvalidArgument", `A ${type} data bar bound needs a formula.`);
    };
    return {
      positiveFormat: {
        set fillColor(c: string) {
          set("positiveFormat.fillColor", (bar) => {
            bar.fillColor = c;
          });
        },
        get fillColor(): string {
          throw new Error("PropertyNotLoaded: positiveFormat.fillColor");
        },
        set gradientFill(g: boolean) {
          set("positiveFormat.gradientFill", (bar) => {
            bar.gradientFill = g;
          });
        },
        get gradientFill(): boolean {
          throw new Error("PropertyNotLoaded: positiveFormat.gradientFill");
        },
      },
      set lowerBoundRule(rule: { type: string; formula?: string }) {
        set("lowerBoundRule", (bar) => {
          bound(rule.type, rule.formula);
          bar.lowerBoundRule = { ...rule };
        });
      },
      get lowerBoundRule(): { type: string; formula?: string } {
        throw new Error("PropertyNotLoaded: lowerBoundRule");
      },
      set upperBoundRule(rule: { type: string; formula?: string }) {
        set("upperBoundRule", (bar) => {
          bound(rule.type, rule.formula);
          bar.upperBoundRule = { ...rule };
        });
      },
      get upperBoundRule(): { type: string; formula?: string } {
        throw new Error("PropertyNotLoaded: upperBoundRule");
      },
    };
  }
  set stopIfTrue(v: boolean) {
    this.ctx.requireApi("1.8", "ConditionalFormat.stopIfTrue");
    this.range.enqueue("conditionalFormat.stopIfTrue", () => {
      this.record.stopIfTrue = v;
    });
  }
}

export interface FakeTableItem {
  readonly name: string;
  readonly worksheet: { readonly name: string };
  readonly columns: { readonly items: readonly { readonly name: string }[] };
}

function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} was not loaded.`);
}

export class FakeTableCollection {
  private readonly loaded = new Loadable<FakeTableItem[]>("tables.items");
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: (() => SheetState) | undefined,
  ) {}

  /** Understands "items/name", "items/worksheet/name" and "items/columns/items/name". */
  load(props: string): this {
    const wanted = new Set(props.split(",").map((p) => p.trim()));
    this.loaded.request(this.ctx, () =>
      this.ctx.state.tables
        .filter((t) => this.sheet === undefined || t.sheet === this.sheet())
        .map((t) => {
          const headers: { name: string }[] = [];
          for (let c = t.rect.left; c <= t.rect.right; c += 1)
            headers.push({ name: String(t.sheet.cells.get(key(t.rect.top, c))?.value ?? "") });
          const sheetName = t.sheet.name;
          return {
            get name(): string {
              return wanted.has("items/name") ? t.name : notLoaded("name");
            },
            get worksheet(): { name: string } {
              return wanted.has("items/worksheet/name") ? { name: sheetName } : notLoaded("worksheet");
            },
            get columns(): { items: { name: string }[] } {
              return wanted.has("items/columns/items/name") ? { items: headers } : notLoaded("columns");
            },
          };
        }),
    );
    return this;
  }

  get items(): FakeTableItem[] {
    return this.loaded.get();
  }

  /** The table's whole range, header row, data body or Total row (see "Read limits and table totals"). */
  getItem(name: string): FakeTableParts {
    const state = this.ctx.state;
    const part = (which: TablePart) => (): FakeRange => {
      const table = state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) {
        return new FakeRange(
          this.ctx,
          () => {
            throw new FakeOfficeError("ItemNotFound", `No table named "${name}".`);
          },
          "A1",
          name,
        );
      }
      return tablePartRange(this.ctx, table, which);
    };
    return {
      getRange: part("whole"),
      getHeaderRowRange: part("header"),
      getDataBodyRange: part("body"),
      getTotalRowRange: part("totals"),
    };
  }

  add(source: FakeRange | string, hasHeaders: boolean): FakeTable {
    if (typeof source === "string" || this.sheet === undefined) {
      // Real Excel reads a bare address on the *active* sheet; the writer must pass a Range.
      throw new Error("The fake only supports worksheet.tables.add(range, hasHeaders).");
    }
    const state = this.ctx.state;
    const holder: { record?: TableRecord } = {};
    const rect = source.getRect();
    source.enqueue("tables.add", (s) => {
      if (state.tables.some((t) => t.sheet === s && overlaps(t.rect, rect)))
        throw new FakeOfficeError("InvalidArgument", "Tables cannot overlap.");
      if (s.merges.some((m) => overlaps(parseRange(m), rect)))
        throw new FakeOfficeError("InvalidArgument", "A table cannot hold merged cells.");
      let n = state.tables.length + 1;
      while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n += 1;
      holder.record = { name: `Table${n}`, sheet: s, rect, hasHeaders };
      state.tables.push(holder.record);
    });
    return new FakeTable(this.ctx, source, holder);
  }
}

export class FakeTable {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly holder: { record?: TableRecord },
  ) {}

  private set(what: string, apply: (t: TableRecord) => void): void {
    this.range.enqueue(`table.${what}`, () => {
      if (!this.holder.record) throw new FakeOfficeError("ItemNotFound", "The table was not created.");
      apply(this.holder.record);
    });
  }

  set name(name: string) {
    const state = this.ctx.state;
    this.set(`name=${name}`, (t) => {
      if (!NAME_PATTERN.test(name) || looksLikeReference(name) || name.length > 255) {
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name.`);
      }
      const lower = name.toLowerCase();
      const clash =
        state.tables.some((o) => o !== t && o.name.toLowerCase() === lower) ||
        state.names.some((n) => n.name.toLowerCase() === lower);
      if (clash) throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" is already used.`);
      t.name = name;
    });
  }
  set style(v: string) {
    this.set("style", (t) => {
      t.style = v;
    });
  }
  set showBandedRows(v: boolean) {
    this.set("showBandedRows", (t) => {
      t.showBandedRows = v;
    });
  }
  set showFilterButton(v: boolean) {
    this.set("showFilterButton", (t) => {
      t.showFilterButton = v;
    });
  }
}

export class FakeNamedItemCollection {
  private readonly loaded = new Loadable<{ name: string }[]>("names.items");
  constructor(private readonly ctx: FakeRequestContext) {}

  load(_props: string): this {
    this.loaded.request(this.ctx, () => this.ctx.state.names.map((n) => ({ name: n.name })));
    return this;
  }

  get items(): { name: string }[] {
    return this.loaded.get();
  }

  add(name: string, reference: string, comment?: string): FakeNamedItem {
    const state = this.ctx.state;
    this.ctx.enqueue(`names.add(${name})`, () => {
      if (!NAME_PATTERN.test(name) || looksLikeReference(name))
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
      const lower = name.toLowerCase();
      if (
        state.names.some((n) => n.name.toLowerCase() === lower) ||
        state.tables.some((t) => t.name.toLowerCase() === lower)
      ) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      }
      if (!reference.startsWith("=") || !isBalanced(reference))
        throw new FakeOfficeError("InvalidArgument", `Bad reference for ${name}.`);
      state.names.push({ name, formula: reference, comment: comment ?? "" });
    });
    return new FakeNamedItem(this.ctx, name);
  }
}

/** What Excel computes for a defined name's formula; the fake knows only names built on LAMBDA. */
function evaluateName(formula: string, lambda: boolean): { type: string; value: Scalar } {
  if (!/\bLAMBDA\s*\(/i.test(formula))
    throw new Error(`The fake cannot evaluate the name formula ${formula}.`);
  // Without LAMBDA (Excel 2021) the function is unknown: #NAME?. With it, a LAMBDA that is defined but not
  // called evaluates to #CALC!, as in a cell (https://support.microsoft.com/office/lambda-function-bd212d27-1cd1-4321-a34a-ccbf254b8b67).
  if (!lambda) return { type: "Error", value: "#NAME?" };
  if (/^=\s*LAMBDA\s*\(/i.test(formula)) return { type: "Error", value: "#CALC!" };
  throw new Error(`The fake cannot evaluate the name formula ${formula}.`);
}

export class FakeNamedItem {
  private readonly loaded = new Loadable<{ type: string; value: Scalar }>("namedItem");
  constructor(
    private readonly ctx: FakeRequestContext,
    readonly name: string,
  ) {}
  private record(): DefinedNameRecord {
    const found = this.ctx.state.names.find((n) => n.name.toLowerCase() === this.name.toLowerCase());
    if (!found) throw new FakeOfficeError("ItemNotFound", `No name "${this.name}".`);
    return found;
  }
  load(_props: string): this {
    this.loaded.request(this.ctx, () => evaluateName(this.record().formula, this.ctx.state.lambda));
    return this;
  }
  get type(): string {
    return this.loaded.get().type;
  }
  get value(): Scalar {
    return this.loaded.get().value;
  }
  delete(): void {
    const state = this.ctx.state;
    this.ctx.enqueue(`names.delete(${this.name})`, () => {
      const at = state.names.indexOf(this.record());
      state.names.splice(at, 1);
    });
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => SheetState,
    private readonly label: string,
  ) {}
  /**
   * Freezing panes goes through activating the sheet, and Excel's window then stays on the sheet it showed
   * when the batch began (https://github.com/OfficeDev/office-js/issues/3148: freezing on Sheet2 fires
   * WorksheetActivated for Sheet2 while Sheet1 stays on screen). So an `activate()` queued before a freeze in
   * the same batch is lost; activate after the last freeze.
   */
  private set(what: string, rows: number, columns: number): void {
    const state = this.ctx.state;
    this.ctx.enqueue(`${this.label}.freezePanes.${what}`, () => {
      this.resolve().freeze = { rows, columns };
      state.activeSheet = state.shownAtSyncStart;
    });
  }
  freezeRows(count: number): void {
    this.set("freezeRows", count, 0);
  }
  freezeColumns(count: number): void {
    this.set("freezeColumns", 0, count);
  }
  freezeAt(range: FakeRange): void {
    const r = range.getRect();
    this.set("freezeAt", r.bottom + 1, r.right + 1);
  }
}

export class FakePageLayout {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => SheetState,
    private readonly label: string,
  ) {}
  private set(what: string, apply: (p: PageLayoutRecord) => void): void {
    this.ctx.enqueue(`${this.label}.pageLayout.${what}`, () => apply(this.resolve().pageLayout));
  }
  set orientation(v: string) {
    this.set("orientation", (p) => {
      p.orientation = v;
    });
  }
  set paperSize(v: string) {
    this.set("paperSize", (p) => {
      p.paperSize = v;
    });
  }
  /**
   * Excel sets fit-to-pages only while the user has Page Layout showing; otherwise the sheet keeps printing
   * at its scale (https://github.com/OfficeDev/office-js/issues/1860: `zoom = { horizontalFitToPages: 1 }`
   * is ignored, `zoom = { scale: 200 }` works). Read `zoom` back to see what Excel kept.
   */
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    const state = this.ctx.state;
    this.set("zoom", (p) => {
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && !state.pageLayoutShowing) return;
      p.zoom = v;
    });
  }
  private readonly loaded = new Loadable<{ zoom: PageLayoutZoom }>("pageLayout");
  load(_props: string): this {
    this.loaded.request(this.ctx, () => ({
      zoom: { ...(this.resolve().pageLayout.zoom ?? { scale: 100 }) },
    }));
    return this;
  }
  get zoom(): PageLayoutZoom {
    return this.loaded.get().zoom;
  }
  setPrintTitleRows(rows: string): void {
    this.set("setPrintTitleRows", (p) => {
      const rect = parseRange(rows);
      if (rect.left !== 0) throw new FakeOfficeError("InvalidArgument", "Print titles must be whole rows.");
      p.printTitleRows = rows;
    });
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const set = this.set.bind(this);
    return {
      defaultForAllPages: {
        set centerFooter(text: string) {
          set("centerFooter", (p) => {
            p.centerFooter = text;
          });
        },
        get centerFooter(): string {
          throw new Error("PropertyNotLoaded: centerFooter");
        },
      },
    };
  }
}

const LINE_CHARTS = new Set(["Line", "LineMarkers", "LineStacked", "LineMarkersStacked"]);

/** What a cell shows, as far as chart reading goes: a bare reference (`=I9`, `='WRES plan'!$B$3`) is followed,
 * other formulas are taken as numbers (every formula a builder puts in a chart source but those references
 * returns one). `sheetNamed` finds the sheet a cross-sheet reference names. */
function cellKind(
  s: SheetState,
  row: number,
  column: number,
  sheetNamed: (name: string) => SheetState | undefined,
  depth = 0,
): "blank" | "text" | "number" {
  const stored = s.cells.get(key(row, column));
  if (!stored || (stored.value === "" && stored.formula === undefined)) return "blank";
  if (stored.formula !== undefined) {
    const ref = /^=(?:(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!)?(\$?[A-Z]{1,3}\$?\d+)$/.exec(
      stored.formula,
    );
    const target =
      ref && (ref[1] ?? ref[2]) !== undefined ? sheetNamed((ref[1] ?? ref[2]).replace(/''/g, "'")) : s;
    if (ref && target && depth < 8) {
      const at = parseCell(ref[3].replace(/\$/g, ""));
      return cellKind(target, at.row, at.column, sheetNamed, depth + 1);
    }
    return /^="/.test(stored.formula) ? "text" : "number";
  }
  return typeof stored.value === "string" ? "text" : "number";
}

/**
 * How Excel reads a chart's source range, following Jon Peltier's "Good chart data"
 * (https://peltiertech.com/prepare-your-data/): with a blank top-left cell the first column is the
 * categories and the first row the series names; with text in the top-left cell a first column of numbers
 * (years, say) is plotted as a series of its own, and categories become 1, 2, 3 ….
 */
export function readChartSource(
  s: SheetState,
  rect: Rect,
  seriesBy: string,
  sheetNamed: (name: string) => SheetState | undefined = () => undefined,
): ChartSourceLayout {
  const byRows = seriesBy === "Rows";
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  // Walk in "series" orientation: `along` indexes series, `down` indexes points.
  const seriesSpan = byRows ? rows : columns;
  const pointSpan = byRows ? columns : rows;
  const at = (along: number, down: number): "blank" | "text" | "number" =>
    byRows
      ? cellKind(s, rect.top + along, rect.left + down, sheetNamed)
      : cellKind(s, rect.top + down, rect.left + along, sheetNamed);
  const blankCorner = at(0, 0) === "blank";
  const firstIsText = (along: number): boolean => {
    for (let d = 1; d < pointSpan; d += 1) if (at(along, d) === "number") return false;
    return pointSpan > 1;
  };
  const namesAreText = (): boolean => {
    for (let a = 1; a < seriesSpan; a += 1) if (at(a, 0) === "number") return false;
    return true;
  };
  const categoriesInFirst = seriesSpan > 1 && (blankCorner || firstIsText(0));
  const namesInFirst = pointSpan > 1 && (blankCorner || namesAreText());
  const firstSeries = categoriesInFirst ? 1 : 0;
  const seriesNames: string[] = [];
  for (let a = firstSeries; a < seriesSpan; a += 1) {
    const r = byRows ? rect.top + a : rect.top;
    const c = byRows ? rect.left : rect.left + a;
    const stored = s.cells.get(key(r, c));
    seriesNames.push(
      namesInFirst && stored && typeof stored.value === "string" && stored.value !== ""
        ? stored.value
        : `Series ${a - firstSeries + 1}`,
    );
  }
  return {
    categoriesInFirst,
    namesInFirst,
    seriesCount: seriesSpan - firstSeries,
    pointCount: pointSpan - (namesInFirst ? 1 : 0),
    seriesNames,
  };
}

export class FakeChartCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => SheetState,
    private readonly label: string,
  ) {}
  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    const record: ChartRecord = {
      type,
      source: rectAddress(source.getRect()),
      seriesBy: seriesBy ?? "Auto",
      seriesColours: {},
      pointColours: {},
      unseenColours: [],
    };
    this.ctx.enqueue(`${this.label}.charts.add(${type})`, () => {
      const sheet = this.resolve();
      const state = this.ctx.state;
      record.layout = readChartSource(sheet, source.getRect(), record.seriesBy, (n) => state.findSheet(n));
      sheet.charts.push(record);
    });
    return new FakeChart(this.ctx, record);
  }
}

export class FakeChart {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly record: ChartRecord,
  ) {}

  get title(): { text: string } {
    const ctx = this.ctx;
    const record = this.record;
    return {
      set text(t: string) {
        ctx.enqueue("chart.title.text", () => {
          record.title = t;
        });
      },
      get text(): string {
        throw new Error("PropertyNotLoaded: chart.title.text");
      },
    };
  }

  /** ExcelApi 1.8: false plots cells in hidden rows and columns too. */
  set plotVisibleOnly(v: boolean) {
    this.ctx.requireApi("1.8", "Chart.plotVisibleOnly");
    this.ctx.enqueue("chart.plotVisibleOnly", () => {
      this.record.plotVisibleOnly = v;
    });
  }

  setPosition(start: string, end?: string): void {
    this.ctx.enqueue("chart.setPosition", () => {
      parseCell(start);
      if (end !== undefined) parseCell(end);
      this.record.position = end === undefined ? { start } : { start, end };
    });
  }

  get series(): { getItemAt(i: number): FakeChartSeries } {
    return { getItemAt: (i: number) => new FakeChartSeries(this.ctx, this.record, i) };
  }
}

interface SolidFill {
  setSolidColor(c: string): void;
}

/**
 * A series as Excel made it from the source. A series or point Excel did not create fails the batch. Colour
 * goes where Excel draws it (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseriesformat):
 * `format.fill` is a series' area (bars, columns, pie slices); a line series is drawn with `format.line`
 * (ChartLineFormat.color), and a fill set on it does not colour the line.
 */
export class FakeChartSeries {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly record: ChartRecord,
    private readonly index: number,
  ) {}

  private queue(what: string, apply: (layout: ChartSourceLayout) => void): void {
    this.ctx.enqueue(`chart.${what}`, () => {
      const layout = this.record.layout;
      if (!layout || this.index >= layout.seriesCount)
        throw new FakeOfficeError("InvalidArgument", `No series ${this.index}.`);
      apply(layout);
    });
  }

  get format(): { fill: SolidFill; line: { color: string } } {
    const record = this.record;
    const i = this.index;
    const isLine = LINE_CHARTS.has(record.type);
    const queue = this.queue.bind(this);
    return {
      fill: {
        setSolidColor(c: string): void {
          queue("series.fill.setSolidColor", () => {
            if (isLine) record.unseenColours.push(`series ${i} fill ${c}`);
            else record.seriesColours[i] = c;
          });
        },
      },
      line: {
        set color(c: string) {
          queue("series.line.color", () => {
            if (isLine) record.seriesColours[i] = c;
            else record.unseenColours.push(`series ${i} border ${c}`);
          });
        },
        get color(): string {
          throw new Error("PropertyNotLoaded: line.color");
        },
      },
    };
  }

  get points(): { getItemAt(j: number): { format: { fill: SolidFill } } } {
    const record = this.record;
    const queue = this.queue.bind(this);
    return {
      getItemAt: (j: number) => ({
        format: {
          fill: {
            setSolidColor(c: string): void {
              queue("point.fill.setSolidColor", (layout) => {
                if (j >= layout.pointCount) throw new FakeOfficeError("InvalidArgument", `No point ${j}.`);
                record.pointColours[j] = c;
              });
            },
          },
        },
      }),
    };
  }
}

/** The `Excel` and `Office` globals backed by one fake workbook. */
export class FakeOffice {
  readonly state: FakeWorkbookState;
  private readonly host: "Excel" | null;

  constructor(options: FakeOptions = {}) {
    this.state = new FakeWorkbookState(options);
    this.host = options.host === undefined ? "Excel" : options.host;
  }

  readonly excel = {
    run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
      const context = new FakeRequestContext(this.state);
      try {
        return await batch(context);
      } finally {
        this.state.syncsPerRun.push(context.syncs);
        this.state.discardedAtEnd += context.pending;
      }
    },
  };

  readonly office = {
    HostType: { Excel: "Excel", Word: "Word" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string): boolean =>
          name === "ExcelApi" &&
          this.host === "Excel" &&
          versionAtLeast(this.state.excelApi, version ?? "1.1"),
      },
    },
    onReady: async (): Promise<{ host: string | null; platform: string | null }> => ({
      host: this.host,
      platform: this.host === null ? null : "PC",
    }),
  };

  /** Makes this fake the `Excel` and `Office` globals; returns a function that removes them. */
  install(): () => void {
    const g = globalThis as unknown as { Excel?: typeof Excel; Office?: typeof Office };
    g.Excel = this.excel as unknown as typeof Excel;
    g.Office = this.office as unknown as typeof Office;
    return () => {
      delete g.Excel;
      delete g.Office;
    };
  }
}

// ---- Read limits and table totals (what Analyse data meets) ----

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be thrown if
 * that limit is exceeded." The fake measures what each sync sends back as JSON (UTF-8 bytes) and fails the
 * sync with the web's error code, loading nothing. 5,000,000 bytes, the stricter reading of "5MB".
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling (ResponsePayloadSizeLimitExceeded)
 */
export const RESPONSE_LIMIT_BYTES = 5_000_000;

/**
 * "A range is limited to 5,000,000 cells for read operations", on every platform: loading the cells of a
 * bigger range (values, formulas, number formats) fails with RangeExceedsLimit ("The cell count in the range
 * has exceeded the maximum supported number"). Loading its address does not read its cells.
 * Same two pages as above; https://github.com/OfficeDev/office-js-docs-pr/pull/1423 (get operations only, all platforms).
 */
export const RANGE_READ_CELL_LIMIT = 5_000_000;

const CELL_PROPERTIES = ["values", "formulas", "numberFormat", "text", "valueTypes"] as const;

/** The cell properties named in a `load` ("values, address" → values). */
function loadedCellProperties(props: string | string[]): Set<string> {
  const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
  return new Set(names.filter((n) => (CELL_PROPERTIES as readonly string[]).includes(n)));
}

function checkReadLimit(rect: Rect, wanted: ReadonlySet<string>): void {
  const cells = rectRows(rect) * rectColumns(rect);
  if (wanted.size > 0 && cells > RANGE_READ_CELL_LIMIT) {
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      `The cell count in the range (${cells.toLocaleString("en-GB")} cells in ${rectAddress(rect)}) has exceeded the maximum supported number.`,
    );
  }
}

/** UTF-8 bytes of a string (without TextEncoder, which jsdom test environments lack). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Bytes of `value` as JSON. Listing objects hold getters for properties that were not loaded, which throw
 * (as office.js does); those are not sent, so they count nothing.
 */
function jsonBytes(value: unknown): number {
  if (value === null || typeof value !== "object") return utf8Length(JSON.stringify(value) ?? "null");
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object" || Array.isArray(v)))
      try {
        return utf8Length(JSON.stringify(value));
      } catch {
        // fall through to the careful walk
      }
    return 2 + value.reduce((n: number, v) => n + jsonBytes(v) + 1, 0);
  }
  let n = 2;
  for (const key of Object.keys(value)) {
    try {
      n += utf8Length(JSON.stringify(key)) + 2 + jsonBytes((value as Record<string, unknown>)[key]);
    } catch {
      // not loaded: not in the response
    }
  }
  return n;
}

/** Collects one sync's answers; they reach their proxies only if the whole response is within the limit. */
export class ResponseMeter {
  private bytes = 0;
  private readonly answers: (() => void)[] = [];
  constructor(private readonly state: FakeWorkbookState) {}

  answer<T>(value: T, deliver: (v: T) => void): void {
    this.bytes += jsonBytes(value);
    this.answers.push(() => deliver(value));
  }

  settle(): void {
    this.state.responseBytes.push(this.bytes);
    if (this.state.platform === "web" && this.bytes > RESPONSE_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.bytes.toLocaleString("en-GB")} bytes) has exceeded the limit.`,
      );
    }
    for (const deliver of this.answers) deliver();
  }
}

export type TablePart = "whole" | "header" | "body" | "totals";

export interface FakeTableParts {
  getRange(): FakeRange;
  getHeaderRowRange(): FakeRange;
  getDataBodyRange(): FakeRange;
  getTotalRowRange(): FakeRange;
}

/**
 * A table's ranges as office.js gives them: `getRange()` is "the entire table", Total row included when it is
 * shown; `getDataBodyRange()` is the rows between the header and the Total row; `getTotalRowRange()` fails
 * when the table has no Total row.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-getrange-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1)
 */
function tablePartRange(ctx: FakeRequestContext, table: TableRecord, part: TablePart): FakeRange {
  const r = table.rect;
  const totals = table.showTotals ? 1 : 0;
  const rows: Record<TablePart, Rect> = {
    whole: r,
    header: { ...r, bottom: r.top },
    body: { ...r, top: r.top + 1, bottom: r.bottom - totals },
    totals: { ...r, top: r.bottom },
  };
  if (part === "totals" && !table.showTotals) {
    return new FakeRange(
      ctx,
      () => {
        throw new FakeOfficeError("ItemNotFound", `Table ${table.name} has no Total row.`);
      },
      rectAddress(rows.totals),
      table.sheet.name,
    );
  }
  return new FakeRange(ctx, () => table.sheet, rectAddress(rows[part]), table.sheet.name);
}

/** Data rows of a table (header and Total row not included), as `table.rows.count` gives them. */
export const tableBodyRows = (table: TableRecord): number =>
  table.rect.bottom - table.rect.top - (table.showTotals ? 1 : 0);
