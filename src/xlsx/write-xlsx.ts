/**
 * Writes a WorkbookModel to .xlsx bytes with ExcelJS: the same workbook the Excel writer builds, for people
 * without the add-in. This folder is the only ExcelJS code.
 *
 * What ExcelJS cannot express, and what we do instead:
 * - Charts: ExcelJS 4.4 has no chart support, so `SheetModel.charts` are skipped (the data behind them is
 *   still written; a user can insert the chart in two clicks).
 * - Defined-name comments: ExcelJS writes only name and value, so `DefinedName.comment` is dropped.
 * - Non-range defined names (LAMBDA or any formula): ExcelJS's name API only stores cell ranges, so we hand its
 *   renderer the names directly (see `installDefinedNames`).
 * - Cells calling a LAMBDA name: Excel expects them as dynamic-array formulas, which ExcelJS cannot write, so
 *   they are written as single-cell array formulas (`{=WRES_RL(…)}` in Excel), which evaluate the same.
 * - `ConditionalFormat.stopIfTrue`: ExcelJS does not write the attribute; the status rules match exactly one
 *   label each, so nothing depends on it.
 * - No cached formula results are written; `fullCalcOnLoad` makes Excel and LibreOffice calculate on open.
 * - Row heights come from the model (`plan/row-height.ts` measures the wrapped text), because LibreOffice
 *   7.4 prints a row without a height at one line and cuts the rest of the wrapped text.
 */
import ExcelJS from "exceljs";
import type {
  CellValue,
  ConditionalFormattingRule,
  DataValidation,
  Style,
  Workbook,
  Worksheet,
} from "exceljs";
import type {
  AppliedNames,
  Cell,
  CellStyle,
  DataBarRule,
  SheetModel,
  TableSpec,
  WorkbookModel,
} from "../plan/sheet-model";
import { checkModel, literalListSource, validationTexts } from "../plan/model-rules";
import { resolveTokens } from "../plan/tokens";
import { NO_NAMES, planNames } from "../plan/workbook-names";
import { cellAddress, cellsOf, parseCell, parseRange, refAddress } from "../plan/a1";
import { argb, mergeStyles, toExcelStyle } from "./cell-style";
import { fileColumnWidth } from "./column-width";
import { callsAnyName, toFileFormula } from "./formula-text";
import { installDefinedNames } from "./defined-names";

/** ExcelJS's typings omit `worksheet.dataValidations`. */
interface WithValidations {
  readonly dataValidations: { add(address: string, validation: DataValidation): void };
}

interface Context {
  readonly names: AppliedNames;
  /** Upper-cased names of LAMBDA defined names. */
  readonly lambdaNames: ReadonlySet<string>;
  /**
   * One ExcelJS style object per distinct style, shared by every cell that has it: ExcelJS recognises a
   * style object it has seen (a WeakMap) and otherwise renders and compares every cell's style in full,
   * which was most of the time it took to write a plan. (ExcelJS shares a merged range's style the same way;
   * nothing here changes a cell's style once set.)
   */
  readonly styles: Map<string, Partial<Style>>;
}

/**
 * `compress: false` leaves the zip's entries stored, uncompressed (ExcelJS compresses in JavaScript; the
 * command line compresses the stored file with Node's zlib instead, src/cli/deflate-zip.ts).
 */
