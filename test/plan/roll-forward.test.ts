/**
 * Next year's plan from a plan a user has lived with for a year (support/filled-plan.ts), on every layout ×
 * standard, read from a snapshot as a host would hand it over: every undelivered action carried with its
 * fields and number, every delivered one on the Delivered sheet, previous-year inputs equal to last year's
 * current-year inputs, and the year just closed in the History. Then the refusals.
 */
import { parseCell, parseRange } from "../../src/plan/a1";
import { THEMES } from "../../src/plan/layouts/theme-led";
import { LAYOUTS, STANDARDS, type Layout, type Standard } from "../../src/plan/options";
import { startNextYear, type NextYear } from "../../src/plan/roll-forward";
import type { SheetModel } from "../../src/plan/sheet-model";
import { indicatorNoun } from "../../src/wres/indicators";
import { sampleTrust } from "../support/sample-trust";
import { cellAt } from "../support/hyperformula";
import {
  ORGANISATION,
  RENAMED_CRITICAL,
  RENAMED_DELIVERED,
  ROUND_YEAR,
  ROUND_YEAR_FIGURES,
  TYPED_TITLE,
  carriedRow,
  filledPlan,
  sampleInputs,
  type ExpectedAction,
} from "./support/filled-plan";
import { snapshotOf } from "./support/model-snapshot";

/** This year's inputs only (no "prev." keys). */
const current = (inputs: Record<string, number>) =>
  Object.fromEntries(Object.entries(inputs).filter(([k]) => !k.startsWith("prev.")));
const CASES = LAYOUTS.flatMap((layout) => STANDARDS.map((standard) => [layout, standard] as const));

/** A sheet's cell as text or number, by 1-based column and row. */
function at(sheet: SheetModel, column: number, row: number): string | number | null {
  const cell = cellAt(sheet, `${String.fromCharCode(64 + column)}${row}`);
  if (!cell) return null;
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return cell.value;
  return null;
}

/** The new plan's table rows as header → value records, with the sheet row. */
function tableRows(sheet: SheetModel): { row: number; cells: Record<string, string | number | null> }[] {
  const rect = parseRange(sheet.tables[0].range);
  const headers: string[] = [];
  for (let c = rect.left + 1; c <= rect.right + 1; c++) headers.push(String(at(sheet, c, rect.top + 1)));
  const rows = [];
  for (let r = rect.top + 2; r <= rect.bottom + 1; r++) {
    rows.push({
      row: r,
      cells: Object.fromEntries(headers.map((h, i) => [h, at(sheet, rect.left + 1 + i, r)])),
    });
  }
  return rows;
}

/** Where block `key` opens and the next one starts, from the text each layout writes (action-plan.md). */
function blockSpan(layout: Layout, standard: Standard, sheet: SheetModel, key: string): [number, number] {
  const rows = tableRows(sheet);
  const first = Object.keys(rows[0].cells)[0];
  const n = Number(/\d+$/.exec(key)?.[0]);
  const opens = (v: unknown, k: string): boolean => {
    const s = typeof v === "string" ? v : "";
    if (k === "general") return s.startsWith(`General ${standard} actions`);
    const m = Number(/\d+$/.exec(k)?.[0]);
    if (layout === "metric-led") return s.startsWith(`${indicatorNoun(standard)} ${m}:`);
    if (layout === "objective-led") return s.startsWith(`${m}. `);
    const theme = THEMES[standard][m - 1];
    return theme !== undefined && s.startsWith(`${m}. ${theme.theme}`);
  };
  const start = rows.find((r) => opens(r.cells[first], key))?.row;
  if (start === undefined) throw new Error(`no opener for ${key}`);
  const next =
    key === "general" || Number.isNaN(n)
      ? undefined
      : rows.find(
          (r) =>
            r.row > start &&
            (opens(r.cells[first], key.replace(/\d+$/, String(n + 1))) || opens(r.cells[first], "general")),
        )?.row;
  return [start, next ?? Number.MAX_SAFE_INTEGER];
}

const ACTION_HEADER: Readonly<Record<Layout, string>> = {
  "metric-led": "Action required",
  "objective-led": "Action",
  "theme-led": "Activity",
};

function roll(layout: Layout, standard: Standard): { next: NextYear; filled: ReturnType<typeof filledPlan> } {
  const filled = filledPlan(layout, standard);
  const result = startNextYear(snapshotOf(filled.model), { standard });
  if (!result.ok) throw new Error(result.message);
  return { next: result.value, filled };
}

