/**
 * Every layout × standard: what each must contain — columns as in the published example plans and
 * action-plan.md, the status key and its rules, the drop-down, frozen header, print setup and table, blocks
 * with stable keys, and formulas that evaluate to the right values; text stays text.
 */
import * as fs from "fs";
import * as path from "path";
import { addressOf, cellAddress, columnLetter } from "../../src/plan/a1";
import { buildWorkbook } from "../../src/plan/build-workbook";
import {
  DEFAULT_PLAN_OPTIONS,
  LAYOUTS,
  NOT_STARTED,
  STANDARDS,
  type Layout,
  type PlanOptions,
  type Standard,
} from "../../src/plan/options";
import type { Cell, FormulaRule, SheetModel, WorkbookModel } from "../../src/plan/sheet-model";
import { WDES_METRICS, WRES_INDICATORS, orientationLabel } from "../../src/wres/indicators";
import { cellAt, evaluate } from "../support/hyperformula";
import { sampleInputs } from "../support/sample-trust";

const SHARED = path.resolve(__dirname, "../../../shared");
const read = (file: string): string => fs.readFileSync(path.join(SHARED, file), "utf8");

/** The first tab-separated heading line of an example that starts with `first`. */
function exampleHeadings(file: string, first: string): string[] {
  const line = read(`examples/${file}`)
    .split("\n")
    .find((l) => l.startsWith(`${first}\t`));
  if (!line) throw new Error(`no heading line in ${file}`);
  return line
    .split("\t")
    .map((h) => h.trim())
    .filter((h) => h !== "");
}

/**
 * Issue 10: the examples' single Progress column is split in two, a Status drop-down and a free-text
 * Progress update, because the published plans write narrative updates there that a drop-down rejects.
 */
function splitProgress(headings: readonly string[]): string[] {
  const last = headings[headings.length - 1];
  if (last.toLowerCase() !== "progress") return [...headings];
  return [...headings.slice(0, -1), "Status", "Progress update"];
}

/** action-plan.md's layout table: the columns of a layout, split at " · " (Progress split as above). */
function specColumns(layout: string): string[] {
  const row = read("spec/action-plan.md")
    .split("\n")
    .find((l) => l.startsWith(`| ${layout} |`));
  if (!row) throw new Error(`no row for ${layout}`);
  return splitProgress(row.split("|")[3].trim().split(" · "));
}

const options = (standard: Standard, layout: Layout, extra: Partial<PlanOptions> = {}): PlanOptions => ({
  ...DEFAULT_PLAN_OPTIONS,
  organisation: "Example NHS Trust",
  standard,
  layout,
  ...extra,
});

const planSheet = (workbook: WorkbookModel): SheetModel => {
  const sheet = workbook.sheets.find((s) => s.id === "plan");
  if (!sheet) throw new Error("no plan sheet");
  return sheet;
};

const cellText = (cell: Cell | undefined): string => (cell?.kind === "text" ? cell.text : "");

/** The table's header texts and body rows. */
function tableOf(sheet: SheetModel): { headers: string[]; first: number; last: number; bodyRows: Cell[][] } {
  const [from, to] = sheet.tables[0].range.split(":");
  const a = addressOf(from);
  const b = addressOf(to);
  const headers: string[] = [];
  for (let c = a.column; c <= b.column; c++) headers.push(cellText(cellAt(sheet, cellAddress(c, a.row))));
  const bodyRows: Cell[][] = [];
  for (let r = a.row + 1; r <= b.row; r++) {
    const row: Cell[] = [];
    for (let c = a.column; c <= b.column; c++)
      row.push(cellAt(sheet, cellAddress(c, r)) ?? { kind: "blank" });
    bodyRows.push(row);
  }
  return { headers, first: a.row + 1, last: b.row, bodyRows };
}

const lower = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase());
const COMBOS = LAYOUTS.flatMap((layout) => STANDARDS.map((standard) => [layout, standard] as const));