export async function writeXlsx(
  model: WorkbookModel,
  { compress = true }: { readonly compress?: boolean } = {},
): Promise<Uint8Array> {
  // The same checks and the same names as the Excel writer, so the file holds what Excel would have written.
  checkModel(model);
  const plan = planNames(model, NO_NAMES);
  const names: AppliedNames = { sheets: plan.sheets, tables: plan.tables };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "WRES add-in";
  workbook.calcProperties.fullCalcOnLoad = true;
  const lambdaNames = new Set(
    plan.namesToAdd.filter((n) => /^=?\s*LAMBDA\s*\(/i.test(n.formula)).map((n) => n.name.toUpperCase()),
  );
  const ctx: Context = { names, lambdaNames, styles: new Map() };
  for (const sheet of model.sheets) writeSheet(workbook, sheet, ctx);
  installDefinedNames(
    workbook,
    plan.namesToAdd.map((n) => ({ name: n.name, formula: toFileFormula(n.formula) })),
  );
  const buffer = await workbook.xlsx.writeBuffer(compress ? {} : { zip: { compression: "STORE" } });
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeSheet(workbook: Workbook, sheet: SheetModel, ctx: Context): void {
  const ws = workbook.addWorksheet(ctx.names.sheets[sheet.id], {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze
      ? [
          {
            state: "frozen",
            xSplit: sheet.freeze.columns,
            ySplit: sheet.freeze.rows,
            topLeftCell: cellAddress(sheet.freeze.columns + 1, sheet.freeze.rows + 1),
          },
        ]
      : [{}],
  });
  writeCells(ws, sheet, ctx);
  for (const range of sheet.merges) ws.mergeCells(range);
  writeFormats(ws, sheet, ctx);
  for (const c of sheet.columns) {
    ws.getColumn(c.column).width = fileColumnWidth(c.width);
    if (c.hidden) ws.getColumn(c.column).hidden = true;
  }
  // A height in points; ExcelJS marks the row customHeight, so LibreOffice and Excel both keep it.
  for (const r of sheet.rowHeights ?? []) ws.getRow(r.row).height = r.height;
  for (const table of sheet.tables) writeTable(ws, table, ctx);
  writeValidations(ws, sheet, ctx);
  writeConditionalFormats(ws, sheet, ctx);
  writePrintSetup(ws, sheet);
}

function writeCells(ws: Worksheet, sheet: SheetModel, ctx: Context): void {
  for (const block of sheet.blocks) {
    const origin = parseCell(block.anchor);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const at = { row: origin.row + r, column: origin.column + c };
        const value = cellValue(cell, ctx, refAddress(at));
        // Addresses are parsed zero-based; ExcelJS counts rows and columns from 1.
        if (value !== undefined) ws.getCell(at.row + 1, at.column + 1).value = value;
      }),
    );
  }
}

/** Text stays text: ExcelJS stores a string as a string, never parsing "=1+1". */
function cellValue(cell: Cell, ctx: Context, address: string): CellValue | undefined {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
    case "boolean":
      return cell.value;
    case "blank":
      return undefined;
    case "formula": {
      const resolved = resolveTokens(cell.formula, ctx.names);
      const formula = toFileFormula(resolved);
      // See the file comment: a LAMBDA-name call must not go through implicit intersection.
      if (callsAnyName(resolved, ctx.lambdaNames))
        return { formula, shareType: "array", ref: address } as CellValue;
      return { formula } as CellValue;
    }
  }
}

function writeFormats(ws: Worksheet, sheet: SheetModel, ctx: Context): void {
  const styles = new Map<string, { row: number; column: number; style: CellStyle }>();
  for (const f of sheet.formats) {
    for (const at of cellsOf(parseRange(f.range))) {
      const key = `${at.row},${at.column}`;
      styles.set(key, { ...at, style: mergeStyles(styles.get(key)?.style, f.style) });
    }
  }
  for (const { row, column, style } of styles.values()) {
    const key = JSON.stringify(style);
    let excelStyle = ctx.styles.get(key);
    if (!excelStyle) ctx.styles.set(key, (excelStyle = toExcelStyle(style)));
    ws.getCell(row + 1, column + 1).style = excelStyle;
  }
}

