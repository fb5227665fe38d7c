import { addressOf, cellAddress, columnLetter, parseCell } from "../../../src/plan/a1";
import {
  buildAnalysisSheets,
  modelEmployerBands,
  withAnalysisSheets,
} from "../../../src/plan/analysis-sheets";
import { buildWorkbook } from "../../../src/plan/build-workbook";
import { ME_CELLS } from "../../../src/plan/model-employer-sheet";
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "../../../src/plan/options";
import { sampleCsv } from "../../support/csv";
import { countExtracts } from "../../../src/wres/extract-counts";
import { evaluate } from "../../support/hyperformula";
import { sampleBands, sampleTrust } from "../../support/sample-trust";

const expected = { band_table: sampleBands(), indicators: sampleTrust.indicators };

function sampleBandTables() {
  const counted = countExtracts({ staff: sampleCsv("staff.csv") });
  if (!counted.ok || !counted.value.bandTables) throw new Error("no band tables");
  return counted.value.bandTables;
}

const options: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Sample Trust" };

describe("analysis sheets from the sample trust's staff extract", () => {
  const bandTables = sampleBandTables();
  const workbook = withAnalysisSheets(buildWorkbook(options), options, { bandTables });
  const ev = evaluate(workbook);
  const ind1 = workbook.sheets.find((s) => s.id === "indicator1")!;

  it("appends the dashboard, indicator 1 and Model Employer sheets after the plan and data sheets", () => {
    expect(workbook.sheets.map((s) => s.role)).toEqual([
      "plan",
      "data",
      "dashboard",
      "indicator1",
      "model-employer",
    ]);
  });

  it.each(expected.band_table.map((b) => [b.band, b] as const))(
    "%s: share and gap from the extract match expected.json",
    (_b, b) => {
      const key = `ind1.overall.${b.band.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      expect(ev.value("indicator1", ind1.outputs[`${key}.total`])).toBe(b.total);
      expect(
        Math.abs((ev.value("indicator1", ind1.outputs[`${key}.share`]) as number) - b.bme_share),
      ).toBeLessThanOrEqual(1e-12);
      // The gap is shown in percentage points.
      expect(
        Math.abs((ev.value("indicator1", ind1.outputs[`${key}.gap`]) as number) - 100 * b.gap_vs_overall),
      ).toBeLessThanOrEqual(1e-10);
    },
  );

  it.each([
    // Head counts of staff.csv by band and staff group (counted from the file with `cut | sort | uniq -c`).
    ["nonclinical", "band-1", 57],
    ["clinical", "band-1", 50],
    ["nonclinical", "band-8b", 76],
    ["clinical", "vsm", 7],
    ["medical", "consultants", 233],
  ])("%s %s has %i staff", (cluster, band, total) => {
    expect(ev.value("indicator1", ind1.outputs[`ind1.${cluster}.${band}.total`])).toBe(total);
  });

  it("defaults Model Employer's target share to the overall BME share (0.4015) and fills this year's actuals", () => {
    const me = workbook.sheets.find((s) => s.id === "model-employer")!;
    expect(
      Math.abs(
        (ev.value("model-employer", ME_CELLS.targetShare) as number) -
          expected.indicators["1_overall_bme_share"],
      ),
    ).toBeLessThanOrEqual(1e-12);
    // expected.json: Band 5 has 443 BME of 969.
    expect(ev.value("model-employer", me.inputs["me.band-5.actual"])).toBe(443);
    expect(ev.value("model-employer", me.inputs["me.band-5.headcount"])).toBe(969);
    // No baseline given: goals wait for it.
    expect(ev.value("model-employer", me.outputs["me.band-5.goal"])).toBe("");
  });

  it("every formula in the added sheets evaluates without an error, but #N/A chart gaps in hidden columns", () => {
    for (const sheet of workbook.sheets.slice(2)) {
      const hidden = new Set(sheet.columns.filter((c) => c.hidden).map((c) => c.column));
      for (const block of sheet.blocks) {
        const origin = parseCell(block.anchor);
        block.rows.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            if (cell.kind !== "formula") return;
            const address = cellAddress(origin.column + c + 1, origin.row + r + 1);
            const v = ev.value(sheet.id, address);
            if (typeof v !== "object" || v === null) return;
            const column = columnLetter(origin.column + c + 1);
            expect([sheet.id, address, v.error, hidden.has(column)]).toEqual([
              sheet.id,
              address,
              "#N/A",
              true,
            ]);
          }),
        );
      }
    }
  });
});

describe("Model Employer rows from band tables", () => {
  it("pairs this year's bands with the baseline's by name and drops the Overall row", () => {
    const rows = modelEmployerBands(
      [
        { band: "Band 5", white: 60, bme: 30, unknown: 10 },
        { band: "Band 6", white: 50, bme: 20, unknown: 0 },
        { band: "Overall", white: 110, bme: 50, unknown: 10 },
      ],
      [{ band: "Band 5", white: 85, bme: 10, unknown: 5 }],
    );
    expect(rows).toEqual([
      { band: "Band 5", headcount: 100, actualBme: 30, baselineBme: 10, baselineTotal: 100 },
      { band: "Band 6", headcount: 70, actualBme: 20 },
    ]);
  });

  it("uses the baseline and choices given: 10 of 100 in 2019 → 0.3 × 120 in 2028 gives 28 in 2025", () => {
    // The hand-worked line of model-employer-sheet.test.ts: 10 + 26 × 6 / 9 = 27.33 → 28.
    const wb = buildWorkbook(options);
    const sheets = buildAnalysisSheets(wb, options, {
      bandTables: {
        nonClinical: [],
        clinical: [],
        medical: [],
        overall: [{ band: "Band 7", white: 80, bme: 28, unknown: 12 }],
      },
      modelEmployer: {
        baselineYear: 2019,
        targetYear: 2028,
        targetShare: 0.3,
        baseline: [{ band: "Band 7", white: 85, bme: 10, unknown: 5 }],
      },
      dashboard: false,
    });
    expect(sheets.map((s) => s.id)).toEqual(["indicator1", "model-employer"]);
    const me = sheets[1];
    const ev = evaluate(sheets);
    expect(ev.value("model-employer", me.outputs["me.band-7.goal"])).toBe(28);
    expect(ev.value("model-employer", me.outputs["me.band-7.on_track"])).toBe("On track");
  });

  it("adds only the dashboard when no extracts are given, and never a sheet id twice", () => {
    const wb = withAnalysisSheets(buildWorkbook(options), options, {});
    expect(wb.sheets.map((s) => s.id)).toEqual(["plan", "data", "dashboard"]);
    const again = withAnalysisSheets(wb, options, {});
    expect(again.sheets.map((s) => s.id)).toEqual(["plan", "data", "dashboard"]);
    // The chart sits right of the tables, from column G.
    expect(addressOf(again.sheets[2].charts[0].anchor).column).toBe(7);
  });
});