describe.each(CASES)("%s %s plan rolled forward", (layout, standard) => {
  const { next, filled } = roll(layout, standard);
  const plan = next.model.sheets.find((s) => s.id === "plan")!;

  it("is next year's plan in the same layout, standard and renamed key", () => {
    expect(next.options).toMatchObject({ layout, standard, period: "2026-27" });
    expect(plan.name).toBe(`${standard} plan 2026-27`);
    const labels = next.options.statuses.map((s) => s.label);
    expect(labels).toEqual([
      RENAMED_CRITICAL,
      "Slippage likely / Not Critical",
      "On Track, Good Progress",
      RENAMED_DELIVERED,
    ]);
    // "Done" is the delivered state only by its blue fill: the label rule does not know the word.
    expect(next.from.delivered).toEqual({ label: RENAMED_DELIVERED, colour: "#0070C0" });
  });

  it("reads the organisation from the data sheet when the plan's title was typed over", () => {
    if (standard === "WRES") expect(next.options.organisation).toBe(ORGANISATION);
    else {
      // No data sheet to fall back on: the typed title is kept, and the user is told.
      expect(next.options.organisation).toBe(TYPED_TITLE);
      expect(next.notes.join(" ")).toMatch(/title did not name the organisation/);
    }
  });

  it("carries every undelivered action with its fields, in its own block, noted as carried over", () => {
    const rows = tableRows(plan);
    expect(next.carried).toHaveLength(filled.carried.length);
    for (const expected of filled.carried) {
      const found = rows.find((r) => r.cells[ACTION_HEADER[layout]] === expected.action);
      expect({ action: expected.action, found: found !== undefined }).toEqual({
        action: expected.action,
        found: true,
      });
      const cells = found!.cells;
      expect(cells).toMatchObject(carriedRow(expected, filled.hasRationale));
      const [start, end] = blockSpan(layout, standard, plan, expected.block);
      expect({ action: expected.action, inBlock: found!.row >= start && found!.row < end }).toEqual({
        action: expected.action,
        inBlock: true,
      });
    }
  });

  it("numbers the blank rows on after the carried ones, so every block still has three action rows", () => {
    const rows = tableRows(plan).map((r) => r.cells[ACTION_HEADER[layout]]);
    // Block 1 carried [1.1] and [1.3]: one blank row, [1.4]. Block 2 carried [2.1] and an unnumbered row.
    expect(rows).toContain("[1.4]");
    expect(rows).not.toContain("[1.2]");
    expect(rows).toContain("[2.2]");
    expect(rows).not.toContain("[2.3]");
    expect(rows).toContain("[3.3]");
  });

  it("lists every delivered action on the Delivered sheet", () => {
    const sheet = next.model.sheets.find((s) => s.id === "delivered")!;
    expect(sheet.name).toBe(`${standard} delivered 2025-26`);
    expect(at(sheet, 1, 1)).toBe("Delivered in 2025-26");
    const rows = tableRows(sheet);
    expect(rows.map((r) => r.cells.Action)).toEqual(filled.delivered.map((d: ExpectedAction) => d.action));
    for (const [i, d] of filled.delivered.entries())
      expect(rows[i].cells).toMatchObject({ Status: RENAMED_DELIVERED, Lead: d.lead, "Due date": d.due });
  });

  if (standard === "WRES") {
    it("fills the data sheet's previous-year inputs with last year's current-year inputs", () => {
      const data = next.model.sheets.find((s) => s.id === "data")!;
      const current = Object.entries(filled.inputs).filter(([k]) => !k.startsWith("prev."));
      // 7 counts × White, BME, Unknown, and 4 survey indicators × White, BME.
      expect(current.length).toBe(29);
      for (const [key, value] of current) {
        const { row, column } = parseCell(data.inputs[`prev.${key}`]);
        expect({ key, value: at(data, column + 1, row + 1) }).toEqual({ key, value });
      }
      expect(next.previousInputs).toBe(current.length);
    });

    it("keeps 2025-26's headline figures in the History (expected.json, and the typed survey figures)", () => {
      const sheet = next.model.sheets.find((s) => s.id === "history")!;
      expect(sheet.name).toBe("WRES history to 2025-26");
      const rows = tableRows(sheet);
      const figure = (n: number) =>
        rows.find((r) => r.cells.Indicator === n && r.cells.Year === "2025-26")?.cells.Figure;
      const e = sampleTrust.indicators;
      expect(figure(1)).toBeCloseTo(e["1_overall_bme_share"], 15);
      expect(figure(2)).toBeCloseTo(e["2_appointment_rl"], 15);
      expect(figure(3)).toBeCloseTo(e["3_disciplinary_rl_current_year"], 15);
      expect(figure(4)).toBeCloseTo(e["4_training_rl"], 15);
      expect(figure(5)).toBe(filled.inputs["survey.5.bme"]);
      expect(figure(8)).toBe(filled.inputs["survey.8.bme"]);
      // The board gap in percentage points, as the data sheet shows it.
      expect(figure(9)).toBeCloseTo(100 * e["9_board_gap_voting"], 13);
      expect(next.historyYears).toEqual(["2025-26"]);
    });
  }
});

