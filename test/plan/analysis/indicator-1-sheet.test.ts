import { addressOf } from "../../../src/plan/a1";
import {
  buildIndicator1Sheet,
  clusterLayouts,
  type Indicator1Tables,
} from "../../../src/plan/indicator-1-sheet";
import type { BandHeadcount } from "../../../src/wres/band-table";
import { cellAt as modelCell, evaluate, formatsCovering } from "../../support/hyperformula";
import { sampleBands, sampleTrust } from "../../support/sample-trust";

const expected = { band_table: sampleBands(), indicators: sampleTrust.indicators };

const overallRows: BandHeadcount[] = expected.band_table.map((b) => ({
  band: b.band,
  white: b.White,
  bme: b.BME,
  unknown: b.Unknown,
}));
const AFC = new Set(overallRows.slice(0, 14).map((r) => r.band));

// expected.json gives the all-staff band table; the clusters here are split from it so each table has rows.
const tables: Indicator1Tables = {
  nonClinical: overallRows
    .filter((r) => AFC.has(r.band))
    .map((r) => ({ ...r, white: Math.floor(r.white / 2) })),
  clinical: overallRows.filter((r) => AFC.has(r.band)),
  medical: overallRows.filter((r) => !AFC.has(r.band)),
  overall: [...overallRows, { band: "Overall", white: 3422, bme: 2409, unknown: 169 }],
};

const sheet = buildIndicator1Sheet(tables, "2025-26");
const ev = evaluate([sheet]);
const num = (address: string): number => {
  const v = ev.value("indicator1", address);
  if (typeof v !== "number") throw new Error(`${address} is ${JSON.stringify(v)}`);
  return v;
};

