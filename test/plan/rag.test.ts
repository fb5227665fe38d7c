/** The status key's rules, with the conditional-format formulas evaluated by HyperFormula. */
import { HyperFormula } from "hyperformula";
import { DEFAULT_STATUSES, NOT_STARTED, type Status } from "../../src/plan/options";
import {
  deliveredStatus,
  overdueCountFormula,
  overdueRule,
  statusRules,
  statusValidation,
} from "../../src/plan/rag";

describe("deliveredStatus", () => {
  it.each([
    // The default four-state key of wres.md: "Delivered" is blue and last.
    ["default key", DEFAULT_STATUSES, "Delivered"],
    // "Not started" appended after Delivered: found by label, not position.
    ["Not started added last", [...DEFAULT_STATUSES, NOT_STARTED], "Delivered"],
    // A renamed done state in blue.
    [
      "renamed blue status",
      [
        { label: "Red", colour: "#FF0000" },
        { label: "Done", colour: "#0070C0" },
        { label: "Grey", colour: "#BFBFBF" },
      ],
      "Done",
    ],
    // "Complete" counts as delivered by label.
    [
      "Complete",
      [
        { label: "Complete", colour: "#00FF00" },
        { label: "Late", colour: "#FF0000" },
      ],
      "Complete",
    ],
    // No label or colour to go by: the last status.
    [
      "fallback to last",
      [
        { label: "A", colour: "#111111" },
        { label: "B", colour: "#222222" },
      ],
      "B",
    ],
  ] as [string, Status[], string][])("%s", (_why, statuses, label) => {
    expect(deliveredStatus(statuses).label).toBe(label);
  });
});

describe("status rules", () => {
  const rules = statusRules("G7:G20", "$G7", DEFAULT_STATUSES);

  it("has one exact-match rule per status, filled in its colour", () => {
    expect(rules.map((r) => [r.formula, r.fill])).toEqual([
      ['=EXACT($G7,"Slippage / Critical")', "#FF0000"],
      ['=EXACT($G7,"Slippage likely / Not Critical")', "#FFC000"],
      ['=EXACT($G7,"On Track, Good Progress")', "#00B050"],
      ['=EXACT($G7,"Delivered")', "#0070C0"],
    ]);
    expect(rules.every((r) => r.range === "G7:G20")).toBe(true);
  });

  it("doubles quotes inside a label", () => {
    expect(statusRules("A1", "$A1", [{ label: 'Say "done"', colour: "#000000" }])[0].formula).toBe(
      '=EXACT($A1,"Say ""done""")',
    );
  });

  it("uses no custom function (Excel never runs them in conditional formats)", () => {
    for (const r of [...rules, overdueRule("F7:F20", "$F7", "$G7", DEFAULT_STATUSES[3])])
      expect(r.formula).not.toMatch(/WRES[._]/);
  });

  it("makes a stop-alert drop-down from the key cells", () => {
    const v = statusValidation("G7:G20", "$B$3:$E$3");
    expect(v.source).toEqual({ formula: "=$B$3:$E$3" });
    expect(v.allowBlank).toBe(true);
    expect(v.errorMessage.length).toBeGreaterThan(0);
  });
});

describe("overdue rule and count, evaluated", () => {
  const delivered = DEFAULT_STATUSES[3];
  const rule = overdueRule("A1:A9", "$A1", "$B1", delivered);
  // Columns: due date (days from today), status; C holds the rule's formula shifted to the row.
  const rows: [string, number | null | string, string, boolean][] = [
    ["yesterday, on track", -1, "On Track, Good Progress", true],
    ["yesterday, no status", -1, "", true],
    ["yesterday, delivered", -1, "Delivered", false],
    ["yesterday, 'delivered' in lower case is not the key's label", -1, "delivered", true],
    ["today is not before today", 0, "Slippage / Critical", false],
    ["tomorrow", 1, "Slippage / Critical", false],
    ["no due date", null, "Slippage / Critical", false],
    ["text due date", "Ongoing", "Slippage / Critical", false],
  ];
  // Today's serial as the engine sees it, so the test holds in any time zone.
  const today = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3" }).calculateFormula(
    "=TODAY()",
    0,
  ) as number;
  const sheet = rows.map(([, due, status], i) => [
    typeof due === "number" ? today + due : due,
    status === "" ? null : status,
    rule.formula.replace(/\$A1/g, `$A${i + 1}`).replace(/\$B1/g, `$B${i + 1}`),
  ]);
  sheet[0].push(overdueCountFormula("$A$1:$A$8", "$B$1:$B$8", delivered));
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });

  it("has a whole-number today", () => {
    expect(Number.isInteger(today)).toBe(true);
  });

  it.each(rows.map((r, i) => [r[0], i, r[3]] as const))("%s", (_why, row, overdue) => {
    expect(hf.getCellValue({ sheet: 0, col: 2, row })).toBe(overdue);
  });

  it("counts overdue actions like the rule (COUNTIFS is case-insensitive, so lower-case 'delivered' is not counted)", () => {
    expect(hf.getCellValue({ sheet: 0, col: 3, row: 0 })).toBe(2);
  });
});
