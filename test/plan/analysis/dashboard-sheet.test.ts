import { address, addressOf, ref } from "../../../src/plan/a1";
import { buildWorkbook } from "../../../src/plan/build-workbook";
import { blank, num, text } from "../../../src/plan/cells";
import { DASHBOARD_FIGURES, buildDashboardSheet } from "../../../src/plan/dashboard-sheet";
import { FIGURES } from "../../../src/plan/figures";
import { DEFAULT_PLAN_OPTIONS, DEFAULT_STATUSES, NOT_STARTED, type Status } from "../../../src/plan/options";
import type { PlanCells } from "../../../src/plan/plan-sheet";
import type { Cell, SheetModel } from "../../../src/plan/sheet-model";
import { WRES_INDICATORS } from "../../../src/wres/indicators";
import { cellAt as modelCell, evaluate } from "../../support/hyperformula";
import { sampleInputs, sampleTrust } from "../../support/sample-trust";

/** Excel serial of a calendar date, from UTC so the test gives the same serials in every time zone. */
const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

// Today is pinned to 15/06/2026 by rewriting TODAY(), so the counts do not depend on the run date or zone.
const TODAY = serial(2026, 6, 15);
const pinToday = { rewrite: (f: string): string => f.replace(/TODAY\(\)/g, `DATE(2026,6,15)`) };

const [RED, AMBER, GREEN, BLUE] = DEFAULT_STATUSES.map((s) => s.label);

/*
 * A small plan typed in by hand. Status is the fourth column and Due date the third, so the dashboard
 * must find them by header. Hand count:
 *   RED 2, AMBER 1, GREEN 2, BLUE 2; the two blank-status rows count under no status.
 *   Overdue (due before 15/06/2026, status not Delivered, blank status included):
 *     row 1 RED due 01/01/2020 ✓, row 3 AMBER due 14/06/2026 ✓, row 5 GREEN due 01/01/2000 ✓,
 *     row 8 blank status due 01/03/2026 ✓ → 4.
 *   Not overdue: row 2 RED due today (not *before* today), row 4 GREEN 2100, row 6 BLUE past but delivered,
 *     row 7 BLUE future, row 9 blank status and no date.
 */
const PLAN_ROWS: ReadonlyArray<readonly [string, number | null, string]> = [
  ["Reverse mentoring", serial(2020, 1, 1), RED],
  ["Diverse interview panels", TODAY, RED],
  ["Cultural ambassadors", TODAY - 1, AMBER],
  ["Career clinics", serial(2100, 1, 1), GREEN],
  ["Board development", serial(2000, 1, 1), GREEN],
  ["Publish WRES report", serial(2019, 9, 30), BLUE],
  ["Staff network budget", serial(2099, 12, 31), BLUE],
  ["Exit interviews", serial(2026, 3, 1), ""],
  ["Training audit", null, ""],
];

/** The hand plan's key (row 3, columns F–I) and columns: Status is D, Due date C, body rows 7–15. */
function handCells(statuses: readonly Status[] = DEFAULT_STATUSES, delivered = 3): PlanCells {
  return {
    sheetId: "plan",
    key: statuses.map((_s, i) => address(6 + i, 3)),
    delivered,
    status: { first: address(4, 7), last: address(4, 6 + PLAN_ROWS.length) },
    due: { first: address(3, 7), last: address(3, 6 + PLAN_ROWS.length) },
  };
}

function handPlan(statuses: readonly Status[] = DEFAULT_STATUSES): SheetModel {
  const cell = (v: string | number | null): Cell =>
    v === null || v === "" ? blank : typeof v === "number" ? num(v) : text(v);
  const rows = PLAN_ROWS.map(([action, due, status]) => [
    text(action),
    text("Director of People"),
    cell(due),
    cell(status),
  ]);
  return {
    id: "plan",
    role: "plan",
    name: "WRES plan 2025-26",
    blocks: [
      { anchor: "A1", rows: [[text("Plan")]] },
      { anchor: "F3", rows: [statuses.map((s) => text(s.label))] },
      { anchor: "A6", rows: [["Action", "Lead", "Due date", "Status"].map(text), ...rows] },
    ],
    formats: [],
    columns: [],
    merges: [],
    tables: [
      {
        id: "plan",
        name: "WRES_plan",
        range: `A6:D${6 + rows.length}`,
        style: "TableStyleLight9",
        bandedRows: true,
        filterButtons: true,
      },
    ],
    validations: [],
    conditionalFormats: [],
    charts: [],
    inputs: {},
    outputs: {},
  };
}