describe("columns follow the example plans", () => {
  it.each(STANDARDS)(
    "metric-led %s: the RAG example's seven headings, as action-plan.md words them",
    (standard) => {
      const { headers } = tableOf(planSheet(buildWorkbook(options(standard, "metric-led"))));
      expect(lower(headers)).toEqual(
        lower(splitProgress(exampleHeadings("plan-metric-led-rag-2021-22.txt", "Metric"))),
      );
      expect(headers).toEqual(specColumns("Metric-led"));
      // The 2020-21 metric-led example also opens with Metric and ends with Progress.
      const older = splitProgress(exampleHeadings("plan-metric-led-2020-21.txt", "Metric"));
      expect([headers[0], headers[headers.length - 1]]).toEqual([older[0], older[older.length - 1]]);
    },
  );

  it.each(STANDARDS)(
    "objective-led %s: the example's headings with the plan's two years, then Lead · Due date · Status · Progress update",
    (standard) => {
      const { headers } = tableOf(planSheet(buildWorkbook(options(standard, "objective-led"))));
      const example = exampleHeadings("plan-objective-led-2020-21.txt", "Equality Objective");
      expect(headers[0].toLowerCase()).toBe(example[0].toLowerCase());
      // "WRES Indicator" in the example; "WRES indicator(s)" in action-plan.md; "WDES metric(s)" for WDES.
      expect(headers[1]).toBe(standard === "WRES" ? specColumns("Objective-led")[1] : "WDES metric(s)");
      expect(
        headers[1].toLowerCase().startsWith(standard === "WRES" ? example[1].toLowerCase() : "wdes metric"),
      ).toBe(true);
      // The example's 2018-2019 · 2019-2020 are the previous and current year; here 2024-25 · 2025-26.
      expect(example.slice(2, 4).every((h) => /^\d{4}-\d{4}$/.test(h))).toBe(true);
      expect(headers.slice(2, 4)).toEqual(["2024-25", "2025-26"]);
      expect(headers[4]).toBe(example[4]);
      expect(headers.slice(5)).toEqual(specColumns("Objective-led").slice(5));
    },
  );

  it.each(STANDARDS)(
    "theme-led %s: Activity · Lead · Due date from both examples, then Status · Progress update",
    (standard) => {
      const { headers } = tableOf(planSheet(buildWorkbook(options(standard, "theme-led"))));
      for (const file of ["plan-theme-led-2020-21.txt", "plan-theme-led-2021-22.txt"]) {
        expect(lower(headers.slice(0, 3))).toEqual(lower(exampleHeadings(file, "Activity")));
      }
      expect(headers).toEqual(specColumns("Theme-led"));
    },
  );
});

