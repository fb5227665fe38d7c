/**
 * Streaming CSV as Excel saves it: each "Save as" type's encoding and separator detected, every record with
 * its physical line (blank lines and line breaks in quotes included), and one-sentence errors that name what
 * was found.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
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

async function read(bytes: Buffer | string, chunkBytes?: number): Promise<Read> {
  const file = path.join(dir, "extract.csv");
  writeFileSync(file, bytes);
  const out: Read = { rows: [] };
  const r = await readCsv(
    file,
    {
      header: (cells, format) => {
        out.header = cells;
        out.format = format;
        return undefined;
      },
      row: (cells, line) => out.rows.push([line, cells]),
    },
    chunkBytes ? { chunkBytes } : {},
  );
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
    // Whole, and in pieces of 3 bytes (a character of two or three bytes cut in two, a mark cut).
    for (const chunkBytes of [undefined, 3]) {
      const r = await read(bytes, chunkBytes);
      expect(r.message).toBeUndefined();
      expect(r.format).toEqual({ encoding, delimiter });
      expect(r.header).toEqual(["Name", "Ethnic Origin", "Voting"]);
      expect(r.rows).toEqual([
        [2, ["Anne", "A White - British", "Y"]],
        [3, ["Zoë", "H Asian or Asian British - Indian", "N"]],
      ]);
    }
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

/**
 * A record as written to a file: its cells (a quoted cell may hold separators, doubled quotes and line
 * breaks), and the line end after it. Lines are counted as an editor counts them: each "\r\n", "\n" or lone
 * "\r", inside quotes or not.
 */
const cell = fc.oneof(
  fc.constantFrom("", "A", "A White - British", "Band 8a", "Zoë", "ü€", " spaced "),
  fc.constantFrom('"quoted, with a comma"', '"a ""doubled"" quote"', '"two\nlines"', '"two\r\nlines"'),
);
const record = fc.record({
  cells: fc.array(cell, { minLength: 1, maxLength: 4 }),
  end: fc.constantFrom("\n", "\r\n", "\r"),
});

/** What a reader must give for a cell: quotes taken off, doubled quotes undoubled. */
const unquoted = (c: string): string => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c);
const breaks = (c: string): number => c.match(/\r\n|\n|\r/g)?.length ?? 0;

describe("readCsv: records across the pieces a file is read in", () => {
  // Papa Parse is handed the file piece by piece: a quoted field, a doubled quote, a "\r\n" or a character
  // of several bytes cut by a boundary must read as if the file were one piece. Read in pieces of 1 to 9
  // bytes, every position of every record falls on a boundary somewhere.
  it("gives every record, with its physical line, whatever the piece size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        async (records, chunkBytes) => {
          let text = "H1,H2\n";
          let line = 2;
          const expected: [number, string[]][] = [];
          // A record of one empty cell is a blank line. A lone "\r" before a blank line whose own end (as
          // written) is "\n" would make one "\r\n": the generator writes "\n" there instead. Ends are
          // decided from the last record back, since an end rewritten to "\n" changes the one before it.
          const ends = records.map((r) => r.end);
          for (let i = records.length - 2; i >= 0; i--) {
            const blankNext = records[i + 1].cells.join(",") === "" && ends[i + 1] === "\n";
            if (ends[i] === "\r" && blankNext) ends[i] = "\n";
          }
          records.forEach((r, i) => {
            expected.push([line, r.cells.map(unquoted)]);
            text += r.cells.join(",") + ends[i];
            line += 1 + r.cells.reduce((n, c) => n + breaks(c), 0);
          });
          const got = await read(text, chunkBytes);
          expect(got.message).toBeUndefined();
          expect(got.rows).toEqual(expected);
        },
      ),
      {
        numRuns: 150,
        // Once found by the generator: blank lines ended "\r", "\r", "\n", read a byte at a time.
        examples: [
          [
            [
              { cells: [""], end: "\r" as const },
              { cells: [""], end: "\r" as const },
              { cells: [""], end: "\n" as const },
            ],
            1,
          ],
        ],
      },
    );
  });

  it("reads a file larger than one piece in full", async () => {
    const rows = Array.from({ length: 60_000 }, (_v, i) => `${i},"H Asian, Indian",Band ${i % 9}`);
    const r = await read(`ID,Ethnic Origin,Pay Band\r\n${rows.join("\r\n")}\r\n`);
    expect(r.rows).toHaveLength(60_000);
    expect(r.rows[59_999]).toEqual([60_001, ["59999", "H Asian, Indian", "Band 5"]]);
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

  it("stops at a record over 1,000,000 characters, naming its line", async () => {
    const r = await read(`A,B\n1,2\n3,"${"x".repeat(1_100_000)}`);
    expect(r.message).toBe(
      "the record that starts on line 3 is over 1,000,000 characters long (probably a quote that is never closed)",
    );
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
