/**
 * Streaming CSV as Excel saves it: each "Save as" type's encoding and separator detected, every record with
 * its physical line (blank lines and line breaks in quotes included), and one-sentence errors that name what
 * was found.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { detectDelimiter, readCsv, type CsvFormat } from "../../src/cli/read-csv";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "read-csv-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Read {
  header?: string[];
  format?: CsvFormat;
  rows: [number, string[]][];
  message?: string;
}

async function read(bytes: Buffer | string): Promise<Read> {
  const file = path.join(dir, "extract.csv");
  writeFileSync(file, bytes);
  const out: Read = { rows: [] };
  const r = await readCsv(file, {
    header: (cells, format) => {
      out.header = cells;
      out.format = format;
      return undefined;
    },
    row: (cells, line) => out.rows.push([line, cells]),
  });
  if (!r.ok) out.message = r.message;
  return out;
}

const TABLE =
  "Name,Ethnic Origin,Voting\nAnne,A White - British,Y\nZoë,H Asian or Asian British - Indian,N\n";

describe("readCsv: the formats Excel saves", () => {
  it.each([
    // "CSV UTF-8 (Comma delimited)": UTF-8 with a byte-order mark.
    ["CSV UTF-8", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TABLE, "utf8")]), "utf-8", ","],
    // UTF-8 without a mark (most exports from other systems).
    ["UTF-8, no mark", Buffer.from(TABLE, "utf8"), "utf-8", ","],
    // "CSV (Comma delimited)" on Windows: Windows-1252 ("ë" is one byte, 0xEB).
    ["Windows-1252", iconv.encode(TABLE, "windows-1252"), "windows-1252", ","],
    // "Unicode Text": UTF-16LE with a byte-order mark, separated by tabs.
    [
      "Unicode text",
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TABLE.replace(/,/g, "\t"), "utf-16le")]),
      "utf-16le",
      "\t",
    ],
    // A European locale's "CSV": semicolons, Windows-1252.
    ["semicolons", iconv.encode(TABLE.replace(/,/g, ";"), "windows-1252"), "windows-1252", ";"],
  ] as const)("%s", async (_name, bytes, encoding, delimiter) => {
    const r = await read(bytes);
    expect(r.message).toBeUndefined();
    expect(r.format).toEqual({ encoding, delimiter });
    expect(r.header).toEqual(["Name", "Ethnic Origin", "Voting"]);
    expect(r.rows).toEqual([
      [2, ["Anne", "A White - British", "Y"]],
      [3, ["Zoë", "H Asian or Asian British - Indian", "N"]],
    ]);
  });
});

describe("readCsv: lines", () => {
  // Issue 11: a value on line 6 was reported as row 3 because blank lines were not counted.
  it("numbers records by physical line, blank lines and quoted line breaks included", async () => {
    const r = await read('A,B\r\n\r\n1,"two\r\nlines"\r\n\r\n\r\n3,x\r\n');
    expect(r.rows).toEqual([
      [2, [""]],
      [3, ["1", "two\r\nlines"]],
      [5, [""]],
      [6, [""]],
      [7, ["3", "x"]],
    ]);
  });

  it("skips blank lines above the header and reads mixed line endings", async () => {
    const r = await read("\n\nA,B\r\n1,2\n3,4\r5,6");
    expect(r.header).toEqual(["A", "B"]);
    expect(r.rows).toEqual([
      [4, ["1", "2"]],
      [5, ["3", "4"]],
      [6, ["5", "6"]],
    ]);
  });

  it("keeps ragged rows for the counter to report", async () => {
    const r = await read("A,B\n1,2,3\n4\n");
    expect(r.rows).toEqual([
      [2, ["1", "2", "3"]],
      [3, ["4"]],
    ]);
  });
});

describe("readCsv: one sentence when the file cannot be read", () => {
  it.each([
    ["an empty file", "", "the file is empty"],
    [
      "a quote never closed",
      'A,B\n1,2\n3,"open\n4,5\n',
      "a quoted field that starts on line 3 is never closed",
    ],
    ["no separator", "Ethnicity\nA\n", "its first line (read as UTF-8) has no commas, semicolons or tabs"],
    [
      "an Excel workbook",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      'the file looks like an Excel workbook or other zip file, not CSV; save it from Excel as "CSV UTF-8',
    ],
    ["only blank lines", "\n\n\n", "the file has no header row (only blank lines)"],
  ] as const)("%s", async (_name, bytes, message) => {
    const r = await read(bytes);
    expect(r.message).toContain(message);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["a,b;c,d", ","],
    ["a;b;c,d", ";"],
    ['"x,y";b;c', ";"], // commas inside quotes do not count
    ["a\tb\tc", "\t"],
    ["abc", undefined],
  ])("%j → %j", (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