describe("indicator 1 sheet, sample trust (expected.json band_table)", () => {
  it("computes the overall workforce share from the all-staff counts", () => {
    // expected.json: 2409 BME of 6000 staff.
    expect(
      Math.abs(num(sheet.outputs["ind1.overall.share"]) - expected.indicators["1_overall_bme_share"]),
    ).toBeLessThanOrEqual(1e-12);
  });

  it.each(expected.band_table.map((b) => [b.band, b] as const))(
    "%s: total, BME share and gap match expected.json",
    (_band, b) => {
      const key = `ind1.overall.${b.band.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      expect(num(sheet.outputs[`${key}.total`])).toBe(b.total);
      expect(Math.abs(num(sheet.outputs[`${key}.share`]) - b.bme_share)).toBeLessThanOrEqual(1e-12);
      // In percentage points: 100 × expected.json's fraction.
      expect(Math.abs(num(sheet.outputs[`${key}.gap`]) - 100 * b.gap_vs_overall)).toBeLessThanOrEqual(1e-10);
    },
  );

  it("drops the engine's Overall row: the sheet sums the bands itself", () => {
    const overall = clusterLayouts(tables)[3];
    expect(overall.bands).toHaveLength(17);
    expect(overall.bands).not.toContain("Overall");
  });

  it("a cluster's gap is against the whole workforce, not the cluster", () => {
    // Medical Consultants: 114 / 233 − 0.4015 (expected.json's own gap for the band).
    const c = expected.band_table.find((b) => b.band === "Consultants")!;
    expect(
      Math.abs(num(sheet.outputs["ind1.medical.consultants.gap"]) - 100 * c.gap_vs_overall),
    ).toBeLessThanOrEqual(1e-10);
  });

  it("stays live: editing a count changes the share by formula", () => {
    const local = evaluate([sheet]);
    // Band 9 was 17 White, 1 BME, 1 Unknown; typing 9 BME makes 9 / 27.
    local.set("indicator1", sheet.inputs["ind1.clinical.band-9.bme"], 9);
    expect(local.value("indicator1", sheet.outputs["ind1.clinical.band-9.share"])).toBeCloseTo(9 / 27, 12);
  });
});

describe("indicator 1 sheet, structure", () => {
  it("has one banded table per cluster with the agreed ids, each over header plus band rows", () => {
    expect(sheet.tables.map((t) => t.id)).toEqual([
      "ind1_nonclinical",
      "ind1_clinical",
      "ind1_medical",
      "ind1_overall",
    ]);
    const layouts = clusterLayouts(tables);
    sheet.tables.forEach((t, i) => {
      const l = layouts[i];
      expect(t.range).toBe(`A${l.headerRow}:G${l.lastRow}`);
      expect(modelCell(sheet, `A${l.headerRow}`)).toEqual({ kind: "text", text: "Band" });
      expect(modelCell(sheet, `F${l.headerRow}`)).toEqual({ kind: "text", text: "BME share" });
    });
  });

  it("writes shares as formulas, not values, and formats them as percentages, gaps as points", () => {
    const address = sheet.outputs["ind1.overall.band-5.share"];
    expect(modelCell(sheet, address)?.kind).toBe("formula");
    expect(formatsCovering(sheet, address).map((f) => f.style.numberFormat)).toContain("0.0%");
    const gap = sheet.outputs["ind1.overall.band-5.gap"];
    expect(formatsCovering(sheet, gap).map((f) => f.style.numberFormat)).toContain(
      '+0.0" pp";-0.0" pp";0.0" pp"',
    );
  });

  it("points each chart at its own band and share cells, in hidden columns with a blank top-left cell", () => {
    const layouts = clusterLayouts(tables);
    expect(sheet.columns.filter((c) => c.hidden).map((c) => c.column)).toEqual(["I", "J", "K"]);
    sheet.charts.forEach((c, i) => {
      const l = layouts[i];
      expect(c.type).toBe("column");
      expect(c.dataRange).toBe(`I${l.headerRow}:K${l.lastRow}`);
      expect(c.plotsHiddenCells).toBe(true);
      // Blank over the categories, so Excel does not take them for a series (issue 9, finding 2).
      expect(modelCell(sheet, `I${l.headerRow}`)).toEqual({ kind: "blank" });
      // The chart's first data row is the table's first band and share.
      expect(modelCell(sheet, `I${l.firstRow}`)).toEqual({ kind: "formula", formula: `=A${l.firstRow}` });
      expect(modelCell(sheet, `J${l.firstRow}`)).toEqual({ kind: "formula", formula: `=F${l.firstRow}` });
    });
  });

  it("prints each staff group on its own page under the title and overall share", () => {
    const layouts = clusterLayouts(tables);
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1, repeatRows: "$1:$4" });
    expect(sheet.print?.breaksBefore).toEqual(layouts.slice(1).map((l) => l.headerRow - 1));
  });

  it("tables and charts of consecutive clusters do not overlap", () => {
    const layouts = clusterLayouts(tables);
    for (let i = 1; i < layouts.length; i++) {
      const chartBottom = addressOf(sheet.charts[i - 1].anchor).row + sheet.charts[i - 1].heightRows;
      expect(layouts[i].headerRow - 1).toBeGreaterThan(Math.max(layouts[i - 1].lastRow, chartBottom - 1));
    }
  });

  it("lays out the standard bands with blank counts when a cluster has no rows", () => {
    const empty = buildIndicator1Sheet(
      { nonClinical: [], clinical: [], medical: [], overall: [] },
      "2025-26",
    );
    const e = evaluate([empty]);
    // wres.md: medical & dental grades are Consultants, Non-consultant career grade, Trainee grades, Other.
    expect(clusterLayouts({ nonClinical: [], clinical: [], medical: [], overall: [] })[2].bands).toEqual([
      "Consultants",
      "Non-consultant career grade",
      "Trainee grades",
      "Other",
    ]);
    // No counts: shares blank, not #DIV/0!.
    expect(e.value("indicator1", empty.outputs["ind1.medical.consultants.share"])).toBe("");
    expect(e.value("indicator1", empty.outputs["ind1.overall.share"])).toBe("");
  });
});
