import * as fs from "fs";
import * as path from "path";
import { buildWorkbook } from "../../../src/plan/build-workbook";
import { blank, num, text } from "../../../src/plan/cells";
import { buildDashboardSheet, findPlanColumns } from "../../../src/plan/dashboard-sheet";
import { DEFAULT_PLAN_OPTIONS, DEFAULT_STATUSES, NOT_STARTED, type Status } from "../../../src/plan/options";
import type { Cell, SheetModel } from "../../../src/plan/sheet-model";
import { evaluate, modelCell, parseAddress } from "./evaluate";

/** Excel serial of a calendar date, from UTC so the test gives the same serials in every time zone. */
const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

// Today is pinned to 15/06/2026 by rewriting TODAY(), so the counts do not depend on the run date or zone.
const TODAY = serial(2026, 6, 15);
const pinToday = (f: string): string => f.replace(/TODAY\(\)/g, `DATE(2026,6,15)`);

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

function handPlan(): SheetModel {
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
  const dashboard = buildDashboardSheet(plan, undefined, DEFAULT_STATUSES);
  const ev = evaluate([plan, dashboard], pinToday);

  it("finds the Status and Due date columns by header", () => {
    expect(findPlanColumns(plan)).toEqual({ progress: "$D$7:$D$15", due: "$C$7:$C$15" });
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

  it("uses no SUMPRODUCT and no table references (LibreOffice and HyperFormula must evaluate it)", () => {
    const formulas = dashboard.blocks
      .flatMap((b) => b.rows.flat())
      .flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
    for (const f of formulas) expect(f).not.toMatch(/SUMPRODUCT|\[|\{\{table:/);
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
  const dashboard = buildDashboardSheet(handPlan(), undefined, statuses);

  it("charts the status rows only (not overdue or total), coloured per status", () => {
    const [chart] = dashboard.charts;
    expect(chart.type).toBe("column");
    const { row } = parseAddress(dashboard.outputs[`count.${statuses[0].label}`]);
    expect(chart.dataRange).toBe(`A${row - 1}:B${row + statuses.length - 1}`);
    expect(chart.colors).toEqual(["#FF0000", "#FFC000", "#00B050", "#0070C0", "#BFBFBF"]);
    expect(modelCell(dashboard, `A${row + statuses.length - 1}`)).toEqual({
      kind: "text",
      text: "Not started",
    });
  });

  it("still leaves Delivered out of overdue when another status is last", () => {
    // rag.ts: the delivered status is the one labelled Delivered, not merely the last.
    const f = modelCell(dashboard, dashboard.outputs["count.overdue"]);
    expect(f?.kind === "formula" && f.formula).toContain(`"<>Delivered"`);
  });

  it("escapes wildcards so a label is counted literally", () => {
    const odd: Status[] = [
      { label: "Done?", colour: "#0070C0" },
      { label: "Stuck*", colour: "#FF0000" },
    ];
    const plan = handPlan();
    const withOdd: SheetModel = {
      ...plan,
      blocks: [...plan.blocks, { anchor: "D7", rows: [[text("Done?")], [text("DoneX")], [text("Stuck*")]] }],
    };
    const d = buildDashboardSheet(withOdd, undefined, odd);
    const ev = evaluate([withOdd, d]);
    // "Done?" must not match "DoneX".
    expect(ev.value("dashboard", d.outputs["count.Done?"])).toBe(1);
    expect(ev.value("dashboard", d.outputs["count.Stuck*"])).toBe(1);
  });
});

interface Expected {
  counts: Record<string, { White: number; BME: number; Unknown: number }>;
  indicators: Record<string, number>;
}
const expected = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../../shared/data/sample-trust/expected.json"), "utf8"),
) as Expected;

describe("dashboard on the real workbook (plan and data sheets from buildWorkbook)", () => {
  const keyOf: Record<string, string> = {
    headcount: "headcount",
    training: "training",
    disciplinary: "disciplinary",
    prev_headcount: "prev.headcount",
    prev_disciplinary: "prev.disciplinary",
    shortlisted: "shortlisted",
    appointed: "appointed",
    board_voting: "board.voting",
    board_executive: "board.executive",
  };
  const inputs: Record<string, number> = {};
  for (const [name, key] of Object.entries(keyOf)) {
    const c = expected.counts[name];
    inputs[`${key}.white`] = c.White;
    inputs[`${key}.bme`] = c.BME;
    inputs[`${key}.unknown`] = c.Unknown;
  }
  const workbook = buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "Sample Trust" }, inputs);
  const plan = workbook.sheets.find((s) => s.id === "plan")!;
  const data = workbook.sheets.find((s) => s.id === "data")!;
  const dashboard = buildDashboardSheet(plan, data, DEFAULT_STATUSES);
  const ev = evaluate([...workbook.sheets, dashboard], pinToday);

  it("finds the real plan table's Status and Due date columns", () => {
    const cols = findPlanColumns(plan);
    expect(cols.progress).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
    expect(cols.due).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
  });

  it("counts statuses typed into the real plan", () => {
    const cols = findPlanColumns(plan);
    const progress = parseAddress(cols.progress!.split(":")[0]);
    const due = parseAddress(cols.due!.split(":")[0]);
    const col = (n: number): string => String.fromCharCode(64 + n);
    const local = evaluate([...workbook.sheets, dashboard], pinToday);
    local.set("plan", `${col(progress.col)}${progress.row}`, GREEN);
    local.set("plan", `${col(due.col)}${progress.row}`, serial(2000, 1, 1));
    local.set("plan", `${col(progress.col)}${progress.row + 1}`, BLUE);
    local.set("plan", `${col(due.col)}${progress.row + 1}`, serial(2000, 1, 1));
    expect(local.value("dashboard", dashboard.outputs[`count.${GREEN}`])).toBe(1);
    expect(local.value("dashboard", dashboard.outputs[`count.${BLUE}`])).toBe(1);
    expect(local.value("dashboard", dashboard.outputs["count.overdue"])).toBe(1);
    expect(due.row).toBe(progress.row);
  });

  it.each([
    // Expected values are expected.json's independently computed indicators.
    ["ind1", "1_overall_bme_share"],
    ["ind2", "2_appointment_rl"],
    ["ind3", "3_disciplinary_rl_current_year"],
    ["ind4", "4_training_rl"],
    ["ind9", "9_board_gap_voting"],
  ])("%s this year equals expected.json %s", (key, name) => {
    const v = ev.value("dashboard", dashboard.outputs[`${key}.current`]);
    expect(typeof v).toBe("number");
    expect(Math.abs((v as number) - expected.indicators[name])).toBeLessThanOrEqual(1e-12);
  });

  it("lists all nine indicators, reading last year and national from the data sheet's own cells", () => {
    expect(Object.keys(dashboard.outputs).filter((k) => k.endsWith(".current"))).toEqual(
      Array.from({ length: 9 }, (_v, i) => `ind${i + 1}.current`),
    );
    for (let n = 1; n <= 9; n++) {
      for (const which of ["previous", "national"]) {
        const source = data.outputs[`ind${n}.${which}`];
        const shown = ev.value("dashboard", dashboard.outputs[`ind${n}.${which}`]);
        expect(shown).toEqual(source ? ev.value("data", source) : "–");
      }
    }
  });
});
