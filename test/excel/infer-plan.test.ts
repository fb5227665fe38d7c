/**
 * Finding the plan that goes with a data sheet, read by its headers from what the fake Excel workbook holds:
 * any layout, a second plan beside the first, a plan the user added rows to, and the notes when there is
 * none to build a dashboard over.
 */
import { createPlanInExcel } from "../../src/excel/excel-services";
import { findPlan, optionsFor, periodOf, plansToRead } from "../../src/excel/infer-plan";
import { queueSnapshotReads } from "../../src/excel/read-snapshot";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, type Layout, type PlanOptions } from "../../src/plan/options";
import { FakeOffice } from "./fake-excel";
import "./fake-excel-analysis";
import "./fake-excel-cell-properties";

let office: FakeOffice;
let remove: () => void;
beforeEach(() => {
  office = new FakeOffice({ sheets: ["Sheet1"] });
  remove = office.install();
});
afterEach(() => remove());

const plan = (layout: Layout, actionsPerIndicator: number, period = "2025-26"): PlanOptions => ({
  ...DEFAULT_PLAN_OPTIONS,
  organisation: "Sample Trust",
  layout,
  actionsPerIndicator,
  period,
});

/** What Analyse data reads of the workbook in its first two syncs, then the plan it finds for `dataSheet`. */
async function find(dataSheet: string) {
  return office.excel.run(async (context) => {
    const ctx = context as unknown as Excel.RequestContext;
    const sheets = ctx.workbook.worksheets.load("items/name");
    const tables = ctx.workbook.tables.load("items/name, items/worksheet/name, items/columns/items/name");
    await ctx.sync();
    const listing = {
      sheets: sheets.items.map((s) => s.name),
      tables: tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
        headers: t.columns.items.map((c) => c.name),
      })),
    };
    const snapshotOf = queueSnapshotReads(ctx, plansToRead(listing, true));
    await ctx.sync();
    return findPlan(snapshotOf(listing), dataSheet);
  });
}

describe("findPlan", () => {
  // Every layout, with no actions, the default and an unusual number: the cells found are the builder's own.
  it.each([
    ["metric-led", 3],
    ["objective-led", 0],
    ["theme-led", 7],
  ] as const)("finds a %s plan with %d actions per indicator, and its cells", async (layout, actions) => {
    await createPlanInExcel(plan(layout, actions));
    const found = await find("WRES data 2025-26");
    if (!("plan" in found)) throw new Error(found.note);
    expect(found.plan.layout).toBe(layout);
    expect(found.plan.sheet).toBe("WRES plan 2025-26");
    expect(found.plan.cells).toEqual(buildWorkbook(plan(layout, actions)).cells.plan);
  });

  it("pairs a second plan's data sheet with the second plan, whose formulas read it", async () => {
    await createPlanInExcel(plan("metric-led", 3));
    await createPlanInExcel(plan("theme-led", 2));
    expect(await find("WRES data 2025-26 (2)")).toMatchObject({
      plan: { sheet: "WRES plan 2025-26 (2)", layout: "theme-led" },
    });
    expect(await find("WRES data 2025-26")).toMatchObject({
      plan: { sheet: "WRES plan 2025-26", layout: "metric-led" },
    });
  });

  // A user who added five action rows to the table: the plan is still found (it used to be matched by its
  // row count), and the Status column its dashboard counts ends five rows lower.
  it("finds a plan the user added rows to, with its Status column to the new last row", async () => {
    await createPlanInExcel(plan("metric-led", 3));
    const i = office.state.tables.findIndex((t) => t.sheet.name === "WRES plan 2025-26");
    const t = office.state.tables[i];
    office.state.tables[i] = { ...t, rect: { ...t.rect, bottom: t.rect.bottom + 5 } };
    const found = await find("WRES data 2025-26");
    if (!("plan" in found)) throw new Error(found.note);
    const built = buildWorkbook(plan("metric-led", 3)).cells.plan;
    expect(found.plan.cells.status.last).toEqual({ ...built.status.last, row: built.status.last.row + 5 });
  });

  it("says why there is no dashboard when no plan reads the data sheet", async () => {
    expect(await find("WRES data 2025-26")).toEqual({
      note: "No dashboard: this workbook holds no WRES plan table.",
    });
    await createPlanInExcel(plan("metric-led", 3, "2024-25"));
    expect(await find("WRES data 2025-26")).toEqual({
      note: "No dashboard: no plan in this workbook reads “WRES data 2025-26” (the plan on “WRES plan 2024-25” reads “WRES data 2024-25”).",
    });
  });
});

describe("periods from sheet names", () => {
  it.each([
    ["WRES data 2025-26", "2025-26"],
    ["WRES data 2024-25 (2)", "2024-25"],
    ["WRES data 2025-27", undefined], // not a period: the years must follow each other
    ["My data", undefined],
  ])("periodOf(%s) is %s", (name, period) => {
    expect(periodOf(name)).toBe(period);
  });

  it("uses the given options as they are, else the defaults with the sheet's period", () => {
    const given = plan("theme-led", 5, "2023-24");
    expect(optionsFor("WRES data 2025-26", given)).toBe(given);
    expect(optionsFor("WRES data 2022-23").period).toBe("2022-23");
    expect(optionsFor("Other").period).toBe(DEFAULT_PLAN_OPTIONS.period);
  });
});
