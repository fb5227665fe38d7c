/**
 * Finding the plan that goes with a data sheet, from what the workbook lists in one sync: the layout by its
 * table headers, the actions per indicator by its row count, and the suffix a second plan gets.
 */
import { listDataSources } from "../../src/excel/data-sources";
import { createPlanInExcel } from "../../src/excel/excel-services";
import { findPlan, optionsFor, periodOf } from "../../src/excel/infer-plan";
import { DEFAULT_PLAN_OPTIONS, type Layout, type PlanOptions } from "../../src/plan/options";
import { FakeOffice } from "./fake-excel";
import "./fake-excel-analysis";

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

describe("findPlan", () => {
  // Every layout, with no actions, the default and an unusual number: each gives a different table.
  it.each([
    ["metric-led", 3],
    ["objective-led", 0],
    ["theme-led", 7],
  ] as const)("recognises a %s plan with %d actions per indicator", async (layout, actions) => {
    await createPlanInExcel(plan(layout, actions));
    const { tables } = await listDataSources();
    const found = findPlan("WRES data 2025-26", tables);
    expect(found?.options.layout).toBe(layout);
    expect(found?.options.actionsPerIndicator).toBe(actions);
    expect(found?.sheet).toBe("WRES plan 2025-26");
  });

  it("pairs a second plan's data sheet with the second plan, by their shared suffix", async () => {
    await createPlanInExcel(plan("metric-led", 3));
    await createPlanInExcel(plan("theme-led", 2));
    const { tables } = await listDataSources();
    expect(findPlan("WRES data 2025-26 (2)", tables)).toMatchObject({
      sheet: "WRES plan 2025-26 (2)",
      options: { layout: "theme-led", actionsPerIndicator: 2 },
    });
    expect(findPlan("WRES data 2025-26", tables)?.options.layout).toBe("metric-led");
  });

  it("finds nothing when the plan is gone or belongs to another period", async () => {
    await createPlanInExcel(plan("metric-led", 3, "2024-25"));
    const { tables } = await listDataSources();
    expect(findPlan("WRES data 2025-26", tables)).toBeUndefined();
    expect(findPlan("WRES data 2024-25", [])).toBeUndefined();
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
