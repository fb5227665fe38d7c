/**
 * Queues everything one model sheet needs on a freshly added worksheet. Nothing here syncs: every call only
 * adds to the batch that `applyWorkbook` sends in its single write sync (which also brings back the one
 * property read here, the print zoom Excel kept).
 */
import type {
  AppliedNames,
  CellStyle,
  ChartSpec,
  DataBarRule,
  FormulaRule,
  ListValidation,
  PrintSetup,
  SheetModel,
} from "../plan/sheet-model";
import { resolveTokens } from "../plan/tokens";
import { parseCell, parseRange, rectColumns, rectRows, refAddress } from "../plan/a1";
import { validationTexts } from "../plan/model-rules";
import { blockWrite, columnWidthPoints, filled, listSource } from "./cell-arrays";

type HAlign = "Left" | "Center" | "Right";
type VAlign = "Top" | "Center" | "Bottom";
const H_ALIGN: Record<NonNullable<CellStyle["horizontal"]>, HAlign> = {
  left: "Left",
  center: "Center",
  right: "Right",
};
const V_ALIGN: Record<NonNullable<CellStyle["vertical"]>, VAlign> = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
};

const CHART_TYPE: Record<ChartSpec["type"], "BarClustered" | "ColumnClustered" | "Line" | "Pie"> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "Line",
  pie: "Pie",
};

interface SheetWriteOptions {
  readonly names: AppliedNames;
}

/** What the write left to check once its sync is done. */
export interface WrittenSheet {
  /** Whether Excel kept the fit-to-pages print scaling (see `applyPrint`); true when none was asked for. */
  readonly fitApplied: () => boolean;
}

export function writeSheet(ws: Excel.Worksheet, sheet: SheetModel, options: SheetWriteOptions): WrittenSheet {
  const { names } = options;
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;

  // One range write per block: the number formats first, so text cells are already "@" when values land.
  for (const block of sheet.blocks) {
    const write = blockWrite(block, names);
    const range = ws.getRange(write.address);
    range.numberFormat = write.numberFormat;
    range.formulas = write.formulas;
  }

  for (const t of sheet.tables) {
    const table = ws.tables.add(ws.getRange(t.range), true);
    table.name = names.tables[t.id];
    table.style = t.style;
    table.showBandedRows = t.bandedRows;
    table.showFilterButton = t.filterButtons;
  }

  for (const f of sheet.formats) applyStyle(ws.getRange(f.range), f.range, f.style);

  for (const c of sheet.columns) {
    ws.getRange(`${c.column}:${c.column}`).format.columnWidth = columnWidthPoints(c.width);
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member
    if (c.hidden) ws.getRange(`${c.column}:${c.column}`).columnHidden = true;
  }

  // Points, as `RangeFormat.rowHeight` takes them; queued like every other property, no sync here.
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member
  for (const r of sheet.rowHeights ?? []) ws.getRange(`${r.row}:${r.row}`).format.rowHeight = r.height;

  for (const m of sheet.merges) ws.getRange(m).merge(false);

  for (const v of sheet.validations) applyValidation(ws.getRange(v.range), v, names);

  // `conditionalFormats.add` puts each new rule at the top priority, so the rule added last wins where rules
  // overlap (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)).
  // Adding them last to first leaves the model's first rule on top, as the .xlsx writer's priorities do.
  for (const cf of [...sheet.conditionalFormats].reverse()) {
    if (cf.kind === "dataBar") applyDataBar(ws.getRange(cf.range), cf);
    else applyConditionalFormat(ws.getRange(cf.range), cf, names);
  }

  if (sheet.freeze) applyFreeze(ws, sheet.freeze.rows, sheet.freeze.columns);

  const print = sheet.print ? applyPrint(ws.pageLayout, sheet.print) : undefined;
  // A manual break above each row's first cell (ExcelApi 1.9, as page layout).
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)
  for (const row of sheet.print?.breaksBefore ?? []) ws.horizontalPageBreaks.add(`A${row}`);

  for (const chart of sheet.charts) applyChart(ws, chart);

  return { fitApplied: () => print?.fitApplied() ?? true };
}

function applyStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.locked !== undefined) format.protection.locked = style.locked;
  const rect = parseRange(address);
  // checkModel has made sure the range is bounded: one entry per cell.
  if (style.numberFormat !== undefined)
    range.numberFormat = filled(rectRows(rect), rectColumns(rect), style.numberFormat);
  if (style.border !== undefined) {
    const edges: (
      "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"
    )[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // Inside edges exist only when the range has more than one row or column.
    if (rectRows(rect) > 1) edges.push("InsideHorizontal");
    if (rectColumns(rect) > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = style.border;
    }
  }
}

