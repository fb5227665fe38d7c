import * as fs from "node:fs";
import * as path from "node:path";
import { parseCsv, type CsvTable } from "../../src/wres/csv";
import { countExtracts, type CountName, type ExtractCounts } from "../../src/wres/extract-counts";
import { problemMessage } from "../../src/wres/messages";

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

function csv(text: string): CsvTable {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(problemMessage(r.problem));
  return r.value;
}
const sample = (file: string) => csv(fs.readFileSync(path.join(SAMPLE, file), "utf8"));

function counted(...args: Parameters<typeof countExtracts>): ExtractCounts {
  const r = countExtracts(...args);
  if (!r.ok) throw new Error(problemMessage(r.problem));
  return r.value;
}

describe("countExtracts on the sample trust", () => {
  const progress: [number, number][] = [];
  const result = counted(
    {
      staff: sample("staff.csv"),
      staffPrevious: sample("staff-previous-year.csv"),
      applications: sample("applications.csv"),
      board: sample("board.csv"),
    },
    { onProgress: (done, total) => progress.push([done, total]) },
  );

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

  // The sample is clean: nothing to report.
  it("reports no unreadable rows", () => {
    expect(result.unreadable).toEqual([]);
    expect(result.unreadableCount).toBe(0);
  });

  // 6000 + 5760 + 12000 + 14 rows: called at 10,000 and 20,000, then once at the end.
  it("reports progress", () => {
    expect(progress).toEqual([
      [10000, 23774],
      [20000, 23774],
      [23774, 23774],
    ]);
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

  // Row numbers as a spreadsheet shows the file (header = row 1).
  it("lists each problem with its row, field, value and reason", () => {
    expect(r.unreadable).toEqual([
      {
        extract: "staff",
        row: 3,
        field: "ethnicity",
        value: "",
        reason: "empty ethnicity; counted as Unknown",
      },
      {
        extract: "staff",
        row: 4,
        field: "training",
        value: "maybe",
        reason: "the value is not one of Y, Yes, True, 1, N, No, False, 0; counted as not set",
      },
      { extract: "staff", row: 5, field: "disciplinary", value: "", reason: "empty; counted as not set" },
      {
        extract: "staff",
        row: 5,
        field: "band",
        value: "Band 99",
        reason: "pay band not recognised; counted under Other",
      },
      {
        extract: "staff",
        row: 6,
        field: "staffGroup",
        value: "Volunteers",
        reason: "staff group not recognised; left out of the tables by staff group",
      },
    ]);
    expect(r.unreadableCount).toBe(5);
  });

  it("leaves out what was not given", () => {
    expect(r.counts.shortlisted).toBeUndefined();
    expect(r.inputs["shortlisted.white"]).toBeUndefined();
    expect(Object.keys(r.columns)).toEqual(["staff"]);
  });

  it("reads nothing when nothing is given", () => {
    const empty = counted({});
    expect(empty).toEqual({ inputs: {}, counts: {}, unreadable: [], unreadableCount: 0, columns: {} });
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
    expect(c.unreadable).toEqual([
      {
        extract: "applications",
        row: 3,
        field: "appointed",
        value: "Y",
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