describe.each(COMBOS)("%s %s scaffold", (layout, standard) => {
  const workbook = buildWorkbook(options(standard, layout));
  const sheet = planSheet(workbook);
  const table = tableOf(sheet);
  const progressColumn = columnLetter(table.headers.indexOf("Status") + 1);
  const dueColumn = columnLetter(table.headers.indexOf("Due date") + 1);
  const progressRange = `${progressColumn}${table.first}:${progressColumn}${table.last}`;
  const dueRange = `${dueColumn}${table.first}:${dueColumn}${table.last}`;
  const longName =
    standard === "WRES" ? "Workforce Race Equality Standard" : "Workforce Disability Equality Standard";

  it("is titled with organisation, standard and period, with a board approval line", () => {
    expect(cellAt(sheet, "A1")).toEqual({
      kind: "text",
      text: `Example NHS Trust — ${longName} Action Plan 2025-26`,
    });
    expect(cellText(cellAt(sheet, "A2"))).toMatch(/approved by the board/i);
    expect(sheet.name).toBe(`${standard} plan 2025-26`);
    expect(sheet.name.length).toBeLessThanOrEqual(31);
  });

  it("shows the four-state key, each label filled in its colour", () => {
    const labels = ["B3", "C3", "D3", "E3"].map((a) => cellText(cellAt(sheet, a)));
    expect(labels).toEqual([
      "Slippage / Critical",
      "Slippage likely / Not Critical",
      "On Track, Good Progress",
      "Delivered",
    ]);
    const fills = ["B3", "C3", "D3", "E3"].map((a) => sheet.formats.find((f) => f.range === a)?.style.fill);
    expect(fills).toEqual(["#FF0000", "#FFC000", "#00B050", "#0070C0"]); // red, amber, green, blue (wres.md)
  });

  it("holds the plan in a banded table with filter buttons, id plan", () => {
    expect(sheet.tables).toHaveLength(1);
    const t = sheet.tables[0];
    expect(t).toMatchObject({ id: "plan", bandedRows: true, filterButtons: true });
    expect(t.range.startsWith("A6:")).toBe(true);
    expect(t.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/); // Excel's rule for table names
    // Excel refuses merged cells inside a table.
    for (const m of sheet.merges) expect(addressOf(m.split(":")[0]).row).toBeLessThan(6);
  });

  it("puts a stop-alert drop-down of the key's labels on Status", () => {
    expect(sheet.validations).toEqual([
      expect.objectContaining({ range: progressRange, source: { formula: "=$B$3:$E$3" }, allowBlank: true }),
    ]);
  });

  it("fills each status by exact match with its key cell and marks overdue due dates", () => {
    const rules = sheet.conditionalFormats.filter((r): r is FormulaRule => r.kind !== "dataBar");
    expect(rules.filter((r) => r.range === progressRange).map((r) => [r.formula, r.fill])).toEqual([
      [`=EXACT($${progressColumn}${table.first},$B$3)`, "#FF0000"],
      [`=EXACT($${progressColumn}${table.first},$C$3)`, "#FFC000"],
      [`=EXACT($${progressColumn}${table.first},$D$3)`, "#00B050"],
      [`=EXACT($${progressColumn}${table.first},$E$3)`, "#0070C0"],
    ]);
    const overdue = rules.filter((r) => r.range === dueRange);
    expect(overdue).toHaveLength(1);
    expect(overdue[0].formula).toContain(`$${dueColumn}${table.first}<TODAY()`);
    // Delivered is the key's fourth cell: renaming it there keeps the rule.
    expect(overdue[0].formula).toContain(`NOT(EXACT($${progressColumn}${table.first},$E$3))`);
    expect(cellText(cellAt(sheet, "F3"))).toMatch(/^Overdue \(automatic/);
  });

  it("leaves Progress update as free text: no drop-down on it", () => {
    const update = columnLetter(table.headers.indexOf("Progress update") + 1);
    expect(update).not.toBe(progressColumn);
    for (const v of sheet.validations) expect(v.range.startsWith(update)).toBe(false);
  });

  it("keeps renamed statuses counted and coloured: the counts and rules read the key cells", () => {
    const typed = {
      plan: {
        C3: "Red - amber?", // the second status renamed, with a wildcard character
        [`${progressColumn}${table.first}`]: "Red - amber?",
        [`${progressColumn}${table.first + 1}`]: "Red - amberX",
      },
    };
    const e = evaluate(workbook, { typed });
    expect(e.value("plan", "C4")).toBe(1);
    const rule = sheet.conditionalFormats.find(
      (r): r is FormulaRule => r.kind !== "dataBar" && r.formula.includes("$C$3"),
    )!;
    // The rule for the renamed status, evaluated at the first and second body rows.
    const at = (row: number): string =>
      rule.formula.replace(`$${progressColumn}${table.first}`, `$${progressColumn}${row}`);
    const probe = evaluate(workbook, {
      typed: { plan: { ...typed.plan, Z1: at(table.first), Z2: at(table.first + 1) } },
    });
    expect([probe.value("plan", "Z1"), probe.value("plan", "Z2")]).toEqual([true, false]);
  });

  it("formats due dates dd/mm/yyyy", () => {
    expect(sheet.formats.some((f) => f.range === dueRange && f.style.numberFormat === "dd/mm/yyyy")).toBe(
      true,
    );
  });

  it("freezes the header row and prints landscape A4, one page wide, header repeated", () => {
    expect(sheet.freeze).toEqual({ rows: 6, columns: 0 });
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: "$6:$6",
      paperSize: "A4",
    });
  });

  it("wraps and top-aligns the body, and gives every column a width", () => {
    const body = `A${table.first}:${String.fromCharCode(64 + table.headers.length)}${table.last}`;
    expect(sheet.formats).toContainEqual({ range: body, style: { wrap: true, vertical: "top" } });
    expect(sheet.columns.slice(0, table.headers.length).map((c) => c.column)).toEqual(
      table.headers.map((_h, i) => String.fromCharCode(65 + i)),
    );
  });

  it("keeps every block rectangular", () => {
    for (const b of sheet.blocks) expect(new Set(b.rows.map((r) => r.length)).size).toBe(1);
  });

  it("counts actions by status and overdue by formula", () => {
    // Type statuses and dates into the first three body rows, then evaluate the summary row.
    const typed = {
      plan: {
        [`${progressColumn}${table.first}`]: "Delivered",
        [`${progressColumn}${table.first + 1}`]: "Slippage / Critical",
        [`${dueColumn}${table.first + 1}`]: 40000, // 05/07/2009: long past, not delivered → overdue
        [`${progressColumn}${table.first + 2}`]: "Slippage / Critical",
        [`${dueColumn}${table.first + 2}`]: 2958465, // 31/12/9999: not overdue
        [`${dueColumn}${table.first}`]: 40000, // past but delivered → not overdue
      },
    };
    const e = evaluate(workbook, { typed });
    expect(["B4", "C4", "D4", "E4", "F4"].map((a) => e.value("plan", a))).toEqual([2, 0, 0, 1, 1]);
  });
});

