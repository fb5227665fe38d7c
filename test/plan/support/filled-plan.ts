/**
 * Test helper: a plan as a user leaves it after a year. Builds the plan with `buildWorkbook`, then edits the
 * model the way a user edits the sheet: fills actions, picks statuses (some delivered), writes progress
 * updates, adds a row inside the table, deletes one, moves one, renames two key cells, types over the title
 * and types last year's counts into the data sheet. The same filled model is then written by the Excel fake,
 * to an .xlsx, or read as a snapshot, so every round trip starts from the same plan.
 *
 * What the roll-forward must make of it is stated here, from the scenario, not from the code under test.
 */
import { buildWorkbook } from "../../../src/plan/build-workbook";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../../../src/plan/a1";
import {
  DEFAULT_PLAN_OPTIONS,
  type FormulaStyle,
  type Layout,
  type PlanOptions,
  type Standard,
} from "../../../src/plan/options";
import type { PlanAction } from "../../../src/plan/read-plan";
import type { Cell, SheetModel, WorkbookModel } from "../../../src/plan/sheet-model";
import type { IndicatorInputs } from "../../../src/wres/indicator-inputs";
import { sampleInputs as sampleCounts, sampleTrust } from "../../support/sample-trust";

/** The sample trust's counts (expected.json) as data-sheet inputs, this year and last, with survey figures. */
export function sampleInputs(): Record<string, number> {
  const inputs = sampleCounts();
  // Staff Survey figures are typed by hand (no extract carries them): any plausible fractions.
  Object.assign(inputs, {
    "survey.5.white": 0.254,
    "survey.5.bme": 0.301,
    "survey.6.white": 0.22,
    "survey.6.bme": 0.27,
    "survey.7.white": 0.58,
    "survey.7.bme": 0.44,
    "survey.8.white": 0.07,
    "survey.8.bme": 0.16,
  });
  return inputs;
}

export const RENAMED_CRITICAL = "Red – critical";
/** The delivered state renamed to a word the label rule does not know: only its blue fill says "done". */
export const RENAMED_DELIVERED = "Done";
export const TYPED_TITLE = "Northshire NHS Trust: our race equality plan for the Board";
export const ORGANISATION = "Northshire NHS Trust";
/** 31/03/2026 as an Excel date serial. */
export const DUE_SERIAL = 46112;

/** An action as the scenario typed it (and so as it must be read back), without its sheet row. */
export type ExpectedAction = Omit<PlanAction, "row">;

export interface FilledPlan {
  readonly options: PlanOptions;
  readonly model: WorkbookModel;
  readonly planSheet: string;
  readonly carried: readonly ExpectedAction[];
  readonly delivered: readonly ExpectedAction[];
  /** Last year's current-year inputs typed into the data sheet (WRES only). */
  readonly inputs: Readonly<Record<string, number>>;
  readonly hasRationale: boolean;
}

type Grid = Cell[][];

/** The sheet's blocks as one grid from A1, so rows can be inserted and removed as in Excel. */
function toGrid(sheet: SheetModel): Grid {
  const grid: Grid = [];
  for (const block of sheet.blocks) {
    const a = parseCell(block.anchor);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const line = (grid[a.row + r] ??= []);
        line[a.column + c] = cell;
      }),
    );
  }
  const width = Math.max(...grid.map((r) => r?.length ?? 0));
  return Array.from({ length: grid.length }, (_v, r) =>
    Array.from({ length: width }, (_w, c) => grid[r]?.[c] ?? { kind: "blank" }),
  );
}

const t = (value: string): Cell => ({ kind: "text", text: value });
const textOf = (cell: Cell | undefined): string => (cell?.kind === "text" ? cell.text : "");

const LAYOUT_ACTION: Readonly<Record<Layout, string>> = {
  "metric-led": "Action required",
  "objective-led": "Action",
  "theme-led": "Activity",
};

