import * as fs from "node:fs";
import * as path from "node:path";
import { countExtracts, type CountName, type ExtractCounts } from "../../src/wres/extract-counts";
import { problemMessage } from "../../src/wres/messages";
import { csvTable, type CsvText } from "../support/csv";

const SAMPLE = path.resolve(__dirname, "../../../shared/data/sample-trust");

interface Expected {
  counts: Record<string, { White: number; BME: number; Unknown: number }>;
  indicators: Record<string, number>;
  band_table: {
    band: string;
    White: number;
    BME: number;
    Unknown: number;
    total: number;
    bme_share: number;
    gap_vs_overall: number;
  }[];
}
const expected = JSON.parse(fs.readFileSync(path.join(SAMPLE, "expected.json"), "utf8")) as Expected;

const csv = (text: string): CsvText => csvTable(text);
const sample = (file: string) => csv(fs.readFileSync(path.join(SAMPLE, file), "utf8"));

function counted(...args: Parameters<typeof countExtracts>): ExtractCounts {
  const r = countExtracts(...args);
  if (!r.ok) throw new Error(problemMessage(r.problem));
  return r.value;
}

describe("countExtracts on the sample trust", () => {
  const result = counted({
    staff: sample("staff.csv"),
    "staff-previous": sample("staff-previous-year.csv"),
    applications: sample("applications.csv"),
    board: sample("board.csv"),
  });

  // Every count in expected.json, under the same name.
  it.each([
    ["headcount", "headcount"],
    ["training", "training"],
    ["disciplinary", "disciplinary"],
    ["prev_headcount", "prevHeadcount"],
    ["prev_disciplinary", "prevDisciplinary"],
    ["shortlisted", "shortlisted"],
    ["appointed", "appointed"],
    ["board", "board"],
    ["board_voting", "boardVoting"],
    ["board_executive", "boardExecutive"],
  ] as [string, CountName][])("counts.%s", (jsonName, name) => {
    const e = expected.counts[jsonName];
    expect(result.counts[name]).toEqual({ white: e.White, bme: e.BME, unknown: e.Unknown });
  });

  // The same counts under the data sheet's input keys (indicator-inputs.ts).
  it.each([
    ["headcount", "headcount", ""],
    ["training", "training", ""],
    ["disciplinary", "disciplinary", ""],
    ["prev_headcount", "headcount", "prev."],
    ["prev_disciplinary", "disciplinary", "prev."],
    ["shortlisted", "shortlisted", ""],
    ["appointed", "appointed", ""],
    ["board_voting", "board.voting", ""],
    ["board_executive", "board.executive", ""],
  ])("inputs for %s", (jsonName, measure, prefix) => {
    const e = expected.counts[jsonName];
    expect(result.inputs[`${prefix}${measure}.white`]).toBe(e.White);
    expect(result.inputs[`${prefix}${measure}.bme`]).toBe(e.BME);
    expect(result.inputs[`${prefix}${measure}.unknown`]).toBe(e.Unknown);
  });

  // Only keys of indicator-inputs.ts: the whole board (no input key) is in `counts` only.
  it("fills exactly the 27 count input keys", () => {
    expect(Object.keys(result.inputs)).toHaveLength(27);
    expect(Object.keys(result.inputs).some((k) => k.startsWith("board.white"))).toBe(false);
  });

  // The whole indicator 1 table, band by band; expected.json has no Overall row.
  it("matches expected.json's band table", () => {
    const rows = result.bandTables!.overall;
    const bands = rows.slice(0, -1);
    expect(bands.map((r) => r.band)).toEqual(expected.band_table.map((e) => e.band));
    bands.forEach((r, i) => {
      const e = expected.band_table[i];
      expect([r.band, r.white, r.bme, r.unknown, r.total]).toEqual([
        e.band,
        e.White,
        e.BME,
        e.Unknown,
        e.total,
      ]);
      expect(r.bmeShare).toBeCloseTo(e.bme_share, 12);
      expect(r.gap).toBeCloseTo(e.gap_vs_overall, 12);
    });
  });

  // The Overall row against counts.headcount and 1_overall_bme_share.
  it("has an Overall row equal to the headcount", () => {
    const overall = result.bandTables!.overall.at(-1)!;
    const h = expected.counts.headcount;
    expect(overall).toMatchObject({
      band: "Overall",
      white: h.White,
      bme: h.BME,
      unknown: h.Unknown,
      total: 6000,
      gap: 0,
    });
    expect(overall.bmeShare).toBeCloseTo(expected.indicators["1_overall_bme_share"], 12);
  });

  // Split by staff group: the three tables partition the workforce (2708 + 2616 + 676 in staff.csv).
  it("splits the band table by staff group", () => {
    const t = result.bandTables!;
    const total = (rows: typeof t.overall) => rows.at(-1)!.total;
    expect([total(t.nonClinical), total(t.clinical), total(t.medical)]).toEqual([2708, 2616, 676]);
    // Medical and dental staff are on the medical bands: Consultants 233, NCCG 118, Trainee grades 325 (expected.json).
    expect(t.medical.map((r) => [r.band, r.total])).toEqual([
      ["Consultants", 233],
      ["Non-consultant career grade", 118],
      ["Trainee grades", 325],
      ["Overall", 676],
    ]);
    // Shares in a split table are against that table's own overall.
    const nc = t.nonClinical.at(-1)!;
    expect(nc.bmeShare).toBeCloseTo(nc.bme / nc.total, 15);
  });

  // The sample is clean: nothing to report, every row read and counted.
  it("reports no problem rows", () => {
    expect(
      result.quality.extracts.map((e) => [e.kind, e.rowsRead, e.rowsCounted, e.rowsWithProblems]),
    ).toEqual([
      ["staff", 6000, 6000, 0],
      ["staff-previous", 5760, 5760, 0],
      ["applications", 12000, 12000, 0],
      ["board", 14, 14, 0],
    ]);
    expect(result.quality.extracts.flatMap((e) => e.issues)).toEqual([]);
  });
});

