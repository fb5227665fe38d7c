/**
 * The make-plan command end to end: it counts the sample trust's extracts into the data sheet's input cells,
 * and every failure is one line on stderr, a non-zero exit and no file left behind.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";
import { runMakePlan, SAMPLE, SAMPLE_FLAGS } from "./run-make-plan";

interface Expected {
  counts: Record<string, { White: number; BME: number; Unknown: number }>;
}
const expected = JSON.parse(readFileSync(path.join(SAMPLE, "expected.json"), "utf8")) as Expected;

/** Data-sheet input key prefix → expected.json count name. */
const COUNT_KEYS: [string, string][] = [
  ["headcount", "headcount"],
  ["training", "training"],
  ["disciplinary", "disciplinary"],
  ["prev.headcount", "prev_headcount"],
  ["prev.disciplinary", "prev_disciplinary"],
  ["shortlisted", "shortlisted"],
  ["appointed", "appointed"],
  ["board.voting", "board_voting"],
  ["board.executive", "board_executive"],
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "make-plan-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function dataSheetInputs(file: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const data = buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "x" }).sheets.find(
    (s) => s.id === "data",
  )!;
  const ws = wb.getWorksheet(data.name)!;
  return Object.fromEntries(
    Object.entries(data.inputs).map(([key, address]) => [key, ws.getCell(address).value]),
  );
}

describe("make-plan success", () => {
  it("fills the data sheet's input cells with the sample trust's counts (expected.json)", async () => {
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan(["--out", out, "--org", "=1+1", ...SAMPLE_FLAGS]);
    expect(run.stderr).not.toMatch(/make-plan:/);
    expect(run.status).toBe(0);
    const inputs = await dataSheetInputs(out);
    for (const [prefix, name] of COUNT_KEYS) {
      const c = expected.counts[name];
      expect([
        prefix,
        inputs[`${prefix}.white`],
        inputs[`${prefix}.bme`],
        inputs[`${prefix}.unknown`],
      ]).toEqual([prefix, c.White, c.BME, c.Unknown]);
    }
    // The summary names what was counted.
    expect(run.stdout).toContain("3,422 / 2,409 / 169");
    expect(run.stdout).toContain("Every row was read cleanly.");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("writes --org as text even when it looks like a formula", async () => {
    const out = path.join(dir, "plan.xlsx");
    expect(runMakePlan(["--out", out, "--org", "=1+1"]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    const org = cells.filter((c) => typeof c.value === "string" && c.value.includes("=1+1"));
    expect(org.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.formula?.includes("1+1"))).toEqual([]);
  });

  it("reads an extract whose ethnicity header is named with --map-staff", async () => {
    // An unrecognised header ("Heritage") is found only through the mapping flag.
    const staff = readFileSync(path.join(SAMPLE, "staff.csv"), "utf8").replace("Ethnic Origin", "Heritage");
    const file = path.join(dir, "renamed.csv");
    writeFileSync(file, staff);
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan([
      "--out",
      out,
      "--org",
      "Trust",
      "--staff",
      file,
      "--map-staff",
      "ethnicity=heritage",
    ]);
    expect(run.status).toBe(0);
    const inputs = await dataSheetInputs(out);
    expect([inputs["headcount.white"], inputs["headcount.bme"], inputs["headcount.unknown"]]).toEqual([
      3422, 2409, 169,
    ]);
  });

  it("counts rows it cannot read cleanly and lists them", () => {
    // An empty ethnicity counts as Unknown and a yes/no value that is neither counts as "no"; both are listed.
    const file = path.join(dir, "board.csv");
    writeFileSync(
      file,
      "Board Member,Ethnic Origin,Voting,Executive\nM1,A White - British,Y,Y\nM2,,Y,maybe\n",
    );
    const run = runMakePlan(["--out", path.join(dir, "plan.xlsx"), "--org", "Trust", "--board", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2 row(s) could not be read cleanly");
    expect(run.stdout).toMatch(/board row 3, ethnicity "": empty ethnicity; counted as Unknown/);
    expect(run.stdout).toMatch(/board row 3, executive board member "maybe": .*counted as not set/);
    expect(run.stdout).toMatch(/Voting board members +1 \/ 0 \/ 1/);
  });

  it("prints help", () => {
    const run = runMakePlan(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--map-staff");
  });
});

describe("make-plan failures: one line, non-zero exit, no file", () => {
  const noColumn = "Assignment Number,Pay Band\n1,Band 5\n";
  it.each([
    // A file that does not exist names the flag and the file.
    [
      "missing file",
      ["--staff", "/nonexistent/staff.csv"],
      /^make-plan: --staff: cannot read "\/nonexistent\/staff\.csv": no such file\.$/,
    ],
    // A required column that is not there names the extract and the field.
    [
      "missing column",
      ["--staff", "{dir}/no-ethnicity.csv"],
      /^make-plan: The staff extract has no column for ethnicity \(looked for .*\)\. Rename the column or choose it explicitly\.$/,
    ],
    // A typo in an option name is not silently ignored.
    [
      "unknown flag",
      ["--colour", "red"],
      /^make-plan: Unknown option --colour\. See --help for the options\.$/,
    ],
    // A count below zero.
    [
      "negative actions",
      ["--actions", "-1"],
      /^make-plan: --actions: Use a whole number of 0 or more\. \(got "-1"\)$/,
    ],
    // A count that is not a number.
    [
      "text actions",
      ["--actions", "abc"],
      /^make-plan: --actions: Use a whole number of 0 or more\. \(got "abc"\)$/,
    ],
    // A fraction is not a count either.
    [
      "fractional actions",
      ["--actions", "2.5"],
      /^make-plan: --actions: Use a whole number of 0 or more\. \(got "2\.5"\)$/,
    ],
    // A bad choice lists the allowed ones.
    [
      "bad layout",
      ["--layout", "grid"],
      /^make-plan: --layout: Use one of metric-led, objective-led, theme-led\. \(got "grid"\)$/,
    ],
    // The period is checked by the shared plan-options rule.
    [
      "bad period",
      ["--period", "2025-27"],
      /^make-plan: --period: The second year must follow the first, as in 2025-26\. \(got "2025-27"\)$/,
    ],
    // WDES plans have no data sheet, so extracts would be silently unused.
    [
      "extracts for WDES",
      ["--standard", "WDES", "--board", "{dir}/no-ethnicity.csv"],
      /^make-plan: --board: a WDES plan has no WRES data sheet to fill; leave out the extracts or use --standard WRES\.$/,
    ],
    // A mapping to a field the extract does not have.
    [
      "bad mapping",
      ["--map-board", "colour=X"],
      /^make-plan: --map-board takes field="Column header", with field one of ethnicity, voting, executive \(got "colour=X"\)\.$/,
    ],
  ])("%s", (_label, flags, message) => {
    writeFileSync(path.join(dir, "no-ethnicity.csv"), noColumn);
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan(["--out", out, "--org", "Trust", ...flags.map((f) => f.replace("{dir}", dir))]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(readdirSync(dir)).toEqual(["no-ethnicity.csv"]);
  });

  it("needs --out", () => {
    const run = runMakePlan(["--org", "Trust"]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toBe("make-plan: --out: Say where to write the workbook, e.g. --out plan.xlsx.\n");
  });
});
