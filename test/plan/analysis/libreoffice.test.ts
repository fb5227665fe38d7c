/**
 * LibreOffice opens the analysis sheets as the .xlsx writer writes them (no cached results), recalculates,
 * and must get the same answers as the spec: indicator 1 shares from expected.json, the hand-worked Model
 * Employer line, and the dashboard's hand count. Skipped only when LibreOffice is not installed.
 */
/* eslint-disable office-addins/call-sync-before-read -- ExcelJS objects read from a file, not office.js proxies */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { withAnalysisSheets } from "../../../src/plan/analysis-sheets";
import { buildWorkbook } from "../../../src/plan/build-workbook";
import { num, text } from "../../../src/plan/cells";
import { findPlanColumns } from "../../../src/plan/dashboard-sheet";
import { DEFAULT_PLAN_OPTIONS, DEFAULT_STATUSES, type PlanOptions } from "../../../src/plan/options";
import type { SheetModel, WorkbookModel } from "../../../src/plan/sheet-model";
import { writeXlsx } from "../../../src/xlsx/write-xlsx";
import { parseAddress } from "./evaluate";

const SOFFICE = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
if (SOFFICE === "")
  console.warn("LibreOffice (soffice) is not installed: skipping the analysis-sheet recalculation test.");
jest.setTimeout(240_000);

const SAMPLE = path.resolve(__dirname, "../../../../shared/data/sample-trust");
const expected = JSON.parse(readFileSync(path.join(SAMPLE, "expected.json"), "utf8")) as {
  band_table: {
    band: string;
    White: number;
    BME: number;
    Unknown: number;
    bme_share: number;
    gap_vs_overall: number;
  }[];
};

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

function withTypedPlan(plan: SheetModel): SheetModel {
  const cols = findPlanColumns(plan);
  const progress = parseAddress(cols.progress!.split(":")[0]);
  const due = parseAddress(cols.due!.split(":")[0]);
  const letter = (n: number): string => String.fromCharCode(64 + n);
  const blocks = TYPED.flatMap(([status, date], i) => [
    { anchor: `${letter(progress.col)}${progress.row + i}`, rows: [[text(status)]] },
    { anchor: `${letter(due.col)}${due.row + i}`, rows: [[num(date)]] },
  ]);
  return { ...plan, blocks: [...plan.blocks, ...blocks] };
}

function convert(input: string, outdir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  try {
    const r = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        outdir,
        input,
      ],
      {
        encoding: "utf8",
        timeout: 180_000,
      },
    );
    const out = path.join(outdir, path.basename(input));
    if (!existsSync(out))
      throw new Error(`soffice did not convert ${input}: ${r.stderr || r.error?.message}`);
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

(SOFFICE ? describe : describe.skip)("LibreOffice recalculates the analysis sheets", () => {
  const options: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Sample NHS Trust" };
  const overall = expected.band_table.map((b) => ({
    band: b.band,
    white: b.White,
    bme: b.BME,
    unknown: b.Unknown,
  }));
  const base = buildWorkbook(options);
  const model: WorkbookModel = withAnalysisSheets(
    { ...base, sheets: base.sheets.map((s) => (s.id === "plan" ? withTypedPlan(s) : s)) },
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
    await book.xlsx.readFile(convert(file, path.join(dir, "out")));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(expected.band_table.map((b) => [b.band, b] as const))(
    "indicator 1, %s: share and gap as expected.json",
    (_b, b) => {
      const key = `ind1.overall.${b.band.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      // LibreOffice stores 15 significant digits.
      expect(resultOf("indicator1", `${key}.share`) as number).toBeCloseTo(b.bme_share, 12);
      expect(resultOf("indicator1", `${key}.gap`) as number).toBeCloseTo(b.gap_vs_overall, 12);
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
});
