import fc from "fast-check";
import {
  BEHIND,
  ME_CELLS,
  ON_TRACK,
  bandGroup,
  buildModelEmployerSheet,
  modelEmployerLayout,
  type ModelEmployerBand,
  type ModelEmployerSettings,
} from "../../../src/plan/model-employer-sheet";
import { modelEmployerGoals } from "../../../src/wres/model-employer";
import { address, columnLetter, ref } from "../../../src/plan/a1";
import type { FormulaRule } from "../../../src/plan/sheet-model";
import { cellAt as modelCell, evaluate } from "../../support/hyperformula";

/*
 * Hand-worked example (wres.md "Model Employer"): Band 7 had 10 BME staff of 100 in 2019; the band has 120
 * staff now; target share 0.3 by 2028. Target = 0.3 × 120 = 36. Straight line over 9 years:
 * goal(y) = 10 + (36 − 10) × (y − 2019) / 9 = 10 + 26k/9, rounded up:
 *   2019: 10          → 10
 *   2020: 12.888…     → 13
 *   2021: 15.777…     → 16
 *   2022: 18.666…     → 19
 *   2023: 21.555…     → 22
 *   2024: 24.444…     → 25
 *   2025: 27.333…     → 28
 *   2026: 30.222…     → 31
 *   2027: 33.111…     → 34
 *   2028: 36          → 36
 */
const HAND_GOALS: ReadonlyArray<readonly [number, number]> = [
  [2019, 10],
  [2020, 13],
  [2021, 16],
  [2022, 19],
  [2023, 22],
  [2024, 25],
  [2025, 28],
  [2026, 31],
  [2027, 34],
  [2028, 36],
];

const settings: ModelEmployerSettings = {
  period: "2025-26",
  baselineYear: 2019,
  targetYear: 2028,
  targetShare: 0.3,
};

function sheetFor(bands: readonly ModelEmployerBand[], s: ModelEmployerSettings = settings) {
  const sheet = buildModelEmployerSheet(bands, s);
  return { sheet, ev: evaluate([sheet]) };
}

describe("Model Employer goals, hand-worked example", () => {
  const { sheet, ev } = sheetFor([
    { band: "Band 7", baselineBme: 10, baselineTotal: 100, headcount: 120, actualBme: 27 },
  ]);

  it.each(HAND_GOALS)("goal for %i is %i", (year, goal) => {
    expect(ev.value("model-employer", sheet.outputs[`me.band-7.goal.${year}`])).toBe(goal);
  });

  it("labels the year columns baseline to target by formula", () => {
    const layout = modelEmployerLayout([{ band: "Band 7" }], settings);
    expect(layout.years).toEqual(HAND_GOALS.map(([y]) => y));
    layout.yearColumns.forEach((column, k) =>
      expect(ev.value("model-employer", `${column}9`)).toBe(2019 + k),
    );
  });

  it("takes this year (period 2025-26 → 2025) and its goal 28; 27 is behind", () => {
    expect(ev.value("model-employer", ME_CELLS.thisYear)).toBe(2025);
    expect(ev.value("model-employer", sheet.outputs["me.band-7.goal"])).toBe(28);
    expect(ev.value("model-employer", sheet.outputs["me.band-7.on_track"])).toBe(BEHIND);
  });

  it("exactly meeting the goal is on track (actual ≥ goal)", () => {
    const local = evaluate([sheet]);
    local.set("model-employer", sheet.inputs["me.band-7.actual"], 28);
    expect(local.value("model-employer", sheet.outputs["me.band-7.on_track"])).toBe(ON_TRACK);
  });

  it("recalculates when the target year is edited: 2030 spreads the same rise over 11 years", () => {
    const local = evaluate([sheet]);
    local.set("model-employer", ME_CELLS.targetYear, 2030);
    // 2025: 10 + 26 × 6 / 11 = 24.18… → 25.
    expect(local.value("model-employer", sheet.outputs["me.band-7.goal.2025"])).toBe(25);
  });

  it("shows the baseline share by formula", () => {
    expect(ev.value("model-employer", "E10")).toBeCloseTo(0.1, 12);
  });
});

