/** A small hand-made plan: every feature of the sheet model once, so the writer test covers each. */
import type { WorkbookModel } from "../../src/plan/sheet-model";

export const fixtureModel: WorkbookModel = {
  sheets: [
    {
      id: "plan",
      role: "plan",
      name: "WRES action plan",
      tabColor: "#005EB8",
      blocks: [
        {
          anchor: "A1",
          rows: [
            [
              { kind: "text", text: "=1+1" },
              { kind: "text", text: "=cmd|' /C calc'!A0" },
              { kind: "number", value: 0.25 },
            ],
            [{ kind: "boolean", value: true }, { kind: "formula", formula: "=SUM(C1,1)" }, { kind: "blank" }],
            [
              { kind: "formula", formula: "={{sheet:data}}!B2*2" },
              { kind: "formula", formula: "=COUNTA({{table:plan}}[Progress])" },
              { kind: "formula", formula: '=IF(C1>0,"yes","no")' },
            ],
          ],
        },
        {
          anchor: "A5",
          rows: [
            [
              { kind: "text", text: "Action" },
              { kind: "text", text: "Due date" },
              { kind: "text", text: "Progress" },
            ],
            [{ kind: "text", text: "[1.1]" }, { kind: "number", value: 46000 }, { kind: "blank" }],
            [{ kind: "text", text: "[1.2]" }, { kind: "blank" }, { kind: "text", text: "Delivered" }],
          ],
        },
      ],
      formats: [
        { range: "A1:C1", style: { bold: true, fill: "#FF0000", fontColor: "#FFFFFF", fontSize: 14 } },
        {
          range: "C1",
          style: { numberFormat: "0.0%", horizontal: "center", vertical: "top", wrap: true, italic: true },
        },
        { range: "B6:B7", style: { numberFormat: "dd/mm/yyyy", border: "#000000", locked: false } },
      ],
      columns: [
        { column: "A", width: 20 },
        { column: "C", width: 8.43 },
      ],
      merges: ["D1:F1"],
      tables: [
        {
          id: "plan",
          name: "WRES_Plan",
          range: "A5:C7",
          style: "TableStyleMedium2",
          bandedRows: true,
          filterButtons: true,
        },
      ],
      validations: [
        {
          range: "C6:C7",
          source: { values: ["Not started", "Delivered"] },
          allowBlank: true,
          errorTitle: "Choose a status",
          errorMessage: "Pick a status from the list.",
          promptTitle: "Progress",
          prompt: "Choose from the list.",
        },
        {
          range: "A6:A7",
          source: { formula: "={{sheet:data}}!$A$1:$A$2" },
          allowBlank: false,
          errorTitle: "T",
          errorMessage: "M",
        },
      ],
      conditionalFormats: [
        {
          range: "C6:C7",
          formula: '=$C6="Delivered"',
          fill: "#0070C0",
          fontColor: "#FFFFFF",
          bold: true,
          description: "status = Delivered",
        },
        {
          range: "B6:B7",
          formula: '=AND($B6<>"",$B6<TODAY(),$C6<>"Delivered")',
          fill: "#FFC7CE",
          description: "overdue",
        },
      ],
      freeze: { rows: 5, columns: 1 },
      print: {
        orientation: "landscape",
        fitToPagesWide: 1,
        fitToPagesTall: 0,
        repeatRows: "$5:$5",
        paperSize: "A4",
        centerFooter: "Page &P",
      },
      charts: [
        {
          id: "c",
          type: "bar",
          title: "Chart",
          dataRange: "A5:C7",
          seriesBy: "columns",
          anchor: "H2",
          widthColumns: 6,
          heightRows: 10,
        },
      ],
      inputs: {},
      outputs: {},
    },
    {
      id: "data",
      role: "data",
      name: "WRES data",
      blocks: [
        {
          anchor: "A1",
          rows: [
            [
              { kind: "text", text: "a" },
              { kind: "number", value: 3 },
            ],
            [
              { kind: "text", text: "b" },
              { kind: "formula", formula: "=WRES_DOUBLE(B1)" },
            ],
          ],
        },
      ],
      formats: [],
      columns: [],
      merges: [],
      tables: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      inputs: { "headcount.white": "B1" },
      outputs: {},
    },
  ],
  names: [
    { name: "WRES_DOUBLE", formula: "=LAMBDA(x, x*2)", comment: "Doubles." },
    { name: "WRES_RL", formula: "=LAMBDA(a, b, IF(b=0, NA(), a/b))", comment: "Ratio." },
    { name: "WRES_Input", formula: "={{sheet:data}}!$B$1", comment: "An input cell." },
  ],
};
