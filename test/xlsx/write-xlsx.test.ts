/**
 * The .xlsx writer, checked by reading its bytes back: first a hand-made model that uses every feature once,
 * then every layout and formula style buildWorkbook makes, compared with the model cell by cell.
 */
/* eslint-disable office-addins/call-sync-before-read -- these are ExcelJS objects read from a file, not office.js proxies */
import type ExcelJS from "exceljs";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, LAYOUTS, type PlanOptions } from "../../src/plan/options";
import type { CellStyle, SheetModel, WorkbookModel } from "../../src/plan/sheet-model";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { fixtureModel } from "./fixture-model";
import { ecmaColumnWidth, internals, partNames, readPart, readWorkbook, serial } from "./read-back";

describe("writeXlsx on a hand-made model", () => {
  let bytes: Uint8Array;
  let plan: ExcelJS.Worksheet;
  let data: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await writeXlsx(fixtureModel);
    const wb = await readWorkbook(bytes);
    plan = wb.getWorksheet("WRES action plan")!;
    data = wb.getWorksheet("WRES data")!;
  });

  it.each([
    // Text a user typed stays text, even when it looks like a formula.
    ["A1", "=1+1"],
    // A DDE payload must never become a formula (CSV/formula injection).
    ["B1", "=cmd|' /C calc'!A0"],
    ["C1", 0.25],
    ["A2", true],
    // Stored without the leading "=".
    ["B2", { formula: "SUM(C1,1)" }],
    // {{sheet:ID}} becomes the quoted sheet name.
    ["A3", { formula: "'WRES data'!B2*2" }],
    // {{table:ID}} becomes the table name.
    ["B3", { formula: "COUNTA(WRES_Plan[Progress])" }],
    // An Excel 2007 function needs no prefix.
    ["C3", { formula: 'IF(C1>0,"yes","no")' }],
    ["B6", 46000],
  ])("cell %s holds %p", (address, expected) => {
    expect(serial(plan.getCell(address).value)).toEqual(expected);
  });

  it("writes text cells as strings, not formulas", () => {
    expect(plan.getCell("A1").type).toBe(3); // ExcelJS ValueType.String
    expect(plan.getCell("B1").formula).toBeUndefined();
  });

  it("a cell calling a LAMBDA name is a single-cell array formula", () => {
    expect(data.getCell("B2").value).toEqual({ formula: "WRES_DOUBLE(B1)", shareType: "array", ref: "B2" });
  });

  it("applies styles, later ranges winning property by property", () => {
    const a1 = plan.getCell("A1");
    expect(a1.font).toMatchObject({ bold: true, size: 14, color: { argb: "FFFFFFFF" } });
    expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } });
    const c1 = plan.getCell("C1");
    // C1 gets A1:C1's bold and fill plus its own italic, format and alignment.
    expect(c1.font).toMatchObject({ bold: true, italic: true, size: 14 });
    expect(c1.fill).toMatchObject({ fgColor: { argb: "FFFF0000" } });
    expect(c1.numFmt).toBe("0.0%");
    expect(c1.alignment).toMatchObject({ horizontal: "center", vertical: "top", wrapText: true });
    const b6 = plan.getCell("B6");
    expect(b6.numFmt).toBe("dd/mm/yyyy");
    const thin = { style: "thin", color: { argb: "FF000000" } };
    expect(b6.border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
    expect(b6.protection).toMatchObject({ locked: false });
  });

  it.each([
    // 20 characters is stored as 20.7109375, as Excel does.
    ["A", 20.7109375],
    // Excel's default 8.43 characters is stored as 9.140625.
    ["C", 9.140625],
  ])("column %s width is %p", (column, width) => {
    expect(plan.getColumn(column).width).toBe(width);
  });

  it("merges, tab colour, freeze panes", () => {
    expect(internals(plan).model.merges).toEqual(["D1:F1"]);
    expect(plan.properties.tabColor).toEqual({ argb: "FF005EB8" });
    expect(plan.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 5, topLeftCell: "B6" });
  });

  it("writes a real table part with its style, banding and filter buttons", async () => {
    const tables = internals(plan).getTables();
    expect(tables).toHaveLength(1);
    expect(tables[0].name).toBe("WRES_Plan");
    expect(tables[0].table.tableRef).toBe("A5:C7");
    expect(tables[0].table.style).toMatchObject({ theme: "TableStyleMedium2", showRowStripes: true });
    expect(tables[0].table.columns.map((c) => [c.name, c.filterButton])).toEqual([
      ["Action", true],
      ["Due date", true],
      ["Progress", true],
    ]);
    expect(await partNames(bytes)).toContain("xl/tables/table1.xml");
    expect(await readPart(bytes, "xl/worksheets/sheet1.xml")).toMatch(/<tablePart r:id="rId\d+"\/>/);
  });

  it("writes list validations with a stop alert", () => {
    const dv = internals(plan).dataValidations.model;
    for (const address of ["C6", "C7"]) {
      expect(dv[address]).toMatchObject({
        type: "list",
        formulae: ['"Not started,Delivered"'],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Choose a status",
        error: "Pick a status from the list.",
        promptTitle: "Progress",
        prompt: "Choose from the list.",
      });
    }
    expect(dv.A6).toMatchObject({ type: "list", formulae: ["'WRES data'!$A$1:$A$2"], errorStyle: "stop" });
    expect(dv.A6.allowBlank).toBeFalsy();
  });

  it("writes expression conditional formats with their fills, in model order", () => {
    const cfs = internals(plan).conditionalFormattings;
    expect(cfs.map((c) => [c.ref, c.rules[0].type, c.rules[0].formulae[0], c.rules[0].priority])).toEqual([
      ["C6:C7", "expression", '$C6="Delivered"', 1],
      ["B6:B7", "expression", 'AND($B6<>"",$B6<TODAY(),$C6<>"Delivered")', 2],
    ]);
    expect(cfs[0].rules[0].style.fill?.bgColor).toEqual({ argb: "FF0070C0" });
    expect(cfs[0].rules[0].style.font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(cfs[1].rules[0].style.fill?.bgColor).toEqual({ argb: "FFFFC7CE" });
  });

  it("sets up printing for board papers", () => {
    expect(plan.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9, // A4
      printTitlesRow: "5:5",
    });
    expect(plan.headerFooter.oddFooter).toBe("&CPage &P");
  });

  it("writes LAMBDA names with the _xlfn./_xlpm. prefixes Excel stores, and reference names resolved", async () => {
    const workbookXml = (await readPart(bytes, "xl/workbook.xml")) ?? "";
    expect(workbookXml).toContain(
      '<definedName name="WRES_DOUBLE">_xlfn.LAMBDA(_xlpm.x, _xlpm.x*2)</definedName>',
    );
    expect(workbookXml).toContain(
      '<definedName name="WRES_RL">_xlfn.LAMBDA(_xlpm.a, _xlpm.b, IF(_xlpm.b=0, NA(), _xlpm.a/_xlpm.b))</definedName>',
    );
    expect(workbookXml).toContain('<definedName name="WRES_Input">&apos;WRES data&apos;!$B$1</definedName>');
  });

  it("asks Excel and LibreOffice to calculate on open (no cached results are written)", async () => {
    expect(await readPart(bytes, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("skips charts (ExcelJS cannot write them) without failing", async () => {
    expect((await partNames(bytes)).filter((n) => n.includes("chart") || n.includes("drawing"))).toEqual([]);
  });
});

/** The style every cell of a sheet should end up with: formats applied in order, later properties winning. */
function expectedStyles(sheet: SheetModel): Map<string, CellStyle> {
  const map = new Map<string, CellStyle>();
  for (const f of sheet.formats) {
    const [a, b = a] = f.range.split(":");
    const p = /([A-Z]+)(\d+)/.exec(a)!;
    const q = /([A-Z]+)(\d+)/.exec(b)!;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    for (let r = Number(p[2]); r <= Number(q[2]); r++) {
      for (let c = col(p[1]); c <= col(q[1]); c++) {
        const key = `${r},${c}`;
        map.set(key, { ...map.get(key), ...f.style });
      }
    }
  }
  return map;
}

const argbOf = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** In a new file every sheet and table keeps its model name. */
function resolve(formula: string, model: WorkbookModel): string {
  return formula.replace(/\{\{(sheet|table):([A-Za-z0-9_-]+)\}\}/g, (_m, kind: string, id: string) => {
    // Written out here, not taken from src: a sheet name in a formula is quoted, inner apostrophes doubled.
    if (kind === "sheet") return `'${model.sheets.find((s) => s.id === id)!.name.replace(/'/g, "''")}'`;
    return model.sheets.flatMap((s) => s.tables).find((t) => t.id === id)!.name;
  });
}

/** Stored text minus the file-format prefixes, to compare with what a user types. */
const unprefixed = (f: string) => f.replace(/_xlfn\.|_xlpm\./g, "");

const CASES: [string, Partial<PlanOptions>][] = LAYOUTS.flatMap((layout) => [
  [`${layout} WRES native`, { layout, formulaStyle: "native" as const }],
  [`${layout} WRES lambda`, { layout, formulaStyle: "lambda" as const }],
  [`${layout} WDES`, { layout, standard: "WDES" as const }],
]);

describe.each(CASES)("writeXlsx(buildWorkbook(%s)) matches the model", (_label, overrides) => {
  const model = buildWorkbook(
    { ...DEFAULT_PLAN_OPTIONS, organisation: '=HYPERLINK("http://x")', ...overrides },
    { "headcount.white": 3422, "headcount.bme": 2409 },
  );
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(model);
    wb = await readWorkbook(bytes);
  });

  it("has the model's sheets in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
  });

  it.each(model.sheets.map((s) => [s.id, s] as const))(
    "sheet %s: every cell's content and kind",
    (_id, sheet) => {
      const ws = wb.getWorksheet(sheet.name)!;
      let checked = 0;
      for (const block of sheet.blocks) {
        const m = /([A-Z]+)(\d+)/.exec(block.anchor)!;
        const col0 = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        block.rows.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            const got = ws.getCell(Number(m[2]) + r, col0 + c);
            if (got.isMerged && got.master.address !== got.address) return; // a merged cell shows its master's value
            checked++;
            switch (cell.kind) {
              case "text":
                expect({ at: got.address, value: got.value }).toEqual({ at: got.address, value: cell.text });
                break;
              case "number":
                expect({ at: got.address, value: serial(got.value) }).toEqual({
                  at: got.address,
                  value: cell.value,
                });
                break;
              case "boolean":
                expect({ at: got.address, value: got.value }).toEqual({ at: got.address, value: cell.value });
                break;
              case "blank":
                expect({ at: got.address, value: got.value }).toEqual({ at: got.address, value: null });
                break;
              case "formula":
                expect({ at: got.address, formula: unprefixed(got.formula ?? "") }).toEqual({
                  at: got.address,
                  formula: resolve(cell.formula, model).slice(1),
                });
                break;
            }
          }),
        );
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it.each(model.sheets.map((s) => [s.id, s] as const))("sheet %s: formats, widths, merges", (_id, sheet) => {
    const ws = wb.getWorksheet(sheet.name)!;
    for (const [key, style] of expectedStyles(sheet)) {
      const [row, col] = key.split(",").map(Number);
      const cell = ws.getCell(row, col);
      const at = cell.address;
      if (style.numberFormat !== undefined)
        expect({ at, numFmt: cell.numFmt }).toEqual({ at, numFmt: style.numberFormat });
      if (style.bold !== undefined)
        expect({ at, bold: Boolean(cell.font?.bold) }).toEqual({ at, bold: style.bold });
      if (style.fill !== undefined)
        expect({ at, fill: (cell.fill as ExcelJS.FillPattern).fgColor?.argb }).toEqual({
          at,
          fill: argbOf(style.fill),
        });
      if (style.wrap !== undefined)
        expect({ at, wrap: Boolean(cell.alignment?.wrapText) }).toEqual({ at, wrap: style.wrap });
      if (style.locked === false)
        expect({ at, locked: cell.protection?.locked }).toEqual({ at, locked: false });
    }
    for (const c of sheet.columns)
      expect([c.column, ws.getColumn(c.column).width]).toEqual([c.column, ecmaColumnWidth(c.width)]);
    expect([...internals(ws).model.merges].sort()).toEqual([...sheet.merges].sort());
  });

  it.each(model.sheets.map((s) => [s.id, s] as const))(
    "sheet %s: table, validations, conditional formats, freeze, print",
    (_id, sheet) => {
      const ws = wb.getWorksheet(sheet.name)!;
      const tables = internals(ws).getTables();
      expect(tables.map((t) => [t.name, t.table.tableRef, t.table.style.theme])).toEqual(
        sheet.tables.map((t) => [t.name, t.range, t.style]),
      );
      const dv = internals(ws).dataValidations.model;
      for (const v of sheet.validations) {
        const [first] = v.range.split(":");
        const source =
          "values" in v.source ? `"${v.source.values.join(",")}"` : resolve(v.source.formula, model).slice(1);
        expect(dv[first]).toMatchObject({
          type: "list",
          formulae: [source],
          errorStyle: "stop",
          error: v.errorMessage,
        });
      }
      const cfs = internals(ws).conditionalFormattings;
      expect(
        cfs.map((c) => [c.ref, unprefixed(c.rules[0].formulae[0]), c.rules[0].style.fill?.bgColor?.argb]),
      ).toEqual(
        sheet.conditionalFormats.map((c) =>
          c.kind === "dataBar"
            ? [c.range, undefined, undefined]
            : [c.range, resolve(c.formula, model).slice(1), c.fill && argbOf(c.fill)],
        ),
      );
      if (sheet.freeze)
        expect(ws.views[0]).toMatchObject({
          state: "frozen",
          xSplit: sheet.freeze.columns,
          ySplit: sheet.freeze.rows,
        });
      if (sheet.print) {
        expect(ws.pageSetup).toMatchObject({
          orientation: sheet.print.orientation,
          fitToPage: true,
          fitToWidth: sheet.print.fitToPagesWide,
          fitToHeight: sheet.print.fitToPagesTall,
          paperSize: 9,
        });
        if (sheet.print.repeatRows)
          expect(ws.pageSetup.printTitlesRow).toBe(sheet.print.repeatRows.replace(/\$/g, ""));
      }
    },
  );

  it("writes every defined name", async () => {
    const xml = (await readPart(bytes, "xl/workbook.xml")) ?? "";
    const written = [...xml.matchAll(/<definedName name="([^"]+)">([^<]*)<\/definedName>/g)].map((m) => [
      m[1],
      unprefixed(
        m[2]
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&"),
      ),
    ]);
    expect(written).toEqual(model.names.map((n) => [n.name, resolve(n.formula, model).slice(1)]));
  });
});