describe("Model Employer goals, edge cases", () => {
  it.each([
    // 0.07 × 100 is 7.000000000000001 in binary floating point: without the guard ROUNDUP would give 8.
    ["float noise at a whole number", { baselineBme: 7, headcount: 100 }, 0.07, 2025, 7],
    // A band already above target: the line falls, and the goal still rounds up.
    ["falling line", { baselineBme: 50, headcount: 100 }, 0.3, 2020, 48], // 50 − 20/9 = 47.78 → 48
    // Target year goal equals target share × headcount rounded up (0.25 × 30 = 7.5 → 8).
    ["fractional target", { baselineBme: 2, headcount: 30 }, 0.25, 2028, 8],
    // A year after the target year holds at the target.
    ["after the target year", { baselineBme: 10, headcount: 120 }, 0.3, 2031, 36],
  ])("%s", (_why, band, share, year, goal) => {
    const { sheet, ev } = sheetFor([{ band: "Band 5", ...band }], {
      ...settings,
      targetShare: share,
      currentYear: year,
    });
    expect(ev.value("model-employer", sheet.outputs["me.band-5.goal"])).toBe(goal);
  });

  it("blank inputs give blank goals, not errors", () => {
    const { sheet, ev } = sheetFor([{ band: "Band 6" }]);
    expect(ev.value("model-employer", sheet.outputs["me.band-6.goal"])).toBe("");
    expect(ev.value("model-employer", sheet.outputs["me.band-6.goal.2019"])).toBe("");
    expect(ev.value("model-employer", sheet.outputs["me.band-6.on_track"])).toBe("");
  });

  it("defaults the target share to the overall BME share of this year's headcount, by formula", () => {
    // (30 + 10) / (100 + 100) = 0.2.
    const { sheet, ev } = sheetFor(
      [
        { band: "Band 5", headcount: 100, actualBme: 30 },
        { band: "Band 8A", headcount: 100, actualBme: 10 },
      ],
      { period: "2025-26" },
    );
    expect(modelCell(sheet, ME_CELLS.targetShare)?.kind).toBe("formula");
    expect(ev.value("model-employer", ME_CELLS.targetShare)).toBeCloseTo(0.2, 12);
    expect(ev.value("model-employer", ME_CELLS.targetYear)).toBe(2028);
    expect(ev.value("model-employer", ME_CELLS.baselineYear)).toBe(2019);
  });

  it("agrees with the engine's modelEmployerGoals on arbitrary lines", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 12 }),
        (bme, total, sharePct, span) => {
          const line = {
            bandBme: Math.min(bme, total),
            bandTotal: total,
            targetShare: sharePct / 100,
            baselineYear: 2019,
            targetYear: 2019 + span,
          };
          const engine = modelEmployerGoals(line);
          if (!engine.ok) throw new Error("engine refused a valid line");
          const { sheet, ev } = sheetFor([{ band: "Band 3", baselineBme: line.bandBme, headcount: total }], {
            period: "2025-26",
            baselineYear: 2019,
            targetYear: line.targetYear,
            targetShare: line.targetShare,
          });
          for (const [year, goal] of engine.value)
            expect(ev.value("model-employer", sheet.outputs[`me.band-3.goal.${year}`])).toBe(goal);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("Model Employer sheet, formats and chart", () => {
  const bands: ModelEmployerBand[] = [
    { band: "Band 3", baselineBme: 20, headcount: 50, actualBme: 25 },
    { band: "Band 4", baselineBme: 10, headcount: 50, actualBme: 9 },
    { band: "Band 8C", baselineBme: 1, headcount: 10, actualBme: 1 },
  ];
  const { sheet, ev } = sheetFor(bands);

  it.each([
    ["Under Band 1", "Bands 1–4"],
    ["Band 4", "Bands 1–4"],
    ["Band 7", "Bands 5–7"],
    ["Band 8B", "Bands 8A–8B"],
    ["VSM", "Bands 8C–9 and VSM"],
    ["Trainee grades", "Medical & dental"],
    ["Other", "Other"],
  ])("%s is in group %s", (band, group) => {
    expect(bandGroup(band)).toBe(group);
  });

  it("colours the on-track flag green and red with native formulas", () => {
    const rules = sheet.conditionalFormats.filter((r): r is FormulaRule => r.kind !== "dataBar");
    expect(rules.map((r) => [r.range, r.formula, r.fill])).toEqual([
      ["I10:I12", `=$I10="On track"`, "#C6EFCE"],
      ["I10:I12", `=$I10="Behind"`, "#FFC7CE"],
    ]);
  });

  it("marks the year, share and count cells as unlocked inputs", () => {
    const unlocked = sheet.formats.filter((f) => f.style.locked === false).map((f) => f.range);
    expect(unlocked).toEqual(["B4:B7", "C10:D12", "F10:G12"]);
  });

  it("draws one line chart per band group from hidden columns, categories under a blank top-left cell", () => {
    const layout = modelEmployerLayout(bands, settings);
    expect(sheet.charts.map((c) => c.type)).toEqual(["line", "line"]);
    expect(layout.groups.map((g) => g.group)).toEqual(["Bands 1–4", "Bands 8C–9 and VSM"]);
    const g = layout.groups[0];
    const at = (column: number, row: number): string => ref(address(g.column + column, row));
    expect(sheet.charts[0].dataRange).toBe(`${at(0, g.headerRow)}:${at(2, g.lastRow)}`);
    expect(sheet.charts[0].plotsHiddenCells).toBe(true);
    // Issue 9, finding 2: with "Year" over the numeric years Excel made the years a series of their own.
    expect(modelCell(sheet, at(0, g.headerRow))).toEqual({ kind: "blank" });
    const hidden = new Set(sheet.columns.filter((c) => c.hidden).map((c) => c.column));
    for (const k of [0, 1, 2]) expect(hidden.has(columnLetter(g.column + k))).toBe(true);
    // Bands 1–4 goals in 2019 are the baseline counts summed: 20 + 10 = 30; the actual for 2019 too.
    expect(ev.value("model-employer", at(0, g.headerRow + 1))).toBe(2019);
    expect(ev.value("model-employer", at(1, g.headerRow + 1))).toBe(30);
    expect(ev.value("model-employer", at(2, g.headerRow + 1))).toBe(30);
    // 2025 (this year): actual 25 + 9 = 34; years with no actual are #N/A (a gap in the line).
    expect(ev.value("model-employer", at(2, g.headerRow + 7))).toBe(34);
    expect(ev.value("model-employer", at(2, g.headerRow + 2))).toEqual({ error: "#N/A" });
  });

  it("places the charts below the table, one under another, and prints the table with its header repeated", () => {
    const layout = modelEmployerLayout(bands, settings);
    expect(sheet.charts.map((c) => c.anchor)).toEqual(layout.groups.map((g) => `A${g.anchorRow}`));
    expect(layout.groups[0].anchorRow).toBeGreaterThan(layout.lastRow);
    expect(layout.groups[1].anchorRow - layout.groups[0].anchorRow).toBeGreaterThanOrEqual(
      sheet.charts[0].heightRows,
    );
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1, repeatRows: "$9:$9" });
  });
});
