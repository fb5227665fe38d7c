import {
  NameSet,
  cleanSheetName,
  cleanTableName,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/plan/workbook-names";

describe("uniqueSheetName", () => {
  it.each([
    // a free name is used as it is
    ["WRES plan 2025-26", [], "WRES plan 2025-26"],
    // taken: the first suffix is " (2)", as Excel itself numbers copies
    ["WRES plan 2025-26", ["WRES plan 2025-26"], "WRES plan 2025-26 (2)"],
    // Excel compares sheet names without regard to case
    ["WRES plan 2025-26", ["wres PLAN 2025-26"], "WRES plan 2025-26 (2)"],
    // an existing "(2)" moves us on to "(3)"
    ["WRES plan 2025-26", ["WRES plan 2025-26", "WRES plan 2025-26 (2)"], "WRES plan 2025-26 (3)"],
    // the gap is reused: (2) was deleted, (3) remains
    ["Plan", ["Plan", "Plan (3)"], "Plan (2)"],
    // 31 characters exactly: the name is cut before the suffix so the whole stays at 31
    ["A".repeat(31), ["A".repeat(31)], `${"A".repeat(27)} (2)`],
    // longer than 31: cut to 31 even when free
    ["B".repeat(40), [], "B".repeat(31)],
    // a cut that ends in a space does not leave a double space before the suffix
    [
      "Workforce Race Equality Xy abcdefg",
      ["Workforce Race Equality Xy abcd"],
      "Workforce Race Equality Xy (2)",
    ],
    // 32 characters: the 31-character cut is compared with the taken names, not the desired name
    [
      "Workforce Race Equality Standard",
      ["Workforce Race Equality Standar"],
      "Workforce Race Equality Sta (2)",
    ],
    // two-digit suffixes still fit within 31
    [
      "C".repeat(31),
      ["C".repeat(31), ...Array.from({ length: 8 }, (_, i) => `${"C".repeat(27)} (${i + 2})`)],
      `${"C".repeat(26)} (10)`,
    ],
  ])("%s with %j taken → %s", (desired, taken, expected) => {
    const result = uniqueSheetName(desired, new NameSet(taken));
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(31);
  });
});

describe("cleanSheetName", () => {
  it.each([
    // Excel forbids []:*?/\ in sheet names
    ["Plan [2025/26]: draft*?", "Plan -2025-26-- draft--"],
    // and an apostrophe at either end
    ["'Plan'", "Plan"],
    // empty after cleaning still gives a usable name
    ["''", "Sheet"],
    // "History" is reserved by Excel
    ["History", "History-"],
  ])("%s → %s", (raw, expected) => {
    expect(cleanSheetName(raw)).toBe(expected);
  });
});

describe("uniqueTableName", () => {
  it.each([
    ["WRES_plan_2025_26", [], "WRES_plan_2025_26"],
    // suffix with an underscore: table names allow no spaces or brackets
    ["WRES_plan_2025_26", ["WRES_plan_2025_26"], "WRES_plan_2025_26_2"],
    // case-insensitive, and the next free number is found
    ["WRES_plan", ["wres_PLAN", "WRES_plan_2"], "WRES_plan_3"],
    // tables and defined names share one namespace, so a name counts as taken
    ["WRES_RL", ["WRES_RL"], "WRES_RL_2"],
  ])("%s with %j taken → %s", (desired, taken, expected) => {
    expect(uniqueTableName(desired, new NameSet(taken))).toBe(expected);
  });
});

describe("cleanTableName", () => {
  it.each([
    // spaces, dashes and brackets become underscores
    ["WRES plan 2025-26 (2)", "WRES_plan_2025_26__2_"],
    // must start with a letter or underscore
    ["2025 plan", "_2025_plan"],
    // a name that reads as a cell reference is refused by Excel
    ["AB12", "_AB12"],
    ["R1C1", "_R1C1"],
  ])("%s → %s", (raw, expected) => {
    expect(cleanTableName(raw)).toBe(expected);
  });
});