describe("table headers Excel would reject", () => {
  it("numbers blank and repeated headers as Excel does, so the file needs no repair", async () => {
    // A blank header becomes ColumnN and a repeated one gets a number, exactly as Excel renames them.
    const sheet = fixtureModel.sheets[1];
    const model: WorkbookModel = {
      sheets: [
        {
          ...sheet,
          blocks: [
            {
              anchor: "A1",
              rows: [
                [{ kind: "text", text: "Lead" }, { kind: "blank" }, { kind: "text", text: "lead" }],
                [
                  { kind: "number", value: 1 },
                  { kind: "number", value: 2 },
                  { kind: "number", value: 3 },
                ],
              ],
            },
          ],
          tables: [
            {
              id: "t",
              name: "T",
              range: "A1:C2",
              style: "TableStyleLight9",
              bandedRows: false,
              filterButtons: false,
            },
          ],
        },
      ],
      names: [],
    };
    const ws = (await readWorkbook(await writeXlsx(model))).worksheets[0];
    const table = internals(ws).getTables()[0].table;
    expect(table.columns.map((c) => [c.name, c.filterButton])).toEqual([
      ["Lead", false],
      ["Column2", false],
      ["lead2", false],
    ]);
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("C1").value]).toEqual([
      "Lead",
      "Column2",
      "lead2",
    ]);
    expect(table.style.showRowStripes).toBe(false);
  });
});