describe("metric-led blocks", () => {
  it.each([
    ["WRES", WRES_INDICATORS],
    ["WDES", WDES_METRICS],
  ] as const)(
    "%s: one block per indicator with number, title, definition and direction, then [n.k] actions",
    (standard, catalogue) => {
      const { bodyRows } = tableOf(planSheet(buildWorkbook(options(standard, "metric-led"))));
      expect(bodyRows).toHaveLength((catalogue.length + 1) * 3);
      catalogue.forEach((ind, i) => {
        const first = cellText(bodyRows[i * 3][0]);
        expect(first).toContain(
          `${standard === "WRES" ? "Indicator" : "Metric"} ${ind.number}: ${ind.title}`,
        );
        expect(first).toContain(ind.definition);
        expect(first).toContain(orientationLabel(ind.better));
        expect(bodyRows.slice(i * 3, i * 3 + 3).map((r) => cellText(r[2]))).toEqual(
          [1, 2, 3].map((k) => `[${ind.number}.${k}]`),
        );
      });
      const general = bodyRows.slice(catalogue.length * 3);
      expect(cellText(general[0][0])).toBe(`General ${standard} actions`);
      expect(general.map((r) => cellText(r[2]))).toEqual(["[G1]", "[G2]", "[G3]"]);
    },
  );

  it.each([
    // wres.md: above 1.00 is adverse for 2–4, so "closer to 1.00"; 9 is a gap, closer to zero.
    [1, "[Higher = Better]"],
    [2, "[Closer to 1.00 = Better]"],
    [3, "[Closer to 1.00 = Better]"],
    [4, "[Closer to 1.00 = Better]"],
    [5, "[Lower = Better]"],
    [7, "[Higher = Better]"],
    [9, "[Closer to zero = Better]"],
  ])("indicator %i reads %s", (n, label) => {
    expect(orientationLabel(WRES_INDICATORS[n - 1].better)).toBe(label);
  });

  it("words indicator 2 White over BME, as wres.md requires", () => {
    expect(WRES_INDICATORS[1].definition).toMatch(
      /^Relative likelihood of White applicants being appointed from shortlisting compared to BME/,
    );
  });

  it("takes the Result from the data sheet, in the plan's words: direction, both years and the range", () => {
    const inputs = {
      "shortlisted.white": 100,
      "appointed.white": 40,
      "shortlisted.bme": 100,
      "appointed.bme": 32, // 1.25
      "prev.shortlisted.white": 100,
      "prev.appointed.white": 50,
      "prev.shortlisted.bme": 100,
      "prev.appointed.bme": 25, // 2.00
    };
    const workbook = buildWorkbook(options("WRES", "metric-led"), inputs);
    const sheet = planSheet(workbook);
    const result = cellAt(sheet, "B10"); // indicator 2's first row: header 6, indicator 1 rows 7–9
    expect(result?.kind === "formula" && result.formula).toContain("{{sheet:data}}!");
    const e = evaluate(workbook);
    // 2.00 → 1.25: closer to parity, and exactly on the bound, which is inside (wres.md).
    expect(e.value("plan", "B10")).toBe(
      "Improvement: 2024-25 2.00, 2025-26 1.25.\nWithin the non-adverse range 0.80–1.25.\nLower than the national figure of 1.59 (-0.34, WRES 2023 report).",
    );
    expect(e.value("plan", "B7")).toBe(""); // indicator 1: no headcounts typed, so blank
  });

  it("leaves Result as an unlocked input when there is no data sheet", () => {
    const workbook = buildWorkbook(options("WRES", "metric-led", { includeDataSheet: false }));
    expect(workbook.sheets.map((s) => s.id)).toEqual(["plan"]);
    const sheet = planSheet(workbook);
    expect(cellAt(sheet, "B7")).toEqual({ kind: "blank" });
    expect(sheet.formats).toContainEqual({ range: "B7:B36", style: { locked: false } });
    expect(JSON.stringify(sheet)).not.toContain("{{sheet:data}}");
  });

  it.each([
    [0, 1, ""], // no pre-numbered rows: one row per indicator still
    [5, 5, "[1.5]"],
  ])("with %i actions per indicator, blocks have %i rows", (actions, rows, last) => {
    const { bodyRows } = tableOf(
      planSheet(buildWorkbook(options("WRES", "metric-led", { actionsPerIndicator: actions }))),
    );
    expect(bodyRows).toHaveLength(10 * rows);
    expect(cellText(bodyRows[rows - 1][2])).toBe(last);
  });
});