export function filledPlan(
  layout: Layout,
  standard: Standard,
  period = "2025-26",
  organisation = ORGANISATION,
  formulaStyle: FormulaStyle = "native",
): FilledPlan {
  const options: PlanOptions = {
    ...DEFAULT_PLAN_OPTIONS,
    formulaStyle,
    organisation,
    layout,
    standard,
    period,
    actionsPerIndicator: 3,
  };
  const inputs = standard === "WRES" ? sampleInputs() : {};
  const built = buildWorkbook(options, inputs as IndicatorInputs);
  const plan = built.sheets.find((s) => s.id === "plan")!;
  const table = plan.tables[0];
  const rect = parseRange(table.range);
  const grid = toGrid(plan);
  const headerRow = rect.top;
  const col = (header: string): number => {
    const i = grid[headerRow].findIndex((c) => textOf(c) === header);
    if (i < 0) throw new Error(`no ${header} column`);
    return i;
  };
  const actionCol = col(LAYOUT_ACTION[layout]);
  const hasRationale = layout === "metric-led";
  const rowOf = (label: string): number => {
    const r = grid.findIndex((row, i) => i > headerRow && textOf(row[actionCol]) === label);
    if (r < 0) throw new Error(`no row ${label}`);
    return r;
  };
  const blockKey = (n: number) =>
    ({ "metric-led": "ind", "objective-led": "obj", "theme-led": "theme" })[layout] + n;

  const fill = (row: number, a: ExpectedAction): void => {
    grid[row][actionCol] = t(a.action);
    if (hasRationale && a.rationale) grid[row][col("Rationale / intended outcome")] = t(a.rationale);
    if (a.lead) grid[row][col("Lead")] = t(a.lead);
    if (typeof a.due === "number") grid[row][col("Due date")] = { kind: "number", value: a.due };
    else if (a.due) grid[row][col("Due date")] = t(a.due);
    if (a.status) grid[row][col("Status")] = t(a.status);
    if (a.progress) grid[row][col("Progress update")] = t(a.progress);
  };

  const a11: ExpectedAction = {
    block: blockKey(1),
    action: "[1.1] Targeted recruitment for Band 6 and above",
    rationale: hasRationale ? "Address under-representation in senior bands" : "",
    lead: "HR Business Partner for Resourcing",
    due: DUE_SERIAL,
    status: "On Track, Good Progress",
    progress: "Two campaigns run; third in May",
  };
  const a12: ExpectedAction = {
    block: blockKey(1),
    action: "[1.2] Review talent management with the BME network",
    rationale: "",
    lead: "Director of People",
    due: DUE_SERIAL,
    status: RENAMED_DELIVERED,
    progress: "Completed in January",
  };
  const a13: ExpectedAction = {
    block: blockKey(1),
    // Hostile text must stay text all the way through.
    action: "[1.3] =1+1 is not a formula",
    rationale: "",
    lead: "@Director",
    due: null,
    status: "Slippage likely / Not Critical",
    progress: "",
  };
  const a21: ExpectedAction = {
    block: blockKey(2),
    action: "[2.1] Deep dive into professional groups and bands",
    rationale: hasRationale ? "Find hotspots in selection" : "",
    lead: "",
    due: "Monthly",
    status: RENAMED_CRITICAL,
    progress: "",
  };
  const added: ExpectedAction = {
    block: blockKey(2),
    action: "Reverse mentoring for senior leaders (added by the user)",
    rationale: "",
    lead: "EDI lead",
    due: null,
    status: "",
    progress: "Pilot agreed",
  };

  fill(rowOf("[1.1]"), a11);
  fill(rowOf("[1.2]"), a12);
  fill(rowOf("[1.3]"), a13);
  fill(rowOf("[2.1]"), a21);
  const delivered: ExpectedAction[] = [a12];
  let general: ExpectedAction | undefined;
  if (layout === "metric-led") {
    const g1: ExpectedAction = {
      block: "general",
      action: "[G1] Mark Black History Month",
      rationale: "",
      lead: "Equality Advisor",
      due: "October",
      status: RENAMED_DELIVERED,
      progress: "",
    };
    const g2: ExpectedAction = {
      block: "general",
      action: "[G2] Report staff survey results by ethnicity",
      rationale: "",
      lead: "Head of Staff Engagement",
      due: DUE_SERIAL,
      // Typed before the key was renamed: not the key's delivered label any more, so not delivered.
      status: "Delivered",
      progress: "",
    };
    fill(rowOf("[G1]"), g1);
    fill(rowOf("[G2]"), g2);
    delivered.push(g1);
    general = g2;
  }

  const width = grid[0].length;
  // Add a row inside the table, after [2.1]; delete the blank [2.2]; move [1.3] below [2.x] (reordered).
  const blankRow = (): Cell[] => Array.from({ length: width }, () => ({ kind: "blank" }) as Cell);
  const newRow = blankRow();
  grid.splice(rowOf(a21.action) + 1, 0, newRow);
  fill(grid.indexOf(newRow), added);
  grid.splice(rowOf("[2.2]"), 1);
  const moved = grid.splice(rowOf(a13.action), 1)[0];
  grid.splice(rowOf(added.action) + 1, 0, moved);
  // And a row typed just below the table, which Excel takes into the table: it belongs to the last block.
  const lastBlock =
    layout === "metric-led"
      ? "general"
      : blockKey(layout === "objective-led" ? (standard === "WRES" ? 4 : 5) : 5);
  const appended: ExpectedAction = {
    block: lastBlock,
    action: "Publish a yearly progress summary (added at the end)",
    rationale: "",
    lead: "Communications",
    due: DUE_SERIAL + 90,
    status: "Slippage likely / Not Critical",
    progress: "",
  };
  const end = blankRow();
  grid.splice(rect.bottom + 1, 0, end);
  fill(grid.indexOf(end), appended);

  // Rename two key cells (the key's first status and the delivered one) and type over the title.
  const keyRow = grid.findIndex((row) => textOf(row[0]) === "Status key");
  grid[keyRow] = grid[keyRow].map((c) =>
    textOf(c) === "Slippage / Critical"
      ? t(RENAMED_CRITICAL)
      : textOf(c) === "Delivered"
        ? t(RENAMED_DELIVERED)
        : c,
  );
  grid[0][0] = t(TYPED_TITLE);

  const sheet: SheetModel = {
    ...plan,
    blocks: [{ anchor: "A1", rows: grid }],
    tables: [{ ...table, range: rangeAddress(rect.left + 1, rect.top + 1, rect.right + 1, rect.bottom + 2) }],
  };
  const carried = [a11, a13, a21, added, ...(general ? [general] : []), appended];
  return {
    options,
    model: { ...built, sheets: built.sheets.map((s) => (s.id === "plan" ? sheet : s)) },
    planSheet: plan.name,
    carried,
    delivered,
    inputs,
    hasRationale,
  };
}

