/**
 * The workbook as plain data. Builders in `src/plan/` return a `WorkbookModel`; `src/excel/` applies it with
 * office.js and `src/xlsx/` writes it to a file. Both writers must give the same workbook.
 *
 * Addresses are A1 strings on the sheet itself (no sheet prefix). Formulas are en-US A1 formulas starting
 * with "=". Cross-sheet references use tokens, because a writer may rename a sheet or table whose name is
 * already taken: `{{sheet:ID}}` becomes the quoted final sheet name (e.g. `'WRES data (2)'`) and
 * `{{table:ID}}` the final table name. Use `resolveTokens` (./tokens.ts) to substitute them.
 */

/** What a cell holds. Text is always written as text, never parsed as a formula (even "=1+1"). */
export type Cell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "blank" };

/** A rectangle of cells written in one go, starting at `anchor` (e.g. "A5"). Rows may not be ragged. */
export interface CellBlock {
  readonly anchor: string;
  readonly rows: readonly (readonly Cell[])[];
}

type HorizontalAlignment = "left" | "center" | "right";
type VerticalAlignment = "top" | "center" | "bottom";

/** Colours are "#RRGGBB". */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  /** A thin border on every edge of every cell of the range. */
  readonly border?: string;
  /** false marks an input cell (left unlocked if the user later protects the sheet). */
  readonly locked?: boolean;
}

/** A style applied to a whole range ("A1:G1"). Later entries win where ranges overlap. */
export interface RangeFormat {
  readonly range: string;
  readonly style: CellStyle;
}

interface ColumnSpec {
  /** Column letter, e.g. "C". */
  readonly column: string;
  /** Width in characters of the default font (Excel's unit in the column-width dialog). */
  readonly width: number;
  /** Hidden from view and print: chart data, whose charts plot it anyway (`ChartSpec.plotsHiddenCells`). */
  readonly hidden?: boolean;
}

export interface TableSpec {
  /** Stable identifier for `{{table:ID}}` tokens. */
  readonly id: string;
  /** Desired table name; a writer adds a suffix if it is taken. */
  readonly name: string;
  /** Header row plus body, e.g. "A8:G40". */
  readonly range: string;
  readonly style: string;
  readonly bandedRows: boolean;
  readonly filterButtons: boolean;
}

export interface ListValidation {
  readonly range: string;
  /** Either literal options or a formula pointing at the cells that hold them (e.g. "=$B$4:$E$4"). */
  readonly source: { readonly values: readonly string[] } | { readonly formula: string };
  readonly allowBlank: boolean;
  /** A stop alert rejects anything not in the list. */
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly promptTitle?: string;
  readonly prompt?: string;
}

/** A formula-based rule: the formula is written for the range's top-left cell, relative like Excel's. */
export interface FormulaRule {
  readonly kind?: "formula";
  readonly range: string;
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly stopIfTrue?: boolean;
  /** What the rule means, for tests and documentation (e.g. "status = Delivered"). */
  readonly description: string;
}

/**
 * An in-cell data bar, drawn in proportion to each cell's number: what the .xlsx shows where a chart cannot
 * be written. A bound left out is the range's lowest or highest value.
 */
export interface DataBarRule {
  readonly kind: "dataBar";
  readonly range: string;
  /** The bar's solid fill, "#RRGGBB". */
  readonly color: string;
  /** The value of an empty bar, e.g. 0. */
  readonly lower?: number;
  /** The value of a full bar. */
  readonly upper?: number;
  readonly description: string;
}

export type ConditionalFormat = FormulaRule | DataBarRule;

export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly fitToPagesWide: number;
  /** 0 = as many pages tall as needed. */
  readonly fitToPagesTall: number;
  /** Rows repeated at the top of every page, e.g. "$8:$8". */
  readonly repeatRows?: string;
  /** Rows (1-based) that start a new page, so a section prints with its own header. */
  readonly breaksBefore?: readonly number[];
  readonly paperSize: "A4";
  readonly centerFooter?: string;
}

export interface ChartSpec {
  readonly id: string;
  readonly type: "bar" | "column" | "line" | "pie";
  readonly title: string;
  /** The source data including headers, e.g. "A5:C12". */
  readonly dataRange: string;
  readonly seriesBy: "columns" | "rows";
  /** Top-left cell the chart is placed at, and its size in cells. */
  readonly anchor: string;
  readonly widthColumns: number;
  readonly heightRows: number;
  /** Optional colour per series or, for a single-series chart, per point. */
  readonly colors?: readonly string[];
  /** The source is in hidden columns: plot hidden cells, which Excel leaves out by default. */
  readonly plotsHiddenCells?: boolean;
}

/** A row's height in points (1-based row), for rows whose wrapped text needs more than one line. */
export interface RowHeight {
  readonly row: number;
  readonly height: number;
}

export type SheetRole =
  "plan" | "data" | "indicator1" | "model-employer" | "dashboard" | "delivered" | "history" | "data-quality";

export interface SheetModel {
  /** Stable identifier for `{{sheet:ID}}` tokens. */
  readonly id: string;
  readonly role: SheetRole;
  /** Desired sheet name (≤ 31 characters, none of `[]:*?/\`); a writer adds " (2)" etc. if it is taken. */
  readonly name: string;
  readonly tabColor?: string;
  readonly blocks: readonly CellBlock[];
  readonly formats: readonly RangeFormat[];
  readonly columns: readonly ColumnSpec[];
  /** Heights of the rows that need more than one line (`row-height.ts` measures them); others stay default. */
  readonly rowHeights?: readonly RowHeight[];
  readonly merges: readonly string[];
  readonly tables: readonly TableSpec[];
  readonly validations: readonly ListValidation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintSetup;
  readonly charts: readonly ChartSpec[];
  /** Cells where the user types data (so the pane or CLI can fill them), by key: e.g. "headcount.white" → "C6". */
  readonly inputs: Readonly<Record<string, string>>;
  /** Computed cells other sheets or tests read, by key: e.g. "ind2.current" → "E40". */
  readonly outputs: Readonly<Record<string, string>>;
}

export interface DefinedName {
  /** Workbook-level name, e.g. "WRES_RL". */
  readonly name: string;
  /** "=LAMBDA(...)" or a reference formula; may contain tokens. */
  readonly formula: string;
  readonly comment: string;
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
  readonly names: readonly DefinedName[];
}

/** The names a writer actually used, after resolving conflicts. */
export interface AppliedNames {
  readonly sheets: Readonly<Record<string, string>>;
  readonly tables: Readonly<Record<string, string>>;
}
