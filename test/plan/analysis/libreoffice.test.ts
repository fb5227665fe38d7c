/**
 * LibreOffice opens the analysis sheets as the .xlsx writer writes them (no cached results), recalculates,
 * and must get the same answers as the spec: indicator 1 shares from expected.json, the hand-worked Model
 * Employer line, the dashboard's hand count, and the dashboard's indicator rows, row by row, against
 * expected.json. Skipped only when LibreOffice is not installed.
 */
/* eslint-disable office-addins/call-sync-before-read -- ExcelJS objects read from a file, not office.js proxies */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { address, addressOf, ref } from "../../../src/plan/a1";
import { withAnalysisSheets } from "../../../src/plan/analysis-sheets";
import { buildWorkbook, type PlanWorkbook } from "../../../src/plan/build-workbook";
import { num, text } from "../../../src/plan/cells";
import { DASHBOARD_FIGURES } from "../../../src/plan/dashboard-sheet";
import { DEFAULT_PLAN_OPTIONS, DEFAULT_STATUSES, type PlanOptions } from "../../../src/plan/options";
import { WRES_INDICATORS } from "../../../src/wres/indicators";
import { writeXlsx } from "../../../src/xlsx/write-xlsx";
import { available, convert } from "../../libreoffice/soffice";
import { sampleBands, sampleInputs, sampleTrust } from "../../support/sample-trust";

if (!available) console.warn("LibreOffice is not installed: skipping the analysis-sheet recalculation test.");
jest.setTimeout(240_000);

const expected = { band_table: sampleBands() };

/** Excel serial of a date, from UTC so every time zone gives the same number. */
const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const [RED, , GREEN, BLUE] = DEFAULT_STATUSES.map((s) => s.label);

/*
 * Typed into the plan: RED due 01/01/2000 (overdue), GREEN due 01/01/2100 (not), BLUE due 01/01/2000
 * (delivered, not overdue), GREEN due 01/01/2001 (overdue). Hand count: RED 1, GREEN 2, BLUE 1, overdue 2.
 */
const TYPED: ReadonlyArray<readonly [string, number]> = [
  [RED, serial(2000, 1, 1)],
  [GREEN, serial(2100, 1, 1)],
  [BLUE, serial(2000, 1, 1)],
  [GREEN, serial(2001, 1, 1)],
];

function withTypedPlan(workbook: PlanWorkbook): PlanWorkbook {
  const { status, due } = workbook.cells.plan;
  const blocks = TYPED.flatMap(([label, date], i) => [
    { anchor: ref(address(status.first.column, status.first.row + i)), rows: [[text(label)]] },
    { anchor: ref(address(due.first.column, due.first.row + i)), rows: [[num(date)]] },
  ]);
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => (s.id === "plan" ? { ...s, blocks: [...s.blocks, ...blocks] } : s)),
  };
}