describe("objective-led and theme-led blocks", () => {
  it.each(STANDARDS)(
    "objective-led %s: every indicator is served by an objective, with both years' figures",
    (standard) => {
      const workbook = buildWorkbook(options(standard, "objective-led"));
      const { bodyRows } = tableOf(planSheet(workbook));
      const named = bodyRows.map((r) => cellText(r[1])).filter((t) => t !== "");
      const count = standard === "WRES" ? 9 : 10;
      const numbers = named.map((t) => Number(/(\d+):/.exec(t)?.[1]));
      expect(new Set(numbers)).toEqual(new Set(Array.from({ length: count }, (_x, i) => i + 1)));
      const figures = bodyRows.filter((r) => cellText(r[1]) !== "").map((r) => [r[2].kind, r[3].kind]);
      // WRES reads the data sheet; WDES has none, so the figures are typed in.
      expect(new Set(figures.flat())).toEqual(new Set([standard === "WRES" ? "formula" : "blank"]));
      expect(cellText(bodyRows[0][4])).toBe("[1.1]");
    },
  );

  it.each(STANDARDS)(
    "theme-led %s: themes from the examples, each with its aim and indicators",
    (standard) => {
      const { bodyRows } = tableOf(planSheet(buildWorkbook(options(standard, "theme-led"))));
      const exampleLines = new Set(
        [read("examples/plan-theme-led-2020-21.txt"), read("examples/plan-theme-led-2021-22.txt")]
          .join("\n")
          .split("\n")
          .map((l) => l.trim().toLowerCase()),
      );
      const sections = bodyRows.map((r) => cellText(r[0])).filter((t) => /^\d+\. /.test(t));
      expect(sections.length).toBeGreaterThanOrEqual(4);
      for (const s of sections) {
        const [heading, aim, targets] = s.split("\n");
        expect(exampleLines.has(heading.replace(/^\d+\. /, "").toLowerCase())).toBe(true);
        expect(aim).toMatch(/^Aim: .+/);
        expect(targets).toMatch(new RegExp(`^${standard} (indicators|metrics): `));
      }
      expect(cellText(bodyRows[1][0])).toBe("[1.1]");
    },
  );
});