describe("three roll-forwards in a row", () => {
  it("keep every year's figures in the History, one row per year and indicator", () => {
    let snapshot = snapshotOf(filledPlan("metric-led", "WRES").model);
    let last: NextYear | undefined;
    // This year's counts arrive with each roll-forward (as --staff … does): hand-worked, then the sample again.
    const counts = [ROUND_YEAR, current(sampleInputs()), {}];
    for (const [i, year] of ["2025-26", "2026-27", "2027-28"].entries()) {
      const result = startNextYear(snapshot, { standard: "WRES", inputs: counts[i] });
      if (!result.ok) throw new Error(result.message);
      last = result.value;
      expect(last.from.period).toBe(year);
      // The next year's workbook is last year's sheets plus the new ones, as inside Excel.
      const previous = snapshot;
      const added = snapshotOf(last.model);
      snapshot = {
        sheets: [...previous.sheets, ...added.sheets],
        tables: [...previous.tables, ...added.tables],
        cells: [...previous.cells, ...added.cells],
      };
    }
    expect(last!.options.period).toBe("2028-29");
    expect(last!.historyYears).toEqual(["2025-26", "2026-27", "2027-28"]);
    const history = tableRows(last!.model.sheets.find((s) => s.id === "history")!);
    // One row per year and indicator: 9 indicators × 3 years.
    expect(history).toHaveLength(27);
    const figure = (n: number, year: string) =>
      history.find((r) => r.cells.Indicator === n && r.cells.Year === year)?.cells.Figure as number;
    for (const year of ["2025-26", "2027-28"]) {
      expect(figure(2, year)).toBeCloseTo(sampleTrust.indicators["2_appointment_rl"], 15);
      expect(figure(9, year)).toBeCloseTo(100 * sampleTrust.indicators["9_board_gap_voting"], 13);
    }
    for (const [n, value] of Object.entries(ROUND_YEAR_FIGURES))
      expect(figure(Number(n), "2026-27")).toBeCloseTo(value, 15);
    // The carried actions went forward each year; the delivered ones only once.
    expect(last!.carried.map((a) => a.action)).toContain("[1.1] Targeted recruitment for Band 6 and above");
    expect(last!.delivered).toHaveLength(0);
    const rationale = tableRows(last!.model.sheets[0]).find(
      (r) => r.cells["Action required"] === "[1.1] Targeted recruitment for Band 6 and above",
    )!.cells["Rationale / intended outcome"];
    expect(rationale).toBe(
      "Carried over from 2027-28. Carried over from 2026-27. Carried over from 2025-26. Address under-representation in senior bands",
    );
  });
});

describe("refusals: one clear message", () => {
  it("a workbook without a plan", () => {
    const result = startNextYear({
      sheets: ["Sheet1"],
      tables: [],
      cells: [{ name: "Sheet1", values: [["hello"]] }],
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^This workbook holds no action plan: no table has the plan's columns/),
    });
  });

  it("a plan whose table was deleted (converted to a range)", () => {
    const snapshot = snapshotOf(filledPlan("metric-led", "WRES").model);
    const result = startNextYear({
      ...snapshot,
      tables: snapshot.tables.filter((t) => !t.name.includes("plan")),
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The sheet “WRES plan 2025-26” has an action plan's headers in row 6, but they are no longer an Excel table/,
      ),
    });
  });

  it("a plan from a different standard", () => {
    const snapshot = snapshotOf(filledPlan("theme-led", "WDES").model);
    const result = startNextYear(snapshot, { standard: "WRES" });
    expect(result).toEqual({
      ok: false,
      message:
        "This workbook's plan is a WDES plan (sheet “WDES plan 2025-26”), not a WRES plan. Choose WDES to start next year's plan from it.",
    });
  });

  it("a plan that lost its Status column names the column", () => {
    const snapshot = snapshotOf(filledPlan("objective-led", "WRES").model);
    const tables = snapshot.tables.map((t) => ({
      ...t,
      headers: t.headers.map((h) => (h === "Status" ? "RAG" : h)),
    }));
    const result = startNextYear({ ...snapshot, tables });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/has no “Status” column/) });
  });
});
