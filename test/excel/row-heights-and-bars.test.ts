/** The office.js writer sets the model's row heights and data bars in the same batch as everything else. */
import { applyWorkbook } from "../../src/excel/apply-workbook";
import { num, text } from "../../src/plan/cells";
import type { SheetModel, WorkbookModel } from "../../src/plan/sheet-model";
import { FakeOffice } from "./fake-excel";

const sheet = (over: Partial<SheetModel> = {}): SheetModel => ({
  id: "s",
  role: "dashboard",
  name: "Bars",
  blocks: [
    {
      anchor: "A1",
      rows: [
        [text("Status"), text("Actions")],
        [text("Red"), num(3)],
      ],
    },
  ],
  formats: [],
  columns: [],
  rowHeights: [
    { row: 1, height: 32 },
    { row: 2, height: 47 },
  ],
  merges: [],
  tables: [],
  validations: [],
  conditionalFormats: [
    { kind: "dataBar", range: "B2:B3", color: "#0070C0", lower: 0, description: "actions by status" },
  ],
  charts: [],
  inputs: {},
  outputs: {},
  ...over,
});

async function apply(model: WorkbookModel) {
  const office = new FakeOffice({});
  const remove = office.install();
  try {
    const report = await applyWorkbook(model);
    return { office, report };
  } finally {
    remove();
  }
}

describe("row heights and data bars through office.js", () => {
  it("sets every row height and a solid data bar, still in two syncs", async () => {
    const { office } = await apply({ sheets: [sheet()], names: [] });
    const state = office.state.findSheet("Bars")!;
    expect(state.rowHeights).toEqual({ 1: 32, 2: 47 });
    expect(state.conditionalFormats).toEqual([
      {
        address: "B2:B3",
        type: "DataBar",
        dataBar: {
          fillColor: "#0070C0",
          gradientFill: false,
          lowerBoundRule: { type: "Number", formula: "0" },
          upperBoundRule: { type: "HighestValue" },
        },
      },
    ]);
    expect(office.state.syncsPerRun).toEqual([2]);
  });

  it("fails the batch on a row taller than Excel allows, as Excel does", async () => {
    await expect(
      apply({ sheets: [sheet({ rowHeights: [{ row: 1, height: 500 }] })], names: [] }),
    ).rejects.toThrow();
  });

  it("hides chart-data columns, plots them anyway, and breaks pages above the given rows", async () => {
    const { office } = await apply({
      sheets: [
        sheet({
          columns: [{ column: "C", width: 10, hidden: true }],
          print: {
            orientation: "landscape",
            fitToPagesWide: 1,
            fitToPagesTall: 0,
            paperSize: "A4",
            breaksBefore: [3],
          },
          charts: [
            {
              id: "c",
              type: "column",
              title: "Bars",
              dataRange: "A1:B2",
              seriesBy: "columns",
              anchor: "E1",
              widthColumns: 4,
              heightRows: 8,
              plotsHiddenCells: true,
            },
          ],
        }),
      ],
      names: [],
    });
    const state = office.state.findSheet("Bars")!;
    expect([...state.hiddenColumns]).toEqual(["C"]);
    expect(state.pageLayout.rowBreaks).toEqual([3]);
    expect(state.charts[0].plotVisibleOnly).toBe(false);
  });
});