describe("countExtracts with problem rows", () => {
  const staff = csv(
    [
      "Assignment Number,Ethnicity,Band,Occupation Group,CPD,Disciplinary",
      "1,A White - British,Band 5,Clinical,Y,N",
      "2,,Band 5,Clinical,N,N", // empty ethnicity → Unknown, reported
      "3,H Asian or Asian British - Indian,Band 5,Clinical,maybe,N", // unknown flag → not set, reported
      "4,Indian,Band 99,Administrative and Clerical,Y,", // unrecognised band → Other; empty flag → not set
      "5,White Irish,Band 6,Volunteers,N,Y", // unrecognised staff group: in overall, not in the split
      "6,Z,Other,Medical and Dental,N,N", // "Other" is a band, not a problem
    ].join("\n"),
  );
  const r = counted({ staff });

  it("still counts every row", () => {
    expect(r.counts.headcount).toEqual({ white: 2, bme: 2, unknown: 2 });
    expect(r.counts.training).toEqual({ white: 1, bme: 1, unknown: 0 });
    expect(r.counts.disciplinary).toEqual({ white: 1, bme: 0, unknown: 0 });
    expect(r.bandTables!.overall.map((x) => [x.band, x.total])).toEqual([
      ["Band 5", 3],
      ["Band 6", 1],
      ["Other", 2],
      ["Overall", 6],
    ]);
    const totals = [r.bandTables!.nonClinical, r.bandTables!.clinical, r.bandTables!.medical].map(
      (t) => t.at(-1)!.total,
    );
    expect(totals).toEqual([1, 3, 1]);
  });

  // Lines as a spreadsheet shows the file (header = line 1); each problem with every row it touched.
  it("lists each problem with its lines, and each unrecognised value", () => {
    const q = r.quality.extracts[0];
    expect(q).toMatchObject({ rowsRead: 6, rowsCounted: 6, blankRows: 0, rowsWithProblems: 4 });
    expect(q.issues.map((i) => [i.code, i.field, i.rows, i.lines])).toEqual([
      ["blank_ethnicity", "ethnicity", 1, [3]],
      ["unrecognised_flag", "training", 1, [4]],
      ["blank_flag", "disciplinary", 1, [5]],
      ["unrecognised_band", "band", 1, [5]],
      ["unrecognised_staff_group", "staffGroup", 1, [6]],
    ]);
    expect(q.values).toEqual([
      { field: "training", value: "maybe", rows: 1, countedAs: "no" },
      { field: "band", value: "Band 99", rows: 1, countedAs: "Other" },
      {
        field: "staffGroup",
        value: "Volunteers",
        rows: 1,
        countedAs: "left out of the tables by staff group",
      },
    ]);
  });

  it("leaves out what was not given", () => {
    expect(r.counts.shortlisted).toBeUndefined();
    expect(r.inputs["shortlisted.white"]).toBeUndefined();
    expect(Object.keys(r.columns)).toEqual(["staff"]);
  });

  it("reads nothing when nothing is given", () => {
    const empty = counted({});
    expect(empty).toEqual({ inputs: {}, counts: {}, quality: { extracts: [] }, columns: {} });
  });

  // A missing column fails the whole read, naming the extract and field, before any counting.
  it("fails on a missing required column", () => {
    const bad = countExtracts({ staff, board: csv("Name,Ethnicity,Voting\nX,A,Y\n") });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problem).toMatchObject({ code: "missing_column", argument: "executive" });
    expect(problemMessage(bad.problem)).toContain(
      "The board extract has no column for executive board member",
    );
  });

  // Indicator 2 counts appointments from shortlisting: appointed without shortlisting is reported, not counted.
  it("does not count appointed applicants who were not shortlisted", () => {
    const apps = csv("ID,Ethnicity,Shortlisted,Appointed\n1,A,Y,Y\n2,H,N,Y\n3,H,Y,N\n");
    const c = counted({ applications: apps });
    expect(c.counts.shortlisted).toEqual({ white: 1, bme: 1, unknown: 0 });
    expect(c.counts.appointed).toEqual({ white: 1, bme: 0, unknown: 0 });
    expect(c.quality.extracts[0].issues).toEqual([
      {
        code: "requirement_not_met",
        field: "appointed",
        rows: 1,
        lines: [3],
        reason:
          "appointed but not shortlisted; not counted as appointed (indicator 2 counts appointments from shortlisting)",
      },
    ]);
  });

  // Overrides per extract.
  it("uses column overrides", () => {
    const apps = csv("Who,Race,Stage1,Stage2\n1,A,Y,Y\n2,H,Y,N\n3,Z,N,N\n");
    const c = counted(
      { applications: apps },
      { columns: { applications: { ethnicity: "Race", shortlisted: "Stage1", appointed: "Stage2" } } },
    );
    expect(c.counts.shortlisted).toEqual({ white: 1, bme: 1, unknown: 0 });
    expect(c.counts.appointed).toEqual({ white: 1, bme: 0, unknown: 0 });
  });
});

