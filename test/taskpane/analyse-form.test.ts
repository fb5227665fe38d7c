/** The pane's "Analyse data" form logic: automatic match, source options and the request it builds. */
import { autoMatch, buildRequest, sourceOptions, unchosen } from "../../src/taskpane/analyse-form";

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
    expect(autoMatch("staff", headers)).toEqual(expected);
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
