/**
 * The History in an .xlsx after three roll-forwards from files (each year's file written, reopened with
 * ExcelJS and rolled forward, as make-plan --from and the pane's upload do): the earlier years' rows are
 * carried into each new History exactly as they were, and every indicator's figures carry in-cell data bars
 * over that indicator's own years (the .xlsx has no charts: those are drawn inside Excel).
 */
/* eslint-disable office-addins/call-sync-before-read -- these are ExcelJS objects read from a file, not office.js proxies */
import { parseRange, refAddress, rangeAddress } from "../../src/plan/a1";
import { WRES_HEADLINES } from "../../src/plan/headline-figures";
import { nextYearFile } from "../../src/xlsx/next-year-file";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { ROUND_YEAR, filledPlan, sampleInputs } from "../plan/support/filled-plan";
import { internals, readPart, readWorkbook } from "./read-back";

jest.setTimeout(120_000);

type Row = Record<string, string | number | null>;

/** The History table's rows, header → value, with their 1-based sheet rows. */
async function historyRows(bytes: Uint8Array, sheet: string): Promise<{ row: number; cells: Row }[]> {
  const ws = (await readWorkbook(bytes)).getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const [table] = internals(ws).getTables();
  const rect = parseRange(table.table.tableRef);
  const headers = table.table.columns.map((c) => c.name);
  const rows = [];
  for (let r = rect.top + 1; r <= rect.bottom; r++) {
    const cells: Row = {};
    headers.forEach((h, i) => {
      const v = ws.getCell(refAddress({ row: r, column: rect.left + i })).value;
      // The change column is a formula: its text, not its cached result, is what must be carried.
      cells[h] =
        typeof v === "string" || typeof v === "number"
          ? v
          : v && typeof v === "object" && "formula" in v
            ? `=${String(v.formula)}`
            : null;
    });
    rows.push({ row: r + 1, cells });
  }
  return rows;
}

/** The worksheet part of the sheet called `name`, by workbook.xml and its relationships. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const workbook = (await readPart(bytes, "xl/workbook.xml"))!;
  const rels = (await readPart(bytes, "xl/_rels/workbook.xml.rels"))!;
  const sheet = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].find(
    (m) => m[1] === name,
  );
  if (!sheet) throw new Error(`no sheet ${name} in workbook.xml`);
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no relationship ${sheet[2]}`);
  return (await readPart(bytes, `xl/${target.replace(/^\/?xl\//, "")}`))!;
}

const thisYear = (inputs: Record<string, number>) =>
  Object.fromEntries(Object.entries(inputs).filter(([k]) => !k.startsWith("prev.")));

describe("the History through three roll-forwards of .xlsx files", () => {
  const files: Uint8Array[] = [];

  beforeAll(async () => {
    files.push(await writeXlsx(filledPlan("metric-led", "WRES").model));
    const counts = [ROUND_YEAR, thisYear(sampleInputs()), {}];
    for (const inputs of counts) {
      const made = await nextYearFile(files[files.length - 1], { standard: "WRES", inputs });
      if (!made.ok) throw new Error(made.message);
      files.push(made.bytes);
    }
  });

  it("carries the earlier years' rows into each new History exactly as they were", async () => {
    const to = (through: string, i: number) => historyRows(files[i], `WRES history to ${through}`);
    const [first, second, third] = [await to("2025-26", 1), await to("2026-27", 2), await to("2027-28", 3)];
    expect([first.length, second.length, third.length]).toEqual([9, 18, 27]);
    const byYear = (rows: { cells: Row }[], years: string[]) =>
      rows
        .filter((r) => years.includes(String(r.cells.Year)))
        .map((r) => [r.cells.Indicator, r.cells.Year, r.cells.Figure]);
    expect(byYear(second, ["2025-26"])).toEqual(byYear(first, ["2025-26"]));
    expect(byYear(third, ["2025-26", "2026-27"])).toEqual(byYear(second, ["2025-26", "2026-27"]));
  });

  it("gives each indicator's figures in-cell data bars over its own years, and draws no chart", async () => {
    const sheet = "WRES history to 2027-28";
    const rows = await historyRows(files[3], sheet);
    const xml = await sheetXml(files[3], sheet);
    const formatted = [
      ...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g),
    ];
    const bars = formatted.filter((m) => /<cfRule type="dataBar"/.test(m[2])).map((m) => m[1]);
    const figureColumn = 1 + Object.keys(rows[0].cells).indexOf("Figure");
    const expected = WRES_HEADLINES.map((h) => {
      const own = rows.filter((r) => r.cells.Indicator === h.indicator).map((r) => r.row);
      expect({ n: h.indicator, years: own.length }).toEqual({ n: h.indicator, years: 3 });
      return rangeAddress(figureColumn, own[0], figureColumn, own[own.length - 1]);
    });
    expect(bars).toEqual(expected);
    // The .xlsx writer draws no charts: no drawing part on the sheet.
    expect(xml).not.toMatch(/<drawing /);
  });
});