describe("previous-year applications and board (issue 10 part 6)", () => {
  // Last year's files in the same shape feed the data sheet's prev.* keys; the sample files stand in for them.
  const r = counted({
    "applications-previous": sample("applications.csv"),
    "board-previous": sample("board.csv"),
  });
  it.each([
    ["prev.shortlisted", "shortlisted"],
    ["prev.appointed", "appointed"],
    ["prev.board.voting", "board_voting"],
    ["prev.board.executive", "board_executive"],
  ])("%s from expected.json's %s", (key, jsonName) => {
    const e = expected.counts[jsonName];
    expect([r.inputs[`${key}.white`], r.inputs[`${key}.bme`], r.inputs[`${key}.unknown`]]).toEqual([
      e.White,
      e.BME,
      e.Unknown,
    ]);
  });
  it("fills no current-year key", () => {
    expect(Object.keys(r.inputs).every((k) => k.startsWith("prev."))).toBe(true);
    expect(r.counts.prevBoard).toEqual({ white: 9, bme: 4, unknown: 1 });
  });
});

describe("a row is a person when a column read has data (issue 11 part 1)", () => {
  const header = ["ID", "Ethnicity", "Band", "CPD", "Disciplinary"];
  const r = counted({
    staff: {
      header,
      rows: [
        ["1", "A", "Band 5", "Y", "N"],
        ["2", "", "Band 5", "Y", "N"], // blank ethnicity: an Unknown person, counted in training too
        ["3", "", "", "", ""], // data only in the ID column, between records: an Unknown person, reported
        ["", "", "", "", ""], // wholly blank between records: an Unknown person, reported
        ["4", "H", "", "N", "N"], // blank band: under Other
        ["", "", "", "", ""], // after the last row with data: padding, skipped
        ["5", "", "", "", ""], // data only in the ID column after the last row with data: skipped, reported
      ],
    },
  });
  // functions.md: rows blank in every column read after the last row that has data are padding; every other
  // row is a person, as GROUP_COUNTS and BAND_TABLE count a sheet made by opening the file.
  it("counts blank ethnicities and blank rows between records as Unknown people and skips only trailing blank rows", () => {
    expect(r.counts.headcount).toEqual({ white: 1, bme: 1, unknown: 3 });
    expect(r.counts.training).toEqual({ white: 1, bme: 0, unknown: 1 });
    expect(r.bandTables?.overall.find((b) => b.band === "Other")).toMatchObject({ bme: 1, unknown: 2 });
    const q = r.quality.extracts[0];
    expect(q).toMatchObject({
      rowsRead: 7,
      rowsCounted: 5,
      blankRows: 1,
      blankLines: [7],
      rowsWithProblems: 5,
    });
    const lines = (code: string) => q.issues.find((i) => i.code === code)?.lines;
    expect(lines("unused_columns_only")).toEqual([4]);
    expect(lines("blank_row_counted")).toEqual([5]);
    expect(lines("unused_columns_trailing")).toEqual([8]);
    expect(lines("blank_band")).toEqual([6]);
    // The blank rows counted are one problem each, not a blank ethnicity, band and flags apiece.
    expect(lines("blank_ethnicity")).toEqual([3]);
  });
});