describe("dashboard counts on a hand-typed plan", () => {
  const plan = handPlan();
  const dashboard = buildDashboardSheet(handCells(), undefined, DEFAULT_STATUSES);
  const ev = evaluate([plan, dashboard], pinToday);

  it("reads the Status and Due date columns and the key from the plan's typed cells", () => {
    const f = modelCell(dashboard, dashboard.outputs[`count.${RED}`]);
    expect(f?.kind === "formula" && f.formula).toBe(
      "=SUMPRODUCT(--EXACT({{sheet:plan}}!$D$7:$D$15,{{sheet:plan}}!$F$3))",
    );
  });

  it.each([
    [RED, 2],
    [AMBER, 1],
    [GREEN, 2],
    [BLUE, 2],
  ])("%s: %i actions", (label, count) => {
    expect(ev.value("dashboard", dashboard.outputs[`count.${label}`])).toBe(count);
  });

  it("counts 4 overdue: before today (not on it), not Delivered, blank status included", () => {
    expect(ev.value("dashboard", dashboard.outputs["count.overdue"])).toBe(4);
  });

  it("totals the actions with a status", () => {
    expect(ev.value("dashboard", dashboard.outputs["count.total"])).toBe(7);
  });

  it("refers to the plan by token, so a renamed plan sheet still resolves", () => {
    const f = modelCell(dashboard, dashboard.outputs["count.overdue"]);
    expect(f?.kind === "formula" && f.formula).toContain("{{sheet:plan}}!$C$7:$C$15");
    const renamed = evaluate([{ ...plan, name: "WRES plan 2025-26 (2)" }, dashboard], pinToday);
    expect(renamed.value("dashboard", dashboard.outputs[`count.${RED}`])).toBe(2);
  });

  it("uses no table references (LibreOffice and HyperFormula must evaluate it)", () => {
    const formulas = dashboard.blocks
      .flatMap((b) => b.rows.flat())
      .flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
    for (const f of formulas) expect(f).not.toMatch(/\[|\{\{table:/);
  });

  it("labels each status row with the plan's key cell, so renaming a status renames it here", () => {
    const local = evaluate([plan, dashboard], pinToday);
    const label = ref(address(1, addressOf(dashboard.outputs[`count.${RED}`]).row));
    expect(local.value("dashboard", label)).toBe(RED);
    // Rename the key cell and the statuses typed with it, as a user renaming a status does.
    local.set("plan", "F3", "Red - critical");
    local.set("plan", "D7", "Red - critical");
    local.set("plan", "D8", "Red - critical");
    expect(local.value("dashboard", label)).toBe("Red - critical");
    expect(local.value("dashboard", dashboard.outputs[`count.${RED}`])).toBe(2);
  });

  it("follows edits: marking an overdue action Delivered drops the overdue count", () => {
    const local = evaluate([plan, dashboard], pinToday);
    local.set("plan", "D7", BLUE);
    expect(local.value("dashboard", dashboard.outputs["count.overdue"])).toBe(3);
    expect(local.value("dashboard", dashboard.outputs[`count.${BLUE}`])).toBe(3);
  });

  it("is date-independent without pinning too: far-past dates stay overdue, far-future ones never are", () => {
    const live = evaluate([plan, dashboard]);
    // Whatever today is (after 2026), rows 1, 3, 5 and 8 are in the past, row 4 and 7 in the future.
    expect(live.value("dashboard", dashboard.outputs["count.overdue"])).toBe(
      4 + (Date.now() > Date.UTC(2026, 5, 15) ? 1 : 0),
    );
  });
});

describe("dashboard status chart and key", () => {
  const statuses: Status[] = [...DEFAULT_STATUSES, NOT_STARTED];
  const dashboard = buildDashboardSheet(handCells(statuses), undefined, statuses);

  it("charts the status rows only (not overdue or total), coloured per status", () => {
    const [chart] = dashboard.charts;
    expect(chart.type).toBe("column");
    const { row } = addressOf(dashboard.outputs[`count.${statuses[0].label}`]);
    expect(chart.dataRange).toBe(`A${row - 1}:B${row + statuses.length - 1}`);
    expect(chart.colors).toEqual(["#FF0000", "#FFC000", "#00B050", "#0070C0", "#BFBFBF"]);
    expect(modelCell(dashboard, `A${row + statuses.length - 1}`)).toEqual({
      kind: "formula",
      formula: "={{sheet:plan}}!$J$3",
    });
  });

  it("shows the counts as in-cell data bars, for the .xlsx where no chart is written", () => {
    const { row } = addressOf(dashboard.outputs[`count.${statuses[0].label}`]);
    const overdue = addressOf(dashboard.outputs["count.overdue"]).row;
    expect(dashboard.conditionalFormats).toContainEqual(
      expect.objectContaining({ kind: "dataBar", range: `B${row}:B${overdue}`, lower: 0 }),
    );
  });

  it("leaves the delivered key cell's status out of overdue, whichever position it has", () => {
    const f = modelCell(dashboard, dashboard.outputs["count.overdue"]);
    expect(f?.kind === "formula" && f.formula).toContain(
      "NOT(EXACT({{sheet:plan}}!$D$7:$D$15,{{sheet:plan}}!$I$3))",
    );
  });

  it("counts labels literally: wildcards and comparisons are text", () => {
    const odd: Status[] = [
      { label: "Done?", colour: "#0070C0" },
      { label: "Stuck*", colour: "#FF0000" },
      { label: "<5 days", colour: "#FFC000" },
    ];
    const plan = handPlan(odd);
    const withOdd: SheetModel = {
      ...plan,
      blocks: [
        ...plan.blocks,
        {
          anchor: "D7",
          rows: [[text("Done?")], [text("DoneX")], [text("Stuck*")], [text("<5 days")], [text("4")]],
        },
      ],
    };
    const d = buildDashboardSheet(handCells(odd, 0), undefined, odd);
    const ev = evaluate([withOdd, d]);
    // "Done?" must not match "DoneX"; "<5 days" must not count "4" as less than 5.
    expect(ev.value("dashboard", d.outputs["count.Done?"])).toBe(1);
    expect(ev.value("dashboard", d.outputs["count.Stuck*"])).toBe(1);
    expect(ev.value("dashboard", d.outputs["count.<5 days"])).toBe(1);
  });
});

describe("dashboard on the real workbook (plan and data sheets from buildWorkbook)", () => {
  const workbook = buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "Sample Trust" }, sampleInputs());
  const dashboard = buildDashboardSheet(workbook.cells.plan, workbook.cells.data, DEFAULT_STATUSES);
  const ev = evaluate([...workbook.sheets, dashboard], pinToday);
  const plan = workbook.cells.plan;

  it("counts statuses typed into the real plan", () => {
    const local = evaluate([...workbook.sheets, dashboard], pinToday);
    const status = (k: number): string => ref(address(plan.status.first.column, plan.status.first.row + k));
    const due = (k: number): string => ref(address(plan.due.first.column, plan.due.first.row + k));
    local.set("plan", status(0), GREEN);
    local.set("plan", due(0), serial(2000, 1, 1));
    local.set("plan", status(1), BLUE);
    local.set("plan", due(1), serial(2000, 1, 1));
    expect(local.value("dashboard", dashboard.outputs[`count.${GREEN}`])).toBe(1);
    expect(local.value("dashboard", dashboard.outputs[`count.${BLUE}`])).toBe(1);
    expect(local.value("dashboard", dashboard.outputs["count.overdue"])).toBe(1);
  });

  it.each([
    // Expected values are expected.json's independently computed indicators (board gaps in points, ×100).
    ["ind1", "1_overall_bme_share", 1],
    ["ind2", "2_appointment_rl", 1],
    ["ind3", "3_disciplinary_rl_current_year", 1],
    ["ind3.two_year", "3_disciplinary_rl_two_year", 1],
    ["ind4", "4_training_rl", 1],
    ["ind9.voting", "9_board_gap_voting", 100],
    ["ind9.executive", "9_board_gap_executive", 100],
  ])("%s this year equals expected.json %s", (key, name, scale) => {
    const v = ev.value("dashboard", dashboard.outputs[`${key}.current`]);
    expect(typeof v).toBe("number");
    expect(Math.abs((v as number) - scale * sampleTrust.indicators[name])).toBeLessThanOrEqual(1e-12 * scale);
  });

  it("labels every row with its own figure: the label and the cells come from the same figure", () => {
    expect(DASHBOARD_FIGURES).toEqual([
      "ind1",
      "ind2",
      "ind3",
      "ind3.two_year",
      "ind4",
      "ind5.bme",
      "ind6.bme",
      "ind7.bme",
      "ind8.bme",
      "ind9.voting",
      "ind9.executive",
    ]);
    for (const key of DASHBOARD_FIGURES) {
      const f = FIGURES.find((x) => x.key === key)!;
      const { row } = addressOf(dashboard.outputs[`${key}.current`]);
      const label = modelCell(dashboard, `A${row}`);
      expect(label).toEqual({
        kind: "text",
        text: `${f.indicator}. ${WRES_INDICATORS[f.indicator - 1].title} — ${f.meaning}`,
      });
      for (const which of ["current", "previous", "national"] as const) {
        const source = workbook.cells.data!.figures[key][which];
        const shown = ev.value("dashboard", dashboard.outputs[`${key}.${which}`]);
        expect({ key, which, shown }).toEqual({
          key,
          which,
          shown: source ? ev.value("data", ref(source)) : "–",
        });
      }
    }
    // Indicator 9 has a row of its own (the one-row-low labels left it out).
    expect(dashboard.outputs["ind9.current"]).toBeDefined();
  });
});
