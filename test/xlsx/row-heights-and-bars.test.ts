/**
 * The .xlsx writer keeps the model's row heights, hidden columns and page breaks, and writes its data bars as
 * solid Excel data bars.
 */
import { num, text } from "../../src/plan/cells";
import type { SheetModel, WorkbookModel } from "../../src/plan/sheet-model";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { readPart, readWorkbook } from "./read-back";

const sheet: SheetModel = {
  id: "s",
  role: "dashboard",
  name: "Bars",
  blocks: [
    {
      anchor: "A1",
      rows: [
        [text("Status"), text("Actions")],
        [text("Red"), num(3)],
        [text("Blue"), num(7)],
      ],
    },
  ],
  formats: [],
  columns: [{ column: "C", width: 10, hidden: true }],
  rowHeights: [
    { row: 1, height: 32 },
    { row: 3, height: 47 },
  ],
  merges: [],
  tables: [],
  validations: [],
  conditionalFormats: [
    { kind: "dataBar", range: "B2:B3", color: "#0070C0", lower: 0, description: "actions by status" },
    { kind: "dataBar", range: "C2:C3", color: "#C00000", description: "automatic bounds" },
  ],
  print: {
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    paperSize: "A4",
    repeatRows: "$1:$1",
    breaksBefore: [3],
  },
  charts: [],
  inputs: {},
  outputs: {},
};
const model: WorkbookModel = { sheets: [sheet], names: [] };

describe("row heights and data bars in the .xlsx", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(model);
  });

  it("writes each row's height in points, marked custom so it is kept", async () => {
    const ws = (await readWorkbook(bytes)).getWorksheet("Bars")!;
    expect([1, 2, 3].map((r) => ws.getRow(r).height)).toEqual([32, undefined, 47]);
    const xml = (await readPart(bytes, "xl/worksheets/sheet1.xml"))!;
    expect(xml).toMatch(/<row r="1"[^>]*ht="32"[^>]*customHeight="1"/);
  });

  it("writes a data bar rule with the model's bounds and colour", async () => {
    const xml = (await readPart(bytes, "xl/worksheets/sheet1.xml"))!;
    const rules = [
      ...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g),
    ];
    expect(rules.map((m) => m[1])).toEqual(["B2:B3", "C2:C3"]);
    expect(rules[0][2]).toMatch(/<cfRule type="dataBar"/);
    expect(rules[0][2]).toMatch(/<cfvo type="num" val="0"\/>\s*<cfvo type="max"\/>/);
    expect(rules[0][2]).toMatch(/<color rgb="FF0070C0"\/>/);
    expect(rules[1][2]).toMatch(/<cfvo type="min"\/>\s*<cfvo type="max"\/>/);
    // Solid (not gradient) bars are Excel 2010's extension, which Excel reads beside the plain rule.
    expect(xml).toMatch(/<x14:dataBar[^>]*gradient="0"/);
  });

  it("hides hidden columns and breaks the page above each row that starts one", async () => {
    const xml = (await readPart(bytes, "xl/worksheets/sheet1.xml"))!;
    expect(xml).toMatch(/<col min="3" max="3"[^>]*hidden="1"/);
    // A break id is the zero-based row it falls above: above row 3 is id 2.
    expect(xml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="2"[^>]*man="1"\/><\/rowBreaks>/);
    const workbookXml = (await readPart(bytes, "xl/workbook.xml"))!;
    expect(workbookXml).toContain("_xlnm.Print_Titles");
    expect(workbookXml).toContain("&apos;Bars&apos;!$1:$1");
  });
});
