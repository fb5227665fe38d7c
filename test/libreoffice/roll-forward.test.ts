/**
 * Three successive roll-forwards, each from a workbook saved by LibreOffice (as a user's spreadsheet app
 * saves it, cached results and its own table parts included), give a History sheet with three years of
 * figures; LibreOffice recalculates it, and its change words, and the new data sheet's previous-year
 * figures, to the engine's values. Skipped only when LibreOffice is not installed (CI installs it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildDataSheet } from "../../src/plan/data-sheet";
import { WRES_HEADLINES } from "../../src/plan/headline-figures";
import { trend } from "../../src/wres/trend";
import { nextYearFile } from "../../src/xlsx/next-year-file";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import {
  filledPlan,
  ROUND_YEAR,
  ROUND_YEAR_FIGURES,
  SAMPLE_YEAR_FIGURES,
  sampleInputs,
} from "../plan/support/filled-plan";
import { sampleTrust } from "../support/sample-trust";
import { convert, SOFFICE } from "./soffice";

/** One file converted into `outdir` (the helper converts many in one LibreOffice run). */
const convertOne = (input: string, to: string, outdir: string): string => {
  mkdirSync(outdir, { recursive: true });
  return convert([input], to, outdir)[0];
};

jest.setTimeout(600_000);

const available = SOFFICE !== "";
if (!available)
  console.warn("LibreOffice (soffice) is not installed: skipping the roll-forward recalculation test.");

const thisYear = (inputs: Record<string, number>) =>
  Object.fromEntries(Object.entries(inputs).filter(([k]) => !k.startsWith("prev.")));

/**
 * Each indicator's figure by year, from expected.json and the hand-worked year (filled-plan.ts), and the
 * change words wres.md's directions give: 2026-27 is worse than 2025-26 for every indicator whose figure
 * moved away from its better end, and 2027-28 (the sample again) reverses it.
 */
const e = sampleTrust.indicators;
const sample = sampleInputs();
// 2025-26 → 2026-27, by wres.md's "Better" column: 1 higher (0.4015 → 0.4), 2–4 parity (away from 1.00),
// 5, 6, 8 lower (each falls), 7 higher (rises), 9 closer to zero (−6.8 → −20 pp).
const CHANGE_TO_ROUND: Readonly<Record<number, string>> = {
  1: "Deterioration",
  2: "Deterioration",
  3: "Deterioration",
  4: "Deterioration",
  5: "Improvement",
  6: "Improvement",
  7: "Improvement",
  8: "Improvement",
  9: "Deterioration",
};
const reverse = (word: string) => (word === "Improvement" ? "Deterioration" : "Improvement");

(available ? describe : describe.skip)("three roll-forwards through LibreOffice", () => {
  let dir: string;
  let recalculated: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "lo-roll-"));
    let saved = path.join(dir, "2025-26.xlsx");
    writeFileSync(saved, await writeXlsx(filledPlan("metric-led", "WRES").model));
    // This year's counts as they arrive each year: hand-worked for 2026-27, the sample trust for 2027-28.
    const counts = [ROUND_YEAR, thisYear(sample), {}];
    for (const [i, to] of ["2026-27", "2027-28", "2028-29"].entries()) {
      // Last year's workbook as a spreadsheet app saved it.
      const lastYear = convertOne(saved, "xlsx", path.join(dir, `saved-${i}`));
      const made = await nextYearFile(new Uint8Array(readFileSync(lastYear)), {
        standard: "WRES",
        inputs: counts[i],
      });
      if (!made.ok) throw new Error(made.message);
      saved = path.join(dir, `${to}.xlsx`);
      writeFileSync(saved, made.bytes);
    }
    recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(convertOne(saved, "xlsx", path.join(dir, "final")));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** History rows as [indicator, year, figure, change result]. */
  function history(): [number, string, number, unknown][] {
    const ws = recalculated.getWorksheet("WRES history to 2027-28")!;
    const rows: [number, string, number, unknown][] = [];
    ws.eachRow((row, r) => {
      if (r <= 4) return;
      const change = row.getCell(5).value as { result?: unknown } | null;
      rows.push([
        row.getCell(1).value as number,
        row.getCell(3).value as string,
        row.getCell(4).value as number,
        (change && typeof change === "object" ? change.result : change) ?? "",
      ]);
    });
    return rows;
  }

  it("has three years of every indicator, one row per year and indicator", () => {
    const rows = history();
    expect(rows).toHaveLength(27);
    for (const h of WRES_HEADLINES)
      expect(rows.filter((r) => r[0] === h.indicator).map((r) => r[1])).toEqual([
        "2025-26",
        "2026-27",
        "2027-28",
      ]);
  });

  it.each(WRES_HEADLINES.map((h) => [h.indicator]))(
    "indicator %i's figures are expected.json's and the hand-worked year's",
    (n) => {
      const own = history().filter((r) => r[0] === n);
      expect(own[0][2]).toBeCloseTo(SAMPLE_YEAR_FIGURES[n], 12);
      expect(own[1][2]).toBeCloseTo(ROUND_YEAR_FIGURES[n], 12);
      expect(own[2][2]).toBeCloseTo(SAMPLE_YEAR_FIGURES[n], 12);
    },
  );

  it.each(WRES_HEADLINES.map((h) => [h.indicator, h.better]))(
    "indicator %i's change words, recalculated by LibreOffice, are the engine's (%s is better)",
    (n, better) => {
      const own = history().filter((r) => r[0] === n);
      expect(own.map((r) => r[3])).toEqual(["", CHANGE_TO_ROUND[n], reverse(CHANGE_TO_ROUND[n])]);
      for (const i of [1, 2])
        expect(trend(own[i - 1][2], own[i][2], better)).toEqual({ ok: true, value: own[i][3] });
    },
  );

  it("the 2028-29 data sheet's previous-year figures, recalculated, are 2027-28's", () => {
    const data = recalculated.getWorksheet("WRES data 2028-29")!;
    const layout = buildDataSheet({ ...filledPlan("metric-led", "WRES").options, period: "2028-29" }).sheet;
    const result = (key: string) => (data.getCell(layout.outputs[key]).value as { result?: number }).result;
    expect(result("ind2.previous")).toBeCloseTo(e["2_appointment_rl"], 12);
    expect(result("ind4.previous")).toBeCloseTo(e["4_training_rl"], 12);
    expect(result("ind9.previous")).toBeCloseTo(100 * e["9_board_gap_voting"], 10);
  });
});