/** The A1 address of a grid cell, for tests that look into the filled plan. */
export const addressOf = (row: number, column: number): string => cellAddress(column + 1, row + 1);

/**
 * A second year's counts chosen so every headline figure is worked out by hand: 400 of 1,000 staff BME
 * (0.4); White 50 of 100 shortlisted appointed against BME 25 of 100 (2.00); BME 8 of 400 entering
 * disciplinary against White 6 of 600 (2.00); White 300 of 600 trained against BME 100 of 400 (2.00);
 * 2 of 10 voting board members BME against 40 % of staff (−20 percentage points).
 */
export const ROUND_YEAR: Readonly<Record<string, number>> = {
  "headcount.white": 600,
  "headcount.bme": 400,
  "headcount.unknown": 0,
  "shortlisted.white": 100,
  "appointed.white": 50,
  "shortlisted.bme": 100,
  "appointed.bme": 25,
  "disciplinary.white": 6,
  "disciplinary.bme": 8,
  "training.white": 300,
  "training.bme": 100,
  "board.voting.white": 8,
  "board.voting.bme": 2,
  "board.voting.unknown": 0,
  "survey.5.bme": 0.3,
  "survey.6.bme": 0.25,
  "survey.7.bme": 0.5,
  "survey.8.bme": 0.1,
};
export const ROUND_YEAR_FIGURES: Readonly<Record<number, number>> = {
  1: 0.4,
  2: 2,
  3: 2,
  4: 2,
  5: 0.3,
  6: 0.25,
  7: 0.5,
  8: 0.1,
  9: -20, // percentage points, as the data sheet shows the board gap
};

/** What next year's plan row of a carried action must hold, by column header (issue 12's note included). */
export function carriedRow(
  expected: ExpectedAction,
  hasRationale: boolean,
  period = "2025-26",
): Record<string, unknown> {
  const note = `Carried over from ${period}.`;
  const noted = (text: string) => (text ? `${note} ${text}` : note);
  return {
    Lead: expected.lead || null,
    "Due date": expected.due,
    Status: expected.status || null,
    // The note goes in the rationale where the layout has one, else at the start of the progress update.
    "Progress update": hasRationale ? expected.progress || null : noted(expected.progress),
    ...(hasRationale ? { "Rationale / intended outcome": noted(expected.rationale) } : {}),
  };
}

/** Each indicator's figure for a year of the sample trust: expected.json, and the typed survey figures. */
export const SAMPLE_YEAR_FIGURES: Readonly<Record<number, number>> = (() => {
  const e = sampleTrust.indicators;
  const sample = sampleInputs();
  return {
    1: e["1_overall_bme_share"],
    2: e["2_appointment_rl"],
    3: e["3_disciplinary_rl_current_year"],
    4: e["4_training_rl"],
    5: sample["survey.5.bme"],
    6: sample["survey.6.bme"],
    7: sample["survey.7.bme"],
    8: sample["survey.8.bme"],
    // In percentage points, as the data sheet and the History keep it.
    9: 100 * e["9_board_gap_voting"],
  };
})();

/** The header of each layout's action column, in the published plans' words. */
export const ACTION_HEADER: Readonly<Record<Layout, string>> = {
  "metric-led": "Action required",
  "objective-led": "Action",
  "theme-led": "Activity",
};

/**
 * Asserts what issue 12 asks of next year's plan, given its table rows and the Delivered record's, each as
 * header → value: every undelivered action carried with its fields and the note, every delivered one kept
 * in the record with its fields as they stood (the rationale where the layout has one).
 */
export function expectRolledForward(
  filled: FilledPlan,
  layout: Layout,
  planRows: readonly Record<string, unknown>[],
  deliveredRows: readonly Record<string, unknown>[],
): void {
  for (const expected of filled.carried) {
    const row = planRows.find((r) => r[ACTION_HEADER[layout]] === expected.action);
    expect({ action: expected.action, row: row && { ...row } }).toEqual({
      action: expected.action,
      row: expect.objectContaining(carriedRow(expected, filled.hasRationale)),
    });
  }
  expect(deliveredRows.map((r) => r.Action)).toEqual(filled.delivered.map((d) => d.action));
  expect(deliveredRows.every((r) => r.Status === RENAMED_DELIVERED)).toBe(true);
  filled.delivered.forEach((d, i) =>
    expect(deliveredRows[i]).toMatchObject({
      Lead: d.lead || null,
      "Due date": d.due,
      "Progress update": d.progress || null,
      ...(filled.hasRationale ? { "Rationale / intended outcome": d.rationale || null } : {}),
    }),
  );
}