describe("no pre-numbered actions", () => {
  it.each(LAYOUTS)("%s keeps one blank row per block when actionsPerIndicator is 0", (layout) => {
    const { bodyRows } = tableOf(
      planSheet(buildWorkbook(options("WRES", layout, { actionsPerIndicator: 0 }))),
    );
    // No "[n.k]" anywhere, but every block still has a row to type into.
    expect(bodyRows.flat().some((c) => /^\[(\d+\.\d+|G\d+)\]$/.test(cellText(c)))).toBe(false);
    expect(bodyRows.length).toBeGreaterThanOrEqual(
      layout === "theme-led" ? 10 : layout === "metric-led" ? 10 : 9,
    );
  });
});

describe("text stays text", () => {
  it.each(COMBOS)("%s %s: a formula-like organisation is a text cell", (layout, standard) => {
    const organisation = "=cmd|' /C calc'!A0";
    const workbook = buildWorkbook(options(standard, layout, { organisation }));
    for (const sheet of workbook.sheets) {
      expect(cellAt(sheet, "A1")).toEqual({
        kind: "text",
        text: expect.stringMatching(/^=cmd\|' \/C calc'!A0 — /),
      });
      const formulas = sheet.blocks.flatMap((b) => b.rows.flat()).filter((c) => c.kind === "formula");
      for (const f of formulas) expect(JSON.stringify(f)).not.toContain("cmd|");
    }
  });

  it("writes status labels as text, even one starting with =", () => {
    const statuses = [
      { label: "=1+1", colour: "#FF0000" },
      { label: "Delivered", colour: "#0070C0" },
    ];
    const sheet = planSheet(buildWorkbook(options("WRES", "theme-led", { statuses })));
    expect(cellAt(sheet, "B3")).toEqual({ kind: "text", text: "=1+1" });
  });

  it("adds a Not started status to the key, drop-down and rules", () => {
    const sheet = planSheet(
      buildWorkbook(
        options("WRES", "metric-led", { statuses: [...DEFAULT_PLAN_OPTIONS.statuses, NOT_STARTED] }),
      ),
    );
    expect(cellText(cellAt(sheet, "F3"))).toBe("Not started");
    expect(sheet.validations[0].source).toEqual({ formula: "=$B$3:$F$3" });
    expect(sheet.conditionalFormats.filter((r) => r.description.startsWith("status ="))).toHaveLength(5);
    expect(cellText(cellAt(sheet, "G3"))).toMatch(/^Overdue \(automatic/);
  });
});

describe("Results in the plan's words, for the sample trust (expected.json counts)", () => {
  const workbook = buildWorkbook(options("WRES", "metric-led"), sampleInputs());
  const e = evaluate(workbook);
  const sheet = planSheet(workbook);
  const { bodyRows, first } = tableOf(sheet);
  /** The Result of indicator n: the Result column of the row whose Metric cell opens with it. */
  const result = (n: number) => {
    const row = bodyRows.findIndex((r) => cellText(r[0]).startsWith(`Indicator ${n}:`));
    return e.value("plan", `B${first + row}`);
  };

  it.each([
    // 40.15% this year (2409 of 6000) against 38.0% last year (2186 of 5760): higher is better.
    [
      1,
      "Improvement: 2024-25 38.0%, 2025-26 40.2%.\nHigher than the national figure of 28.6% (+11.6 pp, WRES 2024 report).",
    ],
    // 1.445: White applicants more likely; no previous-year applications, so no trend.
    [
      2,
      "2025-26 1.45.\nWhite applicants 1.45 times as likely to be appointed from shortlisting as BME applicants.\nLower than the national figure of 1.59 (-0.14, WRES 2023 report).",
    ],
    // 2.30 → 1.96, closer to parity; the two-year figure pools both years (2.13).
    [
      3,
      "Improvement: 2024-25 2.30, 2025-26 1.96.\nBME staff 1.96 times as likely to enter the formal disciplinary process as White staff.\nTwo years pooled: 2.13.\nHigher than the national figure of 1.03 (+0.93, WRES 2023 report).",
    ],
    // 1.20 is inside 0.80–1.25.
    [
      4,
      "2025-26 1.20.\nWithin the non-adverse range 0.80–1.25.\nHigher than the national figure of 1.12 (+0.08, WRES 2023 report).",
    ],
    // Board: 4 of 12 voting members BME (33.3%) against 40.15% of staff: 6.8 points below; executive 11.6.
    [
      9,
      "2025-26 -6.8 pp.\nBME share of voting board members 6.8 pp below the workforce's.\nBME share of executive board members 11.6 pp below the workforce's.",
    ],
  ])("indicator %i", (n, words) => {
    expect(result(n)).toBe(words);
  });

  it("says nothing until the survey figures are typed", () => {
    expect(result(5)).toBe("");
  });

  it("words a relative likelihood below the range from the other side", () => {
    // 0.5: BME applicants twice as likely.
    const low = buildWorkbook(options("WRES", "metric-led"), {
      "shortlisted.white": 100,
      "appointed.white": 20,
      "shortlisted.bme": 100,
      "appointed.bme": 40,
    });
    expect(evaluate(low).value("plan", "B10")).toBe(
      "2025-26 0.50.\nBME applicants 2.00 times as likely to be appointed from shortlisting as White applicants.\nLower than the national figure of 1.59 (-1.09, WRES 2023 report).",
    );
  });
});

describe("blocks have stable keys and take carried actions first", () => {
  it("metric-led: carried actions keep their numbers and take the first rows; blank rows number on", () => {
    const carried = {
      ind2: [
        {
          action: "[2.1] Review shortlisting panels",
          rationale: "Carried over from 2024-25",
          lead: "Head of Resourcing",
          due: 46000,
          status: "Slippage / Critical",
          progress: "Panels trained in March",
        },
      ],
    };
    const workbook = buildWorkbook(options("WRES", "metric-led"), undefined, carried);
    const { bodyRows } = tableOf(planSheet(workbook));
    const start = bodyRows.findIndex((r) => cellText(r[0]).startsWith("Indicator 2:"));
    expect(
      bodyRows[start].map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : c.kind)),
    ).toEqual([
      expect.stringMatching(/^Indicator 2:/),
      "formula",
      "[2.1] Review shortlisting panels",
      "Carried over from 2024-25",
      "Head of Resourcing",
      46000,
      "Slippage / Critical",
      "Panels trained in March",
    ]);
    // The carried action takes the first of the three rows; the two blank ones number on from it.
    expect(bodyRows.slice(start + 1, start + 4).map((r) => cellText(r[2]))).toEqual([
      "[2.2]",
      "[2.3]",
      "[3.1]",
    ]);
  });
});
