/** The pane's "Analyse data" form logic: automatic match, source options and the request it builds. */
import {
  autoMatch,
  buildRequest,
  defaultDataSheet,
  isDataSheetName,
  sourceOptions,
  unchosen,
  unmatchedMessage,
} from "../../src/taskpane/analyse-form";

describe("autoMatch", () => {
  it.each([
    // The sample trust's own headers (shared/data/sample-trust/staff.csv).
    [
      [
        "Assignment Number",
        "Ethnic Origin",
        "Pay Band",
        "Staff Group",
        "Accessed Non-Mandatory Training",
        "Entered Formal Disciplinary",
      ],
      { ethnicity: 1, band: 2, staffGroup: 3, training: 4, disciplinary: 5 },
    ],
    // ESR variants in another order.
    [
      ["CPD", "Ethnicity", "AfC Band", "Disciplinary Investigation"],
      { training: 0, ethnicity: 1, band: 2, disciplinary: 3 },
    ],
    // Nothing recognisable: every field left for the user, rather than nothing at all shown.
    [["A", "B"], {}],
    // "Mandatory Training" is the opposite of what indicator 4 counts, so training stays unmatched.
    [
      ["Ethnic Origin", "Band", "Mandatory Training", "Disciplinary"],
      { ethnicity: 0, band: 1, disciplinary: 3 },
    ],
  ])("matches staff headers %j as %j", (headers, expected) => {
    expect(autoMatch("staff", headers)).toEqual({ choice: expected, ambiguous: {} });
  });

  // Two columns headed "Ethnic Origin": which is meant cannot be known, so neither is preselected and the
  // pane names both (issue 11: a file with two "Ethnic Origin" columns silently used the first).
  it("leaves a field with two fitting columns for the user, naming both", () => {
    const headers = ["ID", "Ethnic Origin", "Pay Band", "CPD", "Disciplinary", "Ethnic Origin"];
    const match = autoMatch("staff", headers);
    expect(match.choice.ethnicity).toBeUndefined();
    expect(match.ambiguous).toEqual({ ethnicity: [1, 5] });
    expect(unmatchedMessage(headers, match.ambiguous.ethnicity)).toBe(
      "Columns 2 “Ethnic Origin” and 6 “Ethnic Origin” both fit; choose one.",
    );
    expect(unmatchedMessage(headers, undefined)).toBe("No column matched; choose one.");
  });

  it("lists the required fields still to choose (staff group is optional)", () => {
    expect(unchosen("staff", { ethnicity: 0, band: 1, disciplinary: 3 })).toEqual(["training"]);
  });
});

describe("sourceOptions and buildRequest", () => {
  const options = sourceOptions({
    tables: [
      {
        name: "Board",
        sheet: "Board data",
        headers: ["Name", "Ethnic Origin", "Voting", "Executive"],
        rowCount: 1,
      },
    ],
    selection: { sheet: "Sheet1", address: "A1", headers: ["x"], rowCount: 0 },
    sheets: ["Sheet1"],
    usedRanges: [],
  });

  it("offers tables with row counts and sheets; a one-cell selection is not offered", () => {
    expect(options.map((o) => o.label)).toEqual([
      "Table Board (Board data, 1 row)",
      "Sheet Sheet1 (all its data)",
    ]);
  });

  it.each([
    [{ sources: {}, columns: {}, dataSheet: "D" }, "Choose where at least one extract is."],
    [{ sources: { board: options[0] }, columns: {}, dataSheet: "" }, "Choose the data sheet to fill."],
    [
      { sources: { board: options[0] }, columns: { board: { ethnicity: 1 } }, dataSheet: "D" },
      "Board: choose the column for voting board member, executive board member.",
    ],
  ])("asks for what is missing (%#)", (state, error) => {
    expect(buildRequest(state)).toEqual({ error });
  });

  it("builds the request with the chosen columns", () => {
    const columns = { board: { ethnicity: 1, voting: 2, executive: 3 } };
    expect(buildRequest({ sources: { board: options[0] }, columns, dataSheet: "WRES data 2025-26" })).toEqual(
      {
        request: {
          sources: { board: { kind: "table", table: "Board" } },
          columns,
          dataSheet: "WRES data 2025-26",
        },
      },
    );
  });
});

describe("the data sheet to preselect", () => {
  it.each([
    ["WRES data 2025-26", true], // as the plan writer names it
    ["WRES data 2025-26 (2)", true], // a second plan's, suffixed as the writers suffix taken names
    ["wres DATA 2024-25", true], // Excel's sheet names ignore case
    ["WRES data 2025-27", false], // not a financial year
    ["WRES data 2025-26 old", false],
    ["WRES plan 2025-26", false],
    ["My WRES data 2025-26", false],
  ])("%s is a data sheet: %s", (name, yes) => {
    expect(isDataSheetName(name)).toBe(yes);
  });

  it("offers the latest year's data sheet, or none", () => {
    expect(defaultDataSheet(["Notes", "WRES data 2024-25", "WRES data 2025-26", "WRES plan 2025-26"])).toBe(
      "WRES data 2025-26",
    );
    expect(defaultDataSheet(["Notes", "WRES plan 2025-26"])).toBe("");
  });
});