function applyValidation(range: Excel.Range, v: ListValidation, names: AppliedNames): void {
  const dv = range.dataValidation;
  dv.rule = { list: { inCellDropDown: true, source: listSource(v.source, names) } };
  dv.ignoreBlanks = v.allowBlank;
  const texts = validationTexts(v);
  dv.errorAlert = { showAlert: true, style: "Stop", title: texts.errorTitle, message: texts.errorMessage };
  if (texts.prompt !== undefined)
    dv.prompt = { showPrompt: true, title: texts.promptTitle ?? "", message: texts.prompt };
}

/**
 * A solid data bar (ExcelApi 1.6). Bounds are set as whole objects, as the reference requires.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.databarconditionalformat
 */
function applyDataBar(range: Excel.Range, bar: DataBarRule): void {
  const format = range.conditionalFormats.add("DataBar");
  const dataBar = format.dataBar;
  dataBar.positiveFormat.fillColor = bar.color;
  dataBar.positiveFormat.gradientFill = false;
  dataBar.lowerBoundRule =
    bar.lower === undefined ? { type: "LowestValue" } : { type: "Number", formula: String(bar.lower) };
  dataBar.upperBoundRule =
    bar.upper === undefined ? { type: "HighestValue" } : { type: "Number", formula: String(bar.upper) };
}

function applyConditionalFormat(range: Excel.Range, cf: FormulaRule, names: AppliedNames): void {
  const format = range.conditionalFormats.add("Custom");
  format.custom.rule.formula = resolveTokens(cf.formula, names);
  if (cf.fill !== undefined) format.custom.format.fill.color = cf.fill;
  if (cf.fontColor !== undefined) format.custom.format.font.color = cf.fontColor;
  if (cf.bold !== undefined) format.custom.format.font.bold = cf.bold;
  if (cf.stopIfTrue !== undefined) format.stopIfTrue = cf.stopIfTrue;
}

function applyFreeze(ws: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0)
    ws.freezePanes.freezeAt(ws.getRange(`A1:${refAddress({ row: rows - 1, column: columns - 1 })}`));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

/**
 * Excel applies fit-to-pages only while the user has Page Layout showing, and otherwise keeps printing at
 * 100% (https://github.com/OfficeDev/office-js/issues/1860). Nothing in the API switches that on for a
 * sheet that is not showing, so the zoom is set, read back in the same batch, and `fitApplied` tells
 * after the sync whether Excel kept it; the pane then says how to set it by hand.
 */
function applyPrint(layout: Excel.PageLayout, print: PrintSetup): { fitApplied: () => boolean } {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize;
  // verticalFitToPages 0 is Excel's "Automatic" (as many pages tall as needed).
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: print.fitToPagesTall };
  if (print.repeatRows !== undefined) layout.setPrintTitleRows(print.repeatRows);
  // The model writes footers in Excel's own codes ("Page &P of &N"), so they pass through unchanged.
  if (print.centerFooter !== undefined)
    layout.headersFooters.defaultForAllPages.centerFooter = print.centerFooter;
  layout.load("zoom");
  return { fitApplied: () => layout.zoom.horizontalFitToPages === print.fitToPagesWide };
}

function applyChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const source = parseRange(spec.dataRange);
  const chart = ws.charts.add(
    CHART_TYPE[spec.type],
    ws.getRange(spec.dataRange),
    spec.seriesBy === "columns" ? "Columns" : "Rows",
  );
  chart.title.text = spec.title;
  // Chart data in hidden columns is plotted only when asked (ExcelApi 1.8).
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member
  if (spec.plotsHiddenCells) chart.plotVisibleOnly = false;
  const start = parseCell(spec.anchor);
  const end = refAddress({
    row: start.row + Math.max(spec.heightRows, 1) - 1,
    column: start.column + Math.max(spec.widthColumns, 1) - 1,
  });
  chart.setPosition(spec.anchor, end);
  if (!spec.colors || spec.colors.length === 0) return;
  // The first row and column of the source hold headers, so series and points are one fewer. A colour for a
  // series Excel did not create would fail the whole batch, so never ask for more than exist.
  const seriesCount = spec.seriesBy === "columns" ? rectColumns(source) - 1 : rectRows(source) - 1;
  const pointCount = spec.seriesBy === "columns" ? rectRows(source) - 1 : rectColumns(source) - 1;
  if (spec.type !== "line" && seriesCount === 1 && spec.colors.length > 1) {
    const series = chart.series.getItemAt(0);
    spec.colors
      .slice(0, pointCount)
      .forEach((colour, i) => series.points.getItemAt(i).format.fill.setSolidColor(colour));
    return;
  }
  spec.colors.slice(0, seriesCount).forEach((colour, i) => {
    const format = chart.series.getItemAt(i).format;
    // A line series is drawn with its line; its fill is an area a line chart never paints
    // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseriesformat).
    if (spec.type === "line") format.line.color = colour;
    else format.fill.setSolidColor(colour);
  });
}
