/**
 * LibreOffice opens a plan make-plan wrote from the sample trust's extracts, RECALCULATES it (the file holds
 * no cached results) and must get expected.json's indicators; its PDF rendering must show the status key in
 * the spec's colours. Skipped only when LibreOffice is not installed (CI installs it).
 */
/* eslint-disable office-addins/call-sync-before-read -- these are ExcelJS objects read from a file, not office.js proxies */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { planWorkbook } from "../../src/cli/plan-workbook";
import { addressOf } from "../../src/plan/a1";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, DEFAULT_STATUSES } from "../../src/plan/options";
import { runMakePlan, SAMPLE_FLAGS } from "../cli/run-make-plan";
import { sampleTrust as expected } from "../support/sample-trust";
import { decodePng, findColour, type Image } from "./png";
import { PDFTOPPM, available, convert } from "./soffice";
import { sampleTrustArgs, sampleTrustCounts } from "../support/workbook-kinds";

if (!available) {
  console.warn(
    "LibreOffice (soffice) or poppler (pdftoppm) is not installed: skipping the recalculation tests. Install libreoffice-calc and poppler-utils to run them.",
  );
}

jest.setTimeout(240_000);

/** Data-sheet output key → expected.json indicator, and the sheet's scale (board gaps in points, ×100). */
const INDICATORS: [string, string, number][] = [
  ["ind1.current", "1_overall_bme_share", 1],
  ["ind2.current", "2_appointment_rl", 1],
  ["ind3.current", "3_disciplinary_rl_current_year", 1],
  ["ind3.two_year.current", "3_disciplinary_rl_two_year", 1],
  ["ind4.current", "4_training_rl", 1],
  ["ind9.voting.current", "9_board_gap_voting", 100],
  ["ind9.executive.current", "9_board_gap_executive", 100],
];

/** Hue in degrees, to name a colour the way wres.md does (red, amber, green, blue). */
function colourWord(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  const hue = h * 60;
  if (hue < 15 || hue >= 345) return "red";
  if (hue >= 30 && hue < 55) return "amber";
  if (hue >= 90 && hue < 165) return "green";
  if (hue >= 190 && hue < 250) return "blue";
  return "other";
}

(available ? describe : describe.skip)("LibreOffice recalculates a make-plan workbook", () => {
  let dir: string;
  let recalculated: ExcelJS.Workbook;
  let page: Image;
  const options = { ...DEFAULT_PLAN_OPTIONS, organisation: "Sample NHS Trust" };
  const model = buildWorkbook(options);

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "lo-recalc-"));
    const plan = path.join(dir, "plan.xlsx");
    const run = runMakePlan(["--out", plan, "--org", "Sample NHS Trust", ...SAMPLE_FLAGS]);
    if (run.status !== 0) throw new Error(`make-plan failed: ${run.stderr}`);
    const [xlsx] = convert([plan], "xlsx", path.join(dir, "xlsx"));
    recalculated = new ExcelJS.Workbook();
    const [pdf] = convert([plan], "pdf", path.join(dir, "pdf"));
    const r = spawnSync(PDFTOPPM, ["-png", "-r", "72", pdf, path.join(dir, "page")], { timeout: 60_000 });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${String(r.stderr)}`);
    const first = readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()[0];
    page = decodePng(readFileSync(path.join(dir, first)));
    return recalculated.xlsx.readFile(xlsx);
    // make-plan may first be built (dist-cli/), then LibreOffice converts twice.
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(INDICATORS)("%s equals expected.json %s (×%i)", (key, name, scale) => {
    const data = model.sheets.find((s) => s.id === "data")!;
    const cell = recalculated.getWorksheet(data.name)!.getCell(data.outputs[key]);
    // LibreOffice stores results with 15 significant digits: compare to 12 decimal places.
    expect(typeof cell.result).toBe("number");
    expect(cell.result as number).toBeCloseTo(scale * expected.indicators[name], 10);
  });

  // Issue 10: the dashboard once showed each figure beside the next indicator's label. Where make-plan put
  // each figure is taken from its own builder (planWorkbook, the model make-plan writes); the label beside it
  // and the recalculated number are read from LibreOffice's file.
  it.each(INDICATORS)(
    "the dashboard's %s row is labelled with its own indicator and shows expected.json %s (×%i)",
    async (key, name, scale) => {
      const made = planWorkbook(options, await sampleTrustCounts(), sampleTrustArgs().files);
      const dashboard = made.sheets.find((s) => s.id === "dashboard")!;
      const ws = recalculated.getWorksheet(dashboard.name)!;
      const at = addressOf(dashboard.outputs[key]);
      const label = String(ws.getRow(at.row).getCell(1).value);
      expect(label.startsWith(`${/^ind(\d)/.exec(key)![1]}. `)).toBe(true);
      const cell = ws.getCell(dashboard.outputs[key]);
      expect(typeof cell.result).toBe("number");
      expect(cell.result as number).toBeCloseTo(scale * expected.indicators[name], 10);
      // Its own row: no other figure of the dashboard shares it.
      const rows = INDICATORS.map(([k]) => addressOf(dashboard.outputs[k]).row);
      expect(rows.filter((r) => r === at.row)).toHaveLength(1);
    },
  );

  it("the plan's Result cells read the recalculated figures across sheets, in the plan's words", () => {
    const plan = recalculated.getWorksheet(model.sheets[0].name)!;
    const results: string[] = [];
    plan.eachRow((row) => row.eachCell((c) => typeof c.result === "string" && results.push(c.result)));
    // Indicator 2: 1.4454… above 1.25; the 2023 national figure is 1.59 (wres.md), so 0.14 lower.
    expect(results).toContainEqual(
      [
        "2025-26 1.45.",
        "White applicants 1.45 times as likely to be appointed from shortlisting as BME applicants.",
        "Lower than the national figure of 1.59 (-0.14, WRES 2023 report).",
      ].join("\n"),
    );
    // Indicator 3: 2.30 last year to 1.96 this year is closer to parity; two years pooled 2.13.
    expect(results.some((r) => r.startsWith("Improvement: 2024-25 2.30, 2025-26 1.96.\n"))).toBe(true);
  });

  it.each(DEFAULT_STATUSES.map((s) => [s.label, s.colour] as const))(
    "the status key cell %s is filled %s on the printed page",
    (label, colour) => {
      const found = findColour(page, colour);
      // A key cell is a filled box of hundreds of pixels at 72 dpi; its label's glyphs take some out, so at
      // least half of the bounding box is the fill, and the box is one row high (not a whole column).
      expect(found.count).toBeGreaterThan(200);
      expect((found.right - found.left + 1) * (found.bottom - found.top + 1)).toBeLessThan(found.count * 2);
      expect(found.bottom - found.top).toBeLessThan(30);
      // wres.md's key: Slippage / Critical red, Slippage likely amber, On Track green, Delivered blue.
      const word = {
        "Slippage / Critical": "red",
        "Slippage likely / Not Critical": "amber",
        "On Track, Good Progress": "green",
        Delivered: "blue",
      }[label];
      expect(colourWord(colour)).toBe(word);
    },
  );

  it("the key cells sit side by side in one row, in the key's order", () => {
    const boxes = DEFAULT_STATUSES.map((s) => findColour(page, s.colour));
    const lefts = boxes.map((b) => b.left);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    for (const b of boxes) expect(Math.abs(b.top - boxes[0].top)).toBeLessThanOrEqual(2);
  });
});
