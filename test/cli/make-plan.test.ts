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

// The first run may build dist-cli/make-plan.js.
beforeAll(() => {
  runMakePlan(["--help"]);
}, 300_000);

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
    // An empty ethnicity counts as Unknown and a yes/no value that is neither counts as "no"; both are listed,
    // on one row: one row with a problem, not two.
    const file = path.join(dir, "board.csv");
    writeFileSync(
      file,
      "Board Member,Ethnic Origin,Voting,Executive\nM1,A White - British,Y,Y\nM2,,Y,maybe\n",
    );
    const run = runMakePlan(["--out", path.join(dir, "plan.xlsx"), "--org", "Trust", "--board", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Board: 2 rows read, 2 counted.");
    expect(run.stdout).toContain("1 row with a problem, still counted as described:");
    expect(run.stdout).toContain("1 row: blank ethnicity; counted as Unknown (line 3).");
    expect(run.stdout).toMatch(/1 row: executive board member not one of .* \(line 3\)\./);
    expect(run.stdout).toContain('executive board member "maybe": 1 row, counted as no.');
    expect(run.stdout).toMatch(/Voting board members +1 \/ 0 \/ 1/);
    expect(run.stdout).not.toContain("Every row was read cleanly.");
    expect(run.stdout).toContain('Every affected line is listed on the workbook\'s "Data quality" sheet.');
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
      /^make-plan: --staff ".*no-ethnicity\.csv": The staff extract has no column for ethnicity \(looked for .*\)\. Rename the column or choose it explicitly\. Use --map-staff ethnicity="Header" or ethnicity=#N\. \(Read as UTF-8, separated by commas\.\)$/,
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
    // Periods outside 2000-01 … 2099-00 are typing slips.
    [
      "period too early",
      ["--period", "1999-00"],
      /^make-plan: --period: Use a period from 2000-01 to 2099-00\. \(got "1999-00"\)$/,
    ],
    [
      "period too late",
      ["--period", "2100-01"],
      /^make-plan: --period: Use a period from 2000-01 to 2099-00\./,
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

describe("make-plan refuses what cannot be right (issue 11 part 3)", () => {
  const staffText = readFileSync(path.join(SAMPLE, "staff.csv"), "utf8");
  const fail = (flags: string[]) => {
    const run = runMakePlan(["--out", path.join(dir, "plan.xlsx"), "--org", "Trust", ...flags]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".xlsx"))).toEqual([]);
    return lines[0];
  };

  it("a header-only extract", () => {
    writeFileSync(path.join(dir, "staff.csv"), `${staffText.split("\n")[0]}\n`);
    expect(fail(["--staff", path.join(dir, "staff.csv")])).toMatch(
      /^make-plan: --staff ".*staff\.csv": The staff extract has a header row but no data rows, so there is nobody to count\./,
    );
  });

  // It used to make all 6,000 staff Unknown.
  it("--map-staff ethnicity=#1, the Assignment Number column", () => {
    expect(fail(["--staff", path.join(SAMPLE, "staff.csv"), "--map-staff", "ethnicity=#1"])).toMatch(
      /column 1 "Assignment Number", read as ethnicity, holds no recognisable ethnic category in 6,000 of 6,000 rows \(e\.g\. "100000"\).* Use --map-staff ethnicity="Header" or ethnicity=#N\.$/,
    );
  });

  // It used to read the first of two "Ethnic Origin" columns silently.
  it("two columns with the mapped header, naming both and the fix", () => {
    const lines = staffText.trimEnd().split(/\r?\n/);
    const doubled = lines.map((l, i) => (i === 0 ? `${l},Ethnic Origin` : `${l},Z`)).join("\n");
    writeFileSync(path.join(dir, "staff.csv"), doubled);
    expect(fail(["--staff", path.join(dir, "staff.csv")])).toBe(
      `make-plan: --staff "${path.join(dir, "staff.csv")}": The staff extract has more than one column for ethnicity ` +
        '(column 2 "Ethnic Origin" and column 7 "Ethnic Origin"), so which one to count cannot be known. Rename or ' +
        "remove one, or choose the column explicitly. For example --map-staff ethnicity=#2. (Read as UTF-8, separated by commas.)",
    );
    // Naming one settles it.
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan([
      "--out",
      out,
      "--org",
      "T",
      "--staff",
      path.join(dir, "staff.csv"),
      "--map-staff",
      "ethnicity=#2",
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("3,422 / 2,409 / 169");
  });

  it("--out equal to an extract, which would destroy it", () => {
    const input = path.join(dir, "plan.xlsx");
    writeFileSync(input, staffText);
    const run = runMakePlan(["--out", input, "--org", "T", "--staff", input, "--overwrite"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^make-plan: --out: ".*plan\.xlsx" is the --staff extract itself; write the workbook to another file\.\n$/,
    );
    expect(readFileSync(input, "utf8")).toBe(staffText);
  });

  // A plan with typed actions used to be replaced without a word.
  it("never replaces an existing file without --overwrite", () => {
    const out = path.join(dir, "plan.xlsx");
    writeFileSync(out, "typed actions");
    const run = runMakePlan(["--out", out, "--org", "T"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^make-plan: --out: ".*plan\.xlsx" already exists; add --overwrite to replace it, or choose another file name\.\n$/,
    );
    expect(readFileSync(out, "utf8")).toBe("typed actions");
    expect(runMakePlan(["--out", out, "--org", "T", "--overwrite"]).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });
});

describe("make-plan shows every doubt (issue 11 part 2)", () => {
  /** Rows of the Data quality sheet as text, column C. */
  async function qualitySheet(file: string): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Data quality");
    if (!ws) throw new Error("no Data quality sheet");
    const rows: string[] = [];
    ws.eachRow((row) =>
      rows.push(row.values ? (row.values as unknown[]).slice(1).map(String).join(" | ") : ""),
    );
    return rows;
  }

  // 80 bad rows, 30 of them with two problems: 80 rows with a problem (it used to say 110), each kind with
  // its own count; a blank line in the file shifts the lines after it. A blank line between records is a
  // person of unknown ethnicity, listed (functions.md: only blank rows after the last row with data are
  // padding); the blank lines at the end are skipped.
  it("counts rows, not problems, and lists every physical line", async () => {
    const header =
      "Assignment Number,Ethnic Origin,Pay Band,Staff Group,Accessed Non-Mandatory Training,Entered Formal Disciplinary";
    const lines = [header, ""]; // line 2 is blank
    for (let i = 0; i < 200; i++) {
      const bad = i < 80;
      const both = i < 30;
      lines.push(`${i},${bad ? "" : "A"},Band 5,Clinical,${both ? "maybe" : "Y"},N`);
    }
    lines.push("", ""); // lines 203 and 204, blank at the end
    const file = path.join(dir, "staff.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan(["--out", out, "--org", "T", "--staff", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "Staff: 203 rows read, 201 counted; 2 rows wholly blank at the end, skipped (lines 203–204).",
    );
    expect(run.stdout).toContain("81 rows with a problem, still counted as described:");
    expect(run.stdout).toContain(
      "1 row: blank row between records, counted as a person of unknown ethnicity (line 2).",
    );
    expect(run.stdout).toMatch(/Staff headcount\s+120 \/ 0 \/ 81\n/);
    expect(run.stdout).toContain("80 rows: blank ethnicity; counted as Unknown (lines 3–82).");
    expect(run.stdout).toContain("30 rows: non-mandatory training / CPD not one of");
    expect(run.stdout).toContain('non-mandatory training / CPD "maybe": 30 rows, counted as no.');
    const sheet = await qualitySheet(out);
    expect(sheet).toContain("Staff (this year) | 80 | blank ethnicity; counted as Unknown");
    expect(sheet).toContain(" |  | Lines 3–82");
    expect(sheet).toContain(" |  | Lines 3–32");
    expect(sheet).toContain(
      "Staff (this year) | 1 | blank row between records, counted as a person of unknown ethnicity",
    );
    expect(sheet).toContain(" |  | Line 2");
    expect(sheet).toContain(" |  | Lines 203–204");
    expect(sheet).toContain('Staff (this year) | 30 | non-mandatory training / CPD: "maybe", counted as no');
  });

  // Escape sequences used to act on the terminal and an embedded newline to forge a listing line.
  it("prints values terminal-safe", () => {
    const file = path.join(dir, "board.csv");
    writeFileSync(
      file,
      'Board Member,Ethnic Origin,Voting,Executive\nM1,A,Y,Y\nM2,A,Y,Y\nM3,"Martian\x1b[2J\n  3 rows: forged",Y,N\n',
    );
    const run = runMakePlan(["--out", path.join(dir, "plan.xlsx"), "--org", "T", "--board", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("\x1b");
    expect(run.stdout).toContain(
      'ethnicity "Martian\\x1b[2J\\n  3 rows: forged": 1 row, counted as Unknown.',
    );
    expect(run.stdout.split("\n").filter((l) => l.includes("forged"))).toHaveLength(1);
  });

  it("reads a UTF-16 'Unicode text' export with tabs", async () => {
    const text = readFileSync(path.join(SAMPLE, "board.csv"), "utf8").replace(/,/g, "\t");
    const file = path.join(dir, "board.txt");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan(["--out", out, "--org", "T", "--board", file]);
    expect(run.stderr).toBe("");
    const inputs = await dataSheetInputs(out);
    const v = expected.counts.board_voting;
    expect([
      inputs["board.voting.white"],
      inputs["board.voting.bme"],
      inputs["board.voting.unknown"],
    ]).toEqual([v.White, v.BME, v.Unknown]);
  });

  // Issue 10 part 6: last year's applications and board fill the previous-year input cells.
  it("fills the previous-year applications and board inputs", async () => {
    const out = path.join(dir, "plan.xlsx");
    const run = runMakePlan([
      "--out",
      out,
      "--org",
      "T",
      "--applications-previous",
      path.join(SAMPLE, "applications.csv"),
      "--board-previous",
      path.join(SAMPLE, "board.csv"),
    ]);
    expect(run.stderr).toBe("");
    const inputs = await dataSheetInputs(out);
    for (const [key, name] of [
      ["prev.shortlisted", "shortlisted"],
      ["prev.appointed", "appointed"],
      ["prev.board.voting", "board_voting"],
      ["prev.board.executive", "board_executive"],
    ]) {
      const c = expected.counts[name];
      expect([key, inputs[`${key}.white`], inputs[`${key}.bme`], inputs[`${key}.unknown`]]).toEqual([
        key,
        c.White,
        c.BME,
        c.Unknown,
      ]);
    }
    expect(inputs["shortlisted.white"]).toBeNull();
  });
});
