/** The status key's rules, with the conditional-format formulas evaluated by HyperFormula. */
import { HyperFormula } from "hyperformula";
import { DEFAULT_STATUSES, NOT_STARTED, type Status } from "../../src/plan/options";
import {
  OVERDUE_KEY_TEXT,
  deliveredIndex,
  overdueCountFormula,
  overdueRule,
  statusCountFormula,
  statusRules,
  statusValidation,
} from "../../src/plan/rag";

describe("deliveredIndex", () => {
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
    expect(statuses[deliveredIndex(statuses)].label).toBe(label);
  });
});

describe("status rules", () => {
  const keys = ["$B$3", "$C$3", "$D$3", "$E$3"];
  const rules = statusRules("G7:G20", "$G7", keys, DEFAULT_STATUSES);

  it("has one exact-match rule per status against its key cell, filled in its colour", () => {
    expect(rules.map((r) => [r.formula, r.fill])).toEqual([
      ["=EXACT($G7,$B$3)", "#FF0000"],
      ["=EXACT($G7,$C$3)", "#FFC000"],
      ["=EXACT($G7,$D$3)", "#00B050"],
      ["=EXACT($G7,$E$3)", "#0070C0"],
    ]);
    expect(rules.every((r) => r.range === "G7:G20")).toBe(true);
  });

  it("uses no custom function (Excel never runs them in conditional formats)", () => {
    for (const r of [...rules, overdueRule("F7:F20", "$F7", "$G7", "$E$3")])
      expect(r.formula).not.toMatch(/WRES[._]/);
  });

  it("makes a stop-alert drop-down from the key cells", () => {
    const v = statusValidation("G7:G20", "$B$3:$E$3");
    expect(v.source).toEqual({ formula: "=$B$3:$E$3" });
    expect(v.allowBlank).toBe(true);
    expect(v.errorMessage.length).toBeGreaterThan(0);
  });

  it("says the overdue mark is automatic, not a status to choose", () => {
    expect(OVERDUE_KEY_TEXT).toMatch(/automatic/i);
    expect(OVERDUE_KEY_TEXT).toMatch(/not a status/i);
  });
});

describe("counting and colouring by the key, evaluated", () => {
  // Row 1 holds the key; A3:A9 the statuses typed; B3:B9 due dates (days from today); C the overdue rule.
  const key = ["<5 days", "Done?", "~x*", "=1+1"];
  const typed: [string | null, number | null][] = [
    ["<5 days", -1], // literal "<" label: not "less than 5 days"
    ["Done?", 1],
    ["DoneX", -1], // would match "Done?" as a wildcard
    ["~x*", -1],
    ["~xyz", null], // would match "~x*" as a wildcard
    ["=1+1", -1], // a label that looks like a formula
    [null, -1], // no status: counts as overdue
  ];
  // Today's serial as the engine sees it, so the test holds in any time zone.
  const today = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3" }).calculateFormula(
    "=TODAY()",
    0,
  ) as number;
  const keyCells = ["$A$1", "$B$1", "$C$1", "$D$1"];
  const delivered = "$B$1"; // "Done?" is the done state here
  const rule = overdueRule("B3:B9", "$B3", "$A3", delivered);
  const colour = statusRules(
    "A3:A9",
    "$A3",
    keyCells,
    key.map((label) => ({ label, colour: "#000000" })),
  );
  const sheet: (string | number | null)[][] = [
    [...key.map((k) => `'${k}`), null, null],
    [
      ...keyCells.map((k) => statusCountFormula("$A$3:$A$9", k)),
      overdueCountFormula("$B$3:$B$9", "$A$3:$A$9", delivered),
      null,
    ],
    ...typed.map(([status, due], i) => [
      status === null ? null : `'${status}`,
      due === null ? null : today + due,
      rule.formula.replace(/\$B3/g, `$B${i + 3}`).replace(/\$A3/g, `$A${i + 3}`),
      colour[1].formula.replace(/\$A3/g, `$A${i + 3}`),
      null,
      null,
    ]),
  ];
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const at = (col: number, row: number) => hf.getCellValue({ sheet: 0, col, row });

  it("counts each label literally: wildcards, comparisons and formulas are text", () => {
    expect([0, 1, 2, 3].map((c) => at(c, 1))).toEqual([1, 1, 1, 1]);
  });

  it("counts overdue: due before today and not the delivered label (blank status included)", () => {
    // <5 days −1 ✓, Done? +1 (future, delivered), DoneX −1 ✓, ~x* −1 ✓, ~xyz no date, =1+1 −1 ✓, blank −1 ✓.
    expect(at(4, 1)).toBe(5);
    expect(typed.map((_t, i) => at(2, i + 2))).toEqual([true, false, true, true, false, true, true]);
  });

  it("colours a status by exact match with its key cell only", () => {
    expect(typed.map((_t, i) => at(3, i + 2))).toEqual([false, true, false, false, false, false, false]);
  });

  it("follows a renamed key cell: the count and the colour rule read the new label", () => {
    const renamed = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", useArrayArithmetic: true });
    renamed.setCellContents({ sheet: 0, col: 1, row: 0 }, [["'DoneX"]]);
    expect(renamed.getCellValue({ sheet: 0, col: 1, row: 1 })).toBe(1);
    expect(renamed.getCellValue({ sheet: 0, col: 3, row: 4 })).toBe(true);
    expect(renamed.getCellValue({ sheet: 0, col: 3, row: 3 })).toBe(false);
  });
});
