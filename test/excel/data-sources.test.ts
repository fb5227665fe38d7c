import { describeSource, listDataSources, localAddress, type SourceRef } from "../../src/excel/data-sources";
import { FakeOffice, type FakeOptions } from "./fake-excel";
import { select } from "./fake-excel-analysis";
import { SAMPLE_FILES, readSample, seedExtractTable } from "./sample-trust-workbook";

async function withFake<T>(options: FakeOptions, work: (office: FakeOffice) => Promise<T>): Promise<T> {
  const office = new FakeOffice(options);
  const remove = office.install();
  try {
    return await work(office);
  } finally {
    remove();
  }
}

const staff = readSample(SAMPLE_FILES.staff);
const board = readSample(SAMPLE_FILES.board);

describe("listDataSources", () => {
  it("lists tables with sheet, headers and row count, the selection and sheet names in one sync", async () => {
    await withFake({ sheets: ["Notes"] }, async (office) => {
      seedExtractTable(office, "Staff", "StaffExtract", staff.header, staff.rows);
      seedExtractTable(office, "Board", "BoardList", board.header, board.rows);
      select(office.state, "Board", "A1:D15");
      const sources = await listDataSources();
      expect(office.state.syncsPerRun).toEqual([1]);
      expect(sources.tables).toEqual([
        // the sample trust has 6,000 staff (expected.json generator.staff)
        { name: "StaffExtract", sheet: "Staff", headers: staff.header, rowCount: 6000 },
        // 14 board members: 9 White, 4 BME, 1 Unknown in expected.json
        { name: "BoardList", sheet: "Board", headers: board.header, rowCount: 14 },
      ]);
      expect(sources.selection).toEqual({
        sheet: "Board",
        address: "A1:D15",
        headers: ["Board Member", "Ethnic Origin", "Voting", "Executive"],
        rowCount: 14,
      });
      expect(sources.sheets).toEqual(["Notes", "Staff", "Board"]);
      expect(sources.usedRanges).toEqual([]);
    });
  });

  // A whole-column selection holds a million rows, but only those in use are offered (and read).
  it("counts the rows in use of a whole-column selection", async () => {
    await withFake({ sheets: ["Board"] }, async (office) => {
      office.state.seed("Board", "A1", [board.header, ...board.rows]);
      select(office.state, "Board", "A:D");
      const sources = await listDataSources();
      expect(sources.selection).toEqual({
        sheet: "Board",
        address: "A:D",
        headers: board.header,
        rowCount: 14, // expected.json's 14 board members
      });
    });
  });

  it("adds the used range of each sheet asked for, still in one sync", async () => {
    await withFake({ sheets: ["Pasted"] }, async (office) => {
      office.state.seed("Pasted", "B3", [board.header, ...board.rows]);
      const sources = await listDataSources(["Pasted"]);
      expect(office.state.syncsPerRun).toEqual([1]);
      expect(sources.usedRanges).toEqual([
        { sheet: "Pasted", address: "B3:E17", headers: board.header, rowCount: 14 },
      ]);
    });
  });

  it("still lists tables and sheets, in a second sync, when the selection cannot be read or a sheet has gone", async () => {
    await withFake({ sheets: ["Notes"] }, async (office) => {
      seedExtractTable(office, "Board", "BoardList", board.header, board.rows);
      const sources = await listDataSources(["Deleted meanwhile"]);
      expect(office.state.syncsPerRun).toEqual([1, 1]);
      expect(sources.tables.map((t) => t.name)).toEqual(["BoardList"]);
      expect(sources.sheets).toEqual(["Notes", "Board"]);
      expect(sources.selection).toBeUndefined();
      expect(sources.usedRanges).toEqual([]);
    });
  });
});

describe("addresses and descriptions", () => {
  it.each([
    ["'My sheet'!A1:D20", "A1:D20"], // sheet names with spaces come quoted
    ["Staff!B2", "B2"],
    ["C3:D4", "C3:D4"], // already local
  ])("localAddress(%s) is %s", (input, expected) => {
    expect(localAddress(input)).toBe(expected);
  });

  it.each<[SourceRef, string]>([
    [{ kind: "table", table: "Staff" }, "table Staff"],
    [{ kind: "range", sheet: "Data", address: "A1:C9" }, "Data!A1:C9"],
    [{ kind: "sheet", sheet: "Board" }, "sheet Board"],
  ])("describes %j as %s", (ref, text) => {
    expect(describeSource(ref)).toBe(text);
  });
});