(available ? describe : describe.skip)("LibreOffice recalculates the analysis sheets", () => {
  const options: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Sample NHS Trust" };
  const overall = expected.band_table.map((b) => ({
    band: b.band,
    white: b.White,
    bme: b.BME,
    unknown: b.Unknown,
  }));
  const model: PlanWorkbook = withAnalysisSheets(
    withTypedPlan(buildWorkbook(options, sampleInputs())),
    options,
    {
      bandTables: { nonClinical: [], clinical: [], medical: [], overall },
      // Band 7 this year: 376 White, 213 BME, 19 Unknown = 608. Baseline 2019: 10 BME of 100.
      modelEmployer: {
        baselineYear: 2019,
        targetYear: 2028,
        targetShare: 0.3,
        baseline: [{ band: "Band 7", white: 85, bme: 10, unknown: 5 }],
      },
    },
  );
  let dir: string;
  const book = new ExcelJS.Workbook();
  const sheetOf = (id: string) => book.getWorksheet(model.sheets.find((s) => s.id === id)!.name)!;
  const resultOf = (id: string, key: string): unknown => {
    const sheet = model.sheets.find((s) => s.id === id)!;
    const cell = sheetOf(id).getCell(sheet.outputs[key]);
    return cell.result ?? cell.value;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "lo-analysis-"));
    const file = path.join(dir, "analysis.xlsx");
    writeFileSync(file, await writeXlsx(model));
    const [out] = convert([file], "xlsx", path.join(dir, "out"));
    await book.xlsx.readFile(out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(expected.band_table.map((b) => [b.band, b] as const))(
    "indicator 1, %s: share and gap as expected.json",
    (_b, b) => {
      const key = `ind1.overall.${b.band.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      // LibreOffice stores 15 significant digits; the gap is in percentage points.
      expect(resultOf("indicator1", `${key}.share`) as number).toBeCloseTo(b.bme_share, 12);
      expect(resultOf("indicator1", `${key}.gap`) as number).toBeCloseTo(100 * b.gap_vs_overall, 10);
    },
  );

  it.each([
    // 10 + (0.3 × 608 − 10) × k / 9 = 10 + 172.4k / 9, rounded up: 2019 → 10, 2020 → 30 (29.16), 2025 → 125 (124.93), 2028 → 183 (182.4).
    [2019, 10],
    [2020, 30],
    [2025, 125],
    [2028, 183],
  ])("Model Employer Band 7 goal for %i is %i", (year, goal) => {
    expect(resultOf("model-employer", `me.band-7.goal.${year}`)).toBe(goal);
  });

  it("Model Employer Band 7: 213 BME against this year's goal of 125 is on track", () => {
    expect(resultOf("model-employer", "me.band-7.on_track")).toBe("On track");
  });

  it.each([
    [`count.${RED}`, 1],
    [`count.${GREEN}`, 2],
    [`count.${BLUE}`, 1],
    ["count.overdue", 2],
  ])("dashboard %s is %i", (key, count) => {
    expect(resultOf("dashboard", key)).toBe(count);
  });

  // Each dashboard row: its label names the figure expected.json computes, and its number is that figure.
  it.each([
    ["ind1", "1. Workforce representation", "1_overall_bme_share", 1],
    ["ind2", "2. Appointment from shortlisting", "2_appointment_rl", 1],
    ["ind3", "3. Entry into the formal disciplinary process", "3_disciplinary_rl_current_year", 1],
    ["ind3.two_year", "3. Entry into the formal disciplinary process", "3_disciplinary_rl_two_year", 1],
    ["ind4", "4. Access to non-mandatory training", "4_training_rl", 1],
    ["ind9.voting", "9. Board representation", "9_board_gap_voting", 100],
    ["ind9.executive", "9. Board representation", "9_board_gap_executive", 100],
  ] as const)("dashboard row %s: label %s… beside expected.json %s", (key, label, name, scale) => {
    const sheet = model.sheets.find((s) => s.id === "dashboard")!;
    const row = DASHBOARD_FIGURES.indexOf(key);
    expect(row).toBeGreaterThanOrEqual(0);
    const at = sheet.outputs[`${key}.current`];
    const ws = sheetOf("dashboard");
    const labelCell = ws.getCell(ref(address(1, addressOf(at).row)));
    expect(String(labelCell.value)).toMatch(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(resultOf("dashboard", `${key}.current`) as number).toBeCloseTo(
      scale * sampleTrust.indicators[name],
      10,
    );
  });

  it("dashboard rows run 1 to 9 in order, one indicator's figures together", () => {
    const sheet = model.sheets.find((s) => s.id === "dashboard")!;
    const ws = sheetOf("dashboard");
    const numbers = DASHBOARD_FIGURES.map((key) => {
      const at = sheet.outputs[`${key}.current`];
      return Number(/^(\d)\./.exec(String(ws.getCell(ref(address(1, addressOf(at).row))).value))?.[1]);
    });
    expect(numbers).toEqual([1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 9]);
    expect(numbers.map((n) => WRES_INDICATORS[n - 1].number)).toEqual(numbers);
  });
});
