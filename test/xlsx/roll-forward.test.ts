/**
 * Next year's plan from a saved .xlsx, on every layout × standard: last year's filled plan is written to a
 * file, read back with ExcelJS, rolled forward and written again; the new file, reopened, carries every
 * undelivered action with its fields, lists the delivered ones, has last year's current-year inputs as its
 * previous-year inputs; last year's file is byte for byte what it was. Refusals write nothing.
 */
/* eslint-disable office-addins/call-sync-before-read -- these are ExcelJS objects read from a file, not office.js proxies */
import type ExcelJS from "exceljs";
import { parseRange, refAddress } from "../../src/plan/a1";
import { buildDataSheet } from "../../src/plan/data-sheet";
import { LAYOUTS, STANDARDS } from "../../src/plan/options";
import { nextYearFile } from "../../src/xlsx/next-year-file";
import { readWorkbookSnapshot, UnreadableWorkbookError } from "../../src/xlsx/read-workbook";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { expectRolledForward, filledPlan } from "../plan/support/filled-plan";
import { sampleTrust } from "../support/sample-trust";
import { internals, readWorkbook, serial } from "./read-back";

const CASES = LAYOUTS.flatMap((layout) => STANDARDS.map((standard) => [layout, standard] as const));
type Value = string | number | null;

function valueOf(ws: ExcelJS.Worksheet, address: string): Value {
  const v = serial(ws.getCell(address).value);
  return typeof v === "string" || typeof v === "number" ? v : null;
}

/** The rows of the sheet's one table, as header → value, read straight from the reopened file. */
function tableRows(wb: ExcelJS.Workbook, sheet: string): Record<string, Value>[] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const [table] = internals(ws).getTables();
  const rect = parseRange(table.table.tableRef);
  const headers = table.table.columns.map((c) => c.name);
  const rows = [];
  for (let r = rect.top + 1; r <= rect.bottom; r++)
    rows.push(
      Object.fromEntries(
        headers.map((h, i) => [h, valueOf(ws, refAddress({ row: r, column: rect.left + i }))]),
      ),
    );
  return rows;
}

describe.each(CASES)("%s %s plan rolled forward through .xlsx files", (layout, standard) => {
  it("carries, records and fills as issue 12 asks; last year's file is untouched", async () => {
    const filled = filledPlan(layout, standard);
    const lastYear = await writeXlsx(filled.model);
    const copy = Buffer.from(lastYear);

    const made = await nextYearFile(lastYear, { standard });
    if (!made.ok) throw new Error(made.message);
    expect(Buffer.compare(Buffer.from(lastYear), copy)).toBe(0);
    expect(made.fileName).toBe(`${standard} action plan 2026-27.xlsx`);

    const wb = await readWorkbook(made.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      `${standard} plan 2026-27`,
      ...(standard === "WRES" ? ["WRES data 2026-27"] : []),
      `${standard} delivered 2025-26`,
      ...(standard === "WRES" ? ["WRES history to 2025-26"] : []),
    ]);
    expectRolledForward(
      filled,
      layout,
      tableRows(wb, `${standard} plan 2026-27`),
      tableRows(wb, `${standard} delivered 2025-26`),
    );

    if (standard === "WRES") {
      const data = wb.getWorksheet("WRES data 2026-27")!;
      const layoutOfData = buildDataSheet({ ...filled.options, period: "2026-27" }).sheet;
      for (const [key, typed] of Object.entries(filled.inputs).filter(([k]) => !k.startsWith("prev."))) {
        expect({ key, cell: valueOf(data, layoutOfData.inputs[`prev.${key}`]) }).toEqual({
          key,
          cell: typed,
        });
      }
      const history = tableRows(wb, "WRES history to 2025-26");
      expect(history.find((r) => r.Indicator === 4)?.Figure).toBeCloseTo(
        sampleTrust.indicators["4_training_rl"],
        15,
      );
    }
  });
});

describe("refusals from a file", () => {
  it("a workbook without a plan, one with its table deleted, and one of the other standard", async () => {
    const empty = await writeXlsx({
      sheets: [
        {
          ...filledPlan("metric-led", "WDES").model.sheets[0],
          id: "x",
          name: "Staff list",
          tables: [],
          blocks: [{ anchor: "A1", rows: [[{ kind: "text", text: "Name" }]] }],
          validations: [],
          conditionalFormats: [],
        },
      ],
      names: [],
    });
    expect(await nextYearFile(empty)).toEqual({
      ok: false,
      message: expect.stringMatching(/^This workbook holds no action plan/),
    });

    const wres = filledPlan("theme-led", "WRES").model;
    const noTable = await writeXlsx({
      ...wres,
      sheets: wres.sheets.map((s) => (s.id === "plan" ? { ...s, tables: [] } : s)),
    });
    expect(await nextYearFile(noTable)).toEqual({
      ok: false,
      message: expect.stringMatching(/^The sheet “WRES plan 2025-26” has an action plan's headers in row 6/),
    });

    const wdes = await writeXlsx(filledPlan("objective-led", "WDES").model);
    expect(await nextYearFile(wdes, { standard: "WRES" })).toEqual({
      ok: false,
      message: expect.stringMatching(/^This workbook's plan is a WDES plan/),
    });
  });

  it("a file that is not a workbook", async () => {
    await expect(readWorkbookSnapshot(new TextEncoder().encode("Name,Band\nA,5\n"))).rejects.toThrow(
      UnreadableWorkbookError,
    );
  });
});
