/**
 * `make-plan --from last-year.xlsx --out next-year.xlsx` end to end, in a child process as a user runs it:
 * next year's plan from a filled plan, three years in a row from make-plan's own workbook, and the refusals
 * (one line on stderr, exit 1 or 2, no file written, last year's file unchanged).
 */
/* eslint-disable office-addins/call-sync-before-read -- these are ExcelJS objects read from a file, not office.js proxies */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildDataSheet } from "../../src/plan/data-sheet";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { filledPlan } from "../plan/support/filled-plan";
import { sampleTrust } from "../support/sample-trust";
import { internals, readWorkbook } from "../xlsx/read-back";
import { runMakePlan, SAMPLE, SAMPLE_FLAGS } from "./run-make-plan";

jest.setTimeout(180_000);

/** This year's extracts: the staff-previous extract is left out, so last year's data sheet gives prev.*. */
const THIS_YEAR = SAMPLE_FLAGS.filter(
  (_f, i, all) => all[i] !== "--staff-previous" && all[i - 1] !== "--staff-previous",
);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "roll-forward-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

describe("make-plan --from", () => {
  it("starts next year's plan from a filled plan, with this year's counts from extracts", async () => {
    const filled = filledPlan("metric-led", "WRES");
    writeFileSync(file("last.xlsx"), await writeXlsx(filled.model));
    const before = readFileSync(file("last.xlsx"));
    const run = runMakePlan(["--from", file("last.xlsx"), "--out", file("next.xlsx"), ...THIS_YEAR]);
    expect(run.stderr).not.toMatch(/make-plan:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `${filled.carried.length} actions carried over (noted “Carried over from 2025-26”)`,
    );
    expect(readFileSync(file("last.xlsx")).equals(before)).toBe(true);

    const wb = await readWorkbook(new Uint8Array(readFileSync(file("next.xlsx"))));
    const plan = wb.getWorksheet("WRES plan 2026-27")!;
    const texts: string[] = [];
    plan.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && texts.push(c.value)));
    for (const a of filled.carried) expect(texts).toContain(a.action);
    // The data sheet: this year's headcount from the staff extract, last year's from last year's sheet.
    const data = wb.getWorksheet("WRES data 2026-27")!;
    const inputs = buildDataSheet({ ...DEFAULT_PLAN_OPTIONS, organisation: "x", period: "2026-27" }).sheet
      .inputs;
    expect(data.getCell(inputs["headcount.bme"]).value).toBe(sampleTrust.counts.headcount.BME);
    expect(data.getCell(inputs["prev.headcount.bme"]).value).toBe(filled.inputs["headcount.bme"]);
    expect(data.getCell(inputs["prev.survey.7.bme"]).value).toBe(filled.inputs["survey.7.bme"]);
    // With extracts, the analysis sheets are added as for a new plan.
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["WRES delivered 2025-26", "WRES history to 2025-26", "Dashboard"]),
    );
  });

  it("three years in a row keep three years in the History, one row per year and indicator", async () => {
    const first = runMakePlan(["--out", file("2025-26.xlsx"), "--org", "Sample NHS Trust", ...SAMPLE_FLAGS]);
    expect(first.status).toBe(0);
    for (const [from, to] of [
      ["2025-26", "2026-27"],
      ["2026-27", "2027-28"],
      ["2027-28", "2028-29"],
    ]) {
      const before = readFileSync(file(`${from}.xlsx`));
      const run = runMakePlan(["--from", file(`${from}.xlsx`), "--out", file(`${to}.xlsx`), ...THIS_YEAR]);
      expect({ to, stderr: run.stderr.trim(), status: run.status }).toEqual({
        to,
        stderr: expect.any(String),
        status: 0,
      });
      expect(run.stderr).not.toMatch(/make-plan:/);
      expect(readFileSync(file(`${from}.xlsx`)).equals(before)).toBe(true);
    }
    const wb = await readWorkbook(new Uint8Array(readFileSync(file("2028-29.xlsx"))));
    const ws = wb.getWorksheet("WRES history to 2027-28")!;
    const [table] = internals(ws).getTables();
    const years = new Map<string, number>();
    const appointment: unknown[] = [];
    ws.eachRow((row, r) => {
      if (r <= 4) return;
      const year = row.getCell(3).value;
      if (typeof year === "string") years.set(year, (years.get(year) ?? 0) + 1);
      if (row.getCell(1).value === 2) appointment.push(row.getCell(4).value);
    });
    // Each year counted from the same extracts: expected.json's indicator 2 three times.
    expect(appointment).toHaveLength(3);
    for (const v of appointment) expect(v).toBeCloseTo(sampleTrust.indicators["2_appointment_rl"], 15);
    // The sample trust has no Staff Survey figures, so 5 indicators a year: 1, 2, 3, 4 and 9.
    expect(Object.fromEntries(years)).toEqual({ "2025-26": 5, "2026-27": 5, "2027-28": 5 });
    expect(table.table.tableRef).toBe("A4:E19");
  });
});

describe("make-plan --from refusals: one line, no file", () => {
  it.each([
    [
      "a workbook without a plan",
      async () => {
        const sheet = filledPlan("metric-led", "WDES").model.sheets[0];
        const list = {
          ...sheet,
          id: "list",
          name: "Staff list",
          tables: [],
          validations: [],
          conditionalFormats: [],
        };
        writeFileSync(
          file("last.xlsx"),
          await writeXlsx({
            sheets: [{ ...list, blocks: [{ anchor: "A1", rows: [[{ kind: "text", text: "Name" }]] }] }],
            names: [],
          }),
        );
        return [] as string[];
      },
      1,
      /^make-plan: --from ".*last\.xlsx": This workbook holds no action plan: no table has the plan's columns/,
    ],
    [
      "a file that is not a workbook",
      async () => {
        writeFileSync(file("last.xlsx"), readFileSync(path.join(SAMPLE, "staff.csv")));
        return [] as string[];
      },
      1,
      /^make-plan: --from ".*last\.xlsx": This file could not be read as an Excel workbook/,
    ],
    [
      "a plan of the other standard",
      async () => {
        writeFileSync(file("last.xlsx"), await writeXlsx(filledPlan("theme-led", "WDES").model));
        return ["--standard", "WRES"];
      },
      1,
      /^make-plan: --from ".*last\.xlsx": This workbook's plan is a WDES plan \(sheet “WDES plan 2025-26”\), not a WRES plan\./,
    ],
    [
      "a plan whose table was deleted",
      async () => {
        const model = filledPlan("objective-led", "WRES").model;
        const bytes = await writeXlsx({
          ...model,
          sheets: model.sheets.map((s) => (s.id === "plan" ? { ...s, tables: [] } : s)),
        });
        writeFileSync(file("last.xlsx"), bytes);
        return [];
      },
      1,
      /no longer an Excel table/,
    ],
    [
      "--layout, which next year's plan takes from last year's",
      async () => {
        writeFileSync(file("last.xlsx"), await writeXlsx(filledPlan("metric-led", "WRES").model));
        return ["--layout", "theme-led"];
      },
      2,
      /^make-plan: --layout: next year's plan keeps last year's layout; leave --layout out\.$/,
    ],
  ] as const)("%s", async (_name, prepare, status, message) => {
    const extra = await prepare();
    const before = readFileSync(file("last.xlsx"));
    const run = runMakePlan(["--from", file("last.xlsx"), "--out", file("next.xlsx"), ...extra]);
    expect(run.status).toBe(status);
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(readdirSync(dir)).toEqual(["last.xlsx"]);
    expect(readFileSync(file("last.xlsx")).equals(before)).toBe(true);
  });
});
