/**
 * Three years of "Start next year's plan" in one workbook in the Excel fake, as a user lives them: each year
 * the pane's own service (create-services.ts → startNextYearInExcel) writes next year's sheets beside the
 * last, and the user types that year's counts into the new data sheet before the next roll-forward. Every
 * sheet there before each roll-forward (last year's, and the years before) is exactly as it was; the History
 * ends with three years of figures (expected.json's and the hand-worked year's) and one line chart per
 * indicator over its own years.
 */
import "./fake-excel-analysis";
import "./fake-excel-cell-properties";
import { applyWorkbook } from "../../src/excel/apply-workbook";
import { findPlansInExcel } from "../../src/excel/roll-forward";
import { parseCell, rectAddress } from "../../src/plan/a1";
import { buildDataSheet } from "../../src/plan/data-sheet";
import { WRES_HEADLINES } from "../../src/plan/headline-figures";
import { createServices } from "../../src/taskpane/create-services";
import {
  ORGANISATION,
  ROUND_YEAR,
  ROUND_YEAR_FIGURES,
  filledPlan,
  sampleInputs,
  SAMPLE_YEAR_FIGURES,
  type FilledPlan,
} from "../plan/support/filled-plan";
import { FakeOffice } from "./fake-excel";
import { cellValue as value, tableRowsAt as tableRows } from "./fake-table-rows";

/** The user types this year's counts into the data sheet's current-year input cells. */
function typeCounts(office: FakeOffice, filled: FilledPlan, period: string, counts: Record<string, number>) {
  const inputs = buildDataSheet({ ...filled.options, period }).sheet.inputs;
  for (const [key, n] of Object.entries(counts)) {
    if (key.startsWith("prev.")) continue;
    office.state.seed(`WRES data ${period}`, inputs[key], [[n]]);
  }
}

const sample = sampleInputs();