describe("refusals (issue 11 part 3)", () => {
  const message = (r: ReturnType<typeof countExtracts>) => (r.ok ? "counted" : problemMessage(r.problem));

  // A header-only extract used to be "clean" with zero counts.
  it("refuses a header-only extract", () => {
    expect(message(countExtracts({ board: csv("Name,Ethnicity,Voting,Executive\n") }))).toBe(
      "The board extract has a header row but no data rows, so there is nobody to count. Check that the file is the full extract.",
    );
  });

  // --map-staff ethnicity=#1 (the Assignment Number) used to make all 6,000 staff Unknown.
  it("refuses an ethnicity column that holds no ethnic categories", () => {
    const r = countExtracts({ staff: sample("staff.csv") }, { columns: { staff: { ethnicity: 0 } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ code: "wrong_column", argument: "ethnicity" });
    expect(problemMessage(r.problem)).toBe(
      'The staff extract\'s column 1 "Assignment Number", read as ethnicity, holds no recognisable ethnic category in 6,000 of 6,000 rows (e.g. "100000"), so it is probably the wrong column. Choose the ethnicity column explicitly.',
    );
  });

  // Pay band and training swapped: the training column holds bands, not yes/no values.
  it("refuses a yes/no column that holds something else", () => {
    const r = countExtracts({ staff: sample("staff.csv") }, { columns: { staff: { training: 2, band: 4 } } });
    expect(r.ok || problemMessage(r.problem)).toMatch(
      /^The staff extract's column 3 "Pay Band", read as non-mandatory training \/ CPD, holds no yes\/no value in 6,000 of 6,000 rows \(e\.g\. "Band \w+"\)/,
    );
  });

  // Minority problems are reported, not refused: half the values is not "most".
  it("counts a column whose problems are not most of its values", () => {
    const r = countExtracts({ board: csv("Name,Ethnicity,Voting,Executive\nA,A,Y,Y\nB,,Y,maybe\n") });
    expect(r.ok).toBe(true);
  });
});
