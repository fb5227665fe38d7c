import * as fs from "node:fs";
import * as path from "node:path";
import { matchColumns, requireColumns, type ExtractKind } from "../../src/wres/column-match";
import { problemMessage } from "../../src/wres/messages";

const SAMPLE = path.resolve(__dirname, "../../../shared/data/sample-trust");
const headerOf = (file: string) =>
  fs.readFileSync(path.join(SAMPLE, file), "utf8").split(/\r?\n/)[0].split(",");

const matched = (kind: ExtractKind, header: string[], overrides = {}) => {
  const r = requireColumns(kind, header, overrides);
  if (!r.ok) throw new Error(problemMessage(r.problem));
  return r.value;
};

describe("matchColumns", () => {
  // The sample trust's own headers (column 0 is an ID in every file).
  it.each([
    ["staff", "staff.csv", { ethnicity: 1, band: 2, staffGroup: 3, training: 4, disciplinary: 5 }],
    ["staff-previous", "staff-previous-year.csv", { ethnicity: 1, disciplinary: 2 }],
    ["applications", "applications.csv", { ethnicity: 1, shortlisted: 2, appointed: 3 }],
    ["board", "board.csv", { ethnicity: 1, voting: 2, executive: 3 }],
  ] as const)("%s: sample headers", (kind, file, expected) => {
    expect(matched(kind, headerOf(file))).toEqual(expected);
  });

  // Renamed and reordered headers as other ESR reports and recruitment systems write them.
  it.each([
    // ESR "Ethnicity" / "Grade" / "Occupation Group" / "CPD" / "Disciplinary", in another order, any case
    [
      "staff",
      ["DISCIPLINARY", "cpd", "Grade", "Occupation Group", "ETHNICITY", "Employee"],
      { ethnicity: 4, band: 2, staffGroup: 3, training: 1, disciplinary: 0 },
    ],
    // "AfC Band", "Ethnic Group", "Non-Mandatory Training", "Formal Disciplinary"
    [
      "staff",
      ["Ethnic Group", "AfC Band", "Staff Group", "Non-Mandatory Training", "Formal Disciplinary"],
      { ethnicity: 0, band: 1, staffGroup: 2, training: 3, disciplinary: 4 },
    ],
    // staff group is optional: the split tables are skipped, nothing else changes
    [
      "staff",
      ["Ethnicity", "Band", "CPD", "Disciplinary"],
      { ethnicity: 0, band: 1, training: 2, disciplinary: 3 },
    ],
    // "Mandatory Training" is not indicator 4's non-mandatory training; the CPD column is
    [
      "staff",
      ["Ethnicity", "Band", "Mandatory Training", "Accessed CPD", "Disciplinary"],
      { ethnicity: 0, band: 1, training: 3, disciplinary: 4 },
    ],
    // extra words around the header
    [
      "applications",
      ["Ethnic Origin (ESR)", "Shortlisted Y/N", "Appointed Y/N"],
      { ethnicity: 0, shortlisted: 1, appointed: 2 },
    ],
    // "Voting Member", "Executive Member"; "Non-Executive" must not be read as executive
    [
      "board",
      ["Name", "Non-Executive", "Ethnicity", "Voting Member", "Executive Member"],
      { ethnicity: 2, voting: 3, executive: 4 },
    ],
  ] as const)("%s: %j", (kind, header, expected) => {
    expect(matched(kind, [...header])).toEqual(expected);
  });

  // Overrides win, by header text (any case) or 0-based position, and automatic matching avoids their columns.
  it("uses explicit overrides", () => {
    expect(
      matched("applications", ["Race", "Interview", "Hired", "Appointed"], {
        ethnicity: "race",
        shortlisted: 1,
        appointed: "HIRED",
      }),
    ).toEqual({ ethnicity: 0, shortlisted: 1, appointed: 2 });
  });

  // A required column that cannot be found names the field and lists the headers found.
  it("reports a missing required column with the headers found", () => {
    const r = requireColumns("applications", ["Applicant", "Ethnicity", "Shortlisted"]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ kind: "value", code: "missing_column", argument: "appointed" });
    expect(problemMessage(r.problem)).toBe(
      'The applications extract has no column for appointed (looked for "appointed", "was appointed", "appointment"; ' +
        'columns found: "Applicant", "Ethnicity", "Shortlisted"). Rename the column or choose it explicitly.',
    );
  });

  it("reports an override that names no column", () => {
    const r = requireColumns("board", ["Ethnicity", "Voting", "Executive"], { voting: "Votes" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ code: "missing_column", argument: "voting" });
    expect(problemMessage(r.problem)).toBe(
      'The board extract has no column for voting board member (looked for "Votes"; columns found: "Ethnicity", "Voting", "Executive"). Rename the column or choose it explicitly.',
    );
  });

  it("reports an empty header row", () => {
    const r = requireColumns("staff-previous", []);
    expect(r.ok || problemMessage(r.problem)).toMatch(/no column for ethnicity .*columns found: none/);
  });

  // Issue 13 part 4: everything found and everything missing at once, so the pane asks only for the rest.
  it("returns what it matched and every missing field together", () => {
    const m = matchColumns("staff", ["Ethnicity", "Notes", "Disciplinary"]);
    expect(m.columns).toEqual({ ethnicity: 0, disciplinary: 2 });
    expect(m.missing).toEqual(["band", "training"]); // staff group is optional, so not missing
    expect(m.duplicates).toEqual([]);
  });

  // Issue 11: two "Ethnic Origin" columns used to read the first silently; now both are named.
  it("refuses a field whose header appears twice, naming both columns", () => {
    const header = ["ID", "Ethnic Origin", "Voting", "Executive", "Ethnic Origin"];
    const m = matchColumns("board", header);
    expect(m.duplicates).toEqual([{ field: "ethnicity", columns: [1, 4] }]);
    expect(m.columns.ethnicity).toBeUndefined();
    const r = requireColumns("board", header);
    expect(r.ok || problemMessage(r.problem)).toBe(
      'The board extract has more than one column for ethnicity (column 2 "Ethnic Origin" and column 5 "Ethnic Origin"), ' +
        "so which one to count cannot be known. Rename or remove one, or choose the column explicitly.",
    );
    // Choosing one by position settles it; duplicated headers of columns not read do not matter.
    expect(matched("board", header, { ethnicity: 4 })).toEqual({ ethnicity: 4, voting: 2, executive: 3 });
    expect(matched("board", ["Notes", "Ethnicity", "Voting", "Executive", "Notes"])).toEqual({
      ethnicity: 1,
      voting: 2,
      executive: 3,
    });
  });

  it("refuses an override by a header that two columns share", () => {
    const r = requireColumns("board", ["Race", "Race", "Voting", "Executive"], { ethnicity: "race" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: "duplicate_column", argument: "ethnicity" });
  });

  it("refuses one column chosen for two fields", () => {
    const r = requireColumns("board", ["Ethnicity", "Flag", "Executive"], { voting: 1, executive: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: "column_reused" });
  });
});
