/**
 * Reading a plan back finds the cells a dashboard counts (the key's labels, the table's Status and Due date
 * columns) where they really are: where the builder put them for a plan as written, and where the user moved
 * them when rows were added to the table.
 */
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, LAYOUTS, type PlanOptions } from "../../src/plan/options";
import { parseRange, rectAddress } from "../../src/plan/a1";
import { readPlan } from "../../src/plan/read-plan";
import type { WorkbookSnapshot } from "../../src/plan/workbook-snapshot";
import { snapshotOf } from "./support/model-snapshot";

const options = (o: Partial<PlanOptions> = {}): PlanOptions => ({
  ...DEFAULT_PLAN_OPTIONS,
  organisation: "Northshire NHS Trust",
  ...o,
});

function read(snapshot: WorkbookSnapshot) {
  const r = readPlan(snapshot, "WRES");
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

describe("the plan's cells, read back", () => {
  it.each(
    LAYOUTS.flatMap((layout) => [1, 3].map((actionsPerIndicator) => [layout, actionsPerIndicator] as const)),
  )(
    "are the builder's own in the %s layout with %d action rows per indicator",
    (layout, actionsPerIndicator) => {
      const model = buildWorkbook(options({ layout, actionsPerIndicator }));
      expect(read(snapshotOf(model)).cells).toEqual(model.cells.plan);
    },
  );

  // The plan's statuses include "Not started" (five in the key): every label cell is found, in key order.
  it("follow a key of five statuses", () => {
    const model = buildWorkbook(
      options({ statuses: [...DEFAULT_PLAN_OPTIONS.statuses, { label: "Not started", colour: "#D9D9D9" }] }),
    );
    const cells = read(snapshotOf(model)).cells;
    expect(cells?.key).toHaveLength(5);
    expect(cells).toEqual(model.cells.plan);
  });

  // A user who adds ten action rows at the bottom of the table: the Status and Due date columns now end ten
  // rows lower, and a dashboard must count them.
  it("follow rows the user added to the table", () => {
    const model = buildWorkbook(options());
    const snapshot = snapshotOf(model);
    const tables = snapshot.tables.map((t) => {
      if (!t.range) return t;
      const rect = parseRange(t.range);
      return { ...t, range: rectAddress({ ...rect, bottom: rect.bottom + 10 }) };
    });
    const cells = read({ ...snapshot, tables }).cells;
    const built = model.cells.plan;
    expect(cells?.status.first).toEqual(built.status.first);
    expect(cells?.status.last).toEqual({ ...built.status.last, row: built.status.last.row + 10 });
    expect(cells?.due.last).toEqual({ ...built.due.last, row: built.due.last.row + 10 });
  });

  it("are not given for a plan whose status key has gone", () => {
    const model = buildWorkbook(options());
    const snapshot = snapshotOf(model);
    const cells = snapshot.cells.map((sheet) => ({
      ...sheet,
      values: sheet.values.map((row) => row.map((v) => (v === "Status key" ? null : v))),
    }));
    const plan = read({ ...snapshot, cells });
    expect(plan.cells).toBeUndefined();
  });
});