function writeTable(ws: Worksheet, table: TableSpec, ctx: Context): void {
  const area = parseRange(table.range);
  // Excel needs unique, non-empty text headers and would "repair" the file otherwise; like Excel, we number
  // blanks (Column1 …) and repeats (Progress2 …). ExcelJS writes these names back into the header cells.
  const header: string[] = [];
  const seen = new Set<string>();
  for (let col = area.left; col <= area.right; col++) {
    const v = ws.getCell(area.top + 1, col + 1).value;
    const base = typeof v === "string" && v.trim() !== "" ? v : `Column${col - area.left + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    header.push(name);
  }
  // ExcelJS rewrites the table's cells from `rows`, so hand back exactly what is already there.
  const rows: CellValue[][] = [];
  for (let row = area.top + 1; row <= area.bottom; row++) {
    const values: CellValue[] = [];
    for (let col = area.left; col <= area.right; col++) values.push(ws.getCell(row + 1, col + 1).value);
    rows.push(values);
  }
  ws.addTable({
    name: ctx.names.tables[table.id],
    ref: refAddress({ row: area.top, column: area.left }),
    headerRow: true,
    style: { theme: table.style as never, showRowStripes: table.bandedRows },
    columns: header.map((name) => ({ name, filterButton: table.filterButtons })),
    rows,
  });
}

function writeValidations(ws: Worksheet, sheet: SheetModel, ctx: Context): void {
  const validations = (ws as unknown as WithValidations).dataValidations;
  for (const v of sheet.validations) {
    const formula =
      "values" in v.source
        ? `"${literalListSource(v.source.values).replace(/"/g, '""')}"`
        : toFileFormula(resolveTokens(v.source.formula, ctx.names));
    const texts = validationTexts(v);
    validations.add(v.range, {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [formula],
      showErrorMessage: true,
      // A stop alert; ECMA-376's ST_DataValidationErrorStyle allows only stop, warning and information.
      errorStyle: "stop",
      errorTitle: texts.errorTitle,
      error: texts.errorMessage,
      ...(texts.prompt !== undefined
        ? { showInputMessage: true, prompt: texts.prompt, promptTitle: texts.promptTitle }
        : {}),
    });
  }
}

function writeConditionalFormats(ws: Worksheet, sheet: SheetModel, ctx: Context): void {
  sheet.conditionalFormats.forEach((cf, index) => {
    if (cf.kind === "dataBar") {
      ws.addConditionalFormatting({ ref: cf.range, rules: [dataBarRule(cf, index + 1)] });
      return;
    }
    const font = {
      ...(cf.fontColor !== undefined ? { color: { argb: argb(cf.fontColor) } } : {}),
      ...(cf.bold !== undefined ? { bold: cf.bold } : {}),
    };
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          // Model order is priority order: the first rule wins where rules overlap.
          priority: index + 1,
          formulae: [toFileFormula(resolveTokens(cf.formula, ctx.names))],
          style: {
            // A differential fill takes its colour from bgColor (unlike a cell fill's fgColor).
            ...(cf.fill !== undefined
              ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } }
              : {}),
            ...(Object.keys(font).length > 0 ? { font } : {}),
          },
        },
      ],
    });
  });
}

/**
 * A solid data bar from `lower` (or the lowest value) to `upper` (or the highest). A solid bar needs
 * Excel 2010's x14 extension, which ExcelJS writes beside the plain rule when `gradient` is false.
 */
function dataBarRule(bar: DataBarRule, priority: number): ConditionalFormattingRule {
  const bound = (value: number | undefined, automatic: "min" | "max") =>
    value === undefined ? { type: automatic } : { type: "num", value };
  return {
    type: "dataBar",
    priority,
    gradient: false,
    minLength: 0,
    maxLength: 100,
    cfvo: [bound(bar.lower, "min"), bound(bar.upper, "max")],
    color: { argb: argb(bar.color) },
  } as unknown as ConditionalFormattingRule;
}

/** "$6:$6" → "6:6", as ExcelJS's printTitlesRow takes it. */
function printTitleRows(rows: string): string {
  const rect = parseRange(rows);
  return `${rect.top + 1}:${rect.bottom + 1}`;
}

function writePrintSetup(ws: Worksheet, sheet: SheetModel): void {
  const p = sheet.print;
  if (!p) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToPagesWide,
    fitToHeight: p.fitToPagesTall,
    paperSize: 9, // A4 in the SpreadsheetML paper-size table
    ...(p.repeatRows !== undefined ? { printTitlesRow: printTitleRows(p.repeatRows) } : {}),
  };
  // ExcelJS breaks after the row it is called on (a <brk> above the next row), so break after the row before.
  for (const row of p.breaksBefore ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
  // The footer is in Excel's header/footer code syntax (&P = page number), as office.js takes it.
  if (p.centerFooter !== undefined) ws.headerFooter.oddFooter = `&C${p.centerFooter}`;
}