describe("three years of Start next year's plan in one workbook", () => {
  const office = new FakeOffice();
  let remove: () => void = () => undefined;
  // Named LAMBDA formulas, so the workbook has defined names that each roll-forward must leave as they are.
  const filled = filledPlan("metric-led", "WRES", "2025-26", ORGANISATION, "lambda");
  /** Each roll-forward: the sheets there before, and whether each was unchanged by it. */
  const untouched: { to: string; changed: string[]; count: number }[] = [];
  const namesKept: { to: string; count: number; changed: string[] }[] = [];

  beforeAll(async () => {
    remove = office.install();
    await applyWorkbook(filled.model);
    const services = createServices();
    const state = office.state;
    // This year's counts as the user types them once each new data sheet exists: none for 2025-26's
    // successor until the roll-forward, then the hand-worked year, then the sample trust again.
    const typed: [string, Record<string, number>][] = [
      ["2026-27", ROUND_YEAR],
      ["2027-28", sample],
    ];
    for (const [i, to] of ["2026-27", "2027-28", "2028-29"].entries()) {
      const before = new Map(state.sheets.map((s) => [s.name, JSON.stringify(state.snapshot(s.name))]));
      const names = new Map(state.names.map((n) => [n.name, JSON.stringify(n)]));
      const created = await services.startNextYear("WRES");
      expect(created.period).toBe(to);
      untouched.push({
        to,
        count: before.size,
        changed: [...before]
          .filter(([name, json]) => JSON.stringify(state.snapshot(name)) !== json)
          .map(([n]) => n),
      });
      namesKept.push({
        to,
        count: names.size,
        changed: [...names]
          .filter(([name, json]) => JSON.stringify(state.names.find((n) => n.name === name)) !== json)
          .map(([n]) => n),
      });
      if (typed[i]) typeCounts(office, filled, typed[i][0], typed[i][1]);
    }
  });
  afterAll(() => remove());

  it("never changes a sheet or name that was there before a roll-forward", () => {
    // 2025-26: Sheet1, plan and data; each roll-forward adds plan, data, delivered (the first only) and History.
    expect(untouched).toEqual([
      { to: "2026-27", count: 3, changed: [] },
      { to: "2027-28", count: 7, changed: [] },
      { to: "2028-29", count: 10, changed: [] },
    ]);
    expect(namesKept.map((n) => n.count > 0 && n.changed)).toEqual([[], [], []]);
  });

  it("finds the 2028-29 plan as the one to start from next", async () => {
    expect((await findPlansInExcel()).map((p) => p.period)).toEqual(["2028-29"]);
  });

  it("keeps three years of every indicator in the History, with the figures of each year's counts", () => {
    const rows = tableRows(office.state, "WRES history to 2027-28");
    expect(rows).toHaveLength(27);
    for (const h of WRES_HEADLINES) {
      const own = rows.filter((r) => r.cells.Indicator === h.indicator);
      expect({ n: h.indicator, years: own.map((r) => r.cells.Year) }).toEqual({
        n: h.indicator,
        years: ["2025-26", "2026-27", "2027-28"],
      });
      const figures = own.map((r) => r.cells.Figure as number);
      expect(figures[0]).toBeCloseTo(SAMPLE_YEAR_FIGURES[h.indicator], 12);
      expect(figures[1]).toBeCloseTo(ROUND_YEAR_FIGURES[h.indicator], 12);
      expect(figures[2]).toBeCloseTo(SAMPLE_YEAR_FIGURES[h.indicator], 12);
    }
  });

  it.each([
    ["WRES history to 2026-27", 2],
    ["WRES history to 2027-28", 3],
  ])("%s: one line chart per indicator over its %i years, the years as categories", (sheet, years) => {
    const rows = tableRows(office.state, sheet);
    const charts = office.state.sheet(sheet).charts;
    expect(charts).toHaveLength(9);
    const table = office.state.tables.find((t) => t.sheet.name === sheet)!;
    for (const h of WRES_HEADLINES) {
      const own = rows.filter((r) => r.cells.Indicator === h.indicator).map((r) => r.row);
      const yearColumn = table.rect.left + 2;
      const expectedSource = rectAddress({
        top: own[0],
        bottom: own[own.length - 1],
        left: yearColumn,
        right: yearColumn + 1,
      });
      const chart = charts.find((c) => c.title?.startsWith(`Indicator ${h.indicator}:`));
      expect({ n: h.indicator, type: chart?.type, source: chart?.source, layout: chart?.layout }).toEqual({
        n: h.indicator,
        type: "Line",
        source: expectedSource,
        layout: expect.objectContaining({ categoriesInFirst: true, seriesCount: 1, pointCount: years }),
      });
    }
    // Every indicator has its chart, so the sheet no longer says one is to come.
    expect(value(office.state, sheet, "A2")).not.toMatch(/chart/);
    // No two charts drawn over each other: each starts below the one before.
    const starts = charts.map((c) => parseCell(c.position!.start).row);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(charts.length);
    // And none over the table.
    expect(charts.every((c) => parseCell(c.position!.start).column > table.rect.right)).toBe(true);
  });

  it("fills 2028-29's previous-year inputs with what was typed into 2027-28's data sheet", () => {
    const inputs = buildDataSheet({ ...filled.options, period: "2028-29" }).sheet.inputs;
    for (const [key, n] of Object.entries(sample).filter(([k]) => !k.startsWith("prev.")))
      expect({ key, cell: value(office.state, "WRES data 2028-29", inputs[`prev.${key}`]) }).toEqual({
        key,
        cell: n,
      });
  });

  it("carries the undelivered actions every year, each year's note in front of the last", () => {
    const rows = tableRows(office.state, "WRES plan 2028-29");
    const row = rows.find(
      (r) => r.cells["Action required"] === "[1.1] Targeted recruitment for Band 6 and above",
    );
    expect(row?.cells["Rationale / intended outcome"]).toBe(
      "Carried over from 2027-28. Carried over from 2026-27. Carried over from 2025-26. Address under-representation in senior bands",
    );
    // Delivered once, listed once: only 2025-26 had delivered actions.
    expect(office.state.sheets.map((s) => s.name).filter((n) => n.includes("delivered"))).toEqual([
      "WRES delivered 2025-26",
    ]);
  });
});
