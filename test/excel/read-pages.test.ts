/**
 * Paged reading: every row once, in order, each page a sync within Excel on the web's 5 MB; a page Excel
 * refuses is halved and read again; what cannot be read at all comes back as a clear message.
 */
import { withOfficeErrors } from "../../src/excel/office-errors";
import {
  FIRST_PAGE_ROWS,
  columnSpans,
  readInPages,
  readRowsWhole,
  rowRuns,
  type ColumnSpan,
} from "../../src/excel/read-pages";
import { FakeOffice, FakeOfficeError, RESPONSE_LIMIT_BYTES } from "./fake-excel";

type Page = { first: number; count: number; values: unknown[][][] };

async function pages(office: FakeOffice, top: number, rows: number, spans: ColumnSpan[]) {
  const seen: Page[] = [];
  const syncs = await office.excel.run((context) =>
    readInPages(
      context as unknown as Excel.RequestContext,
      "Sheet1",
      { top, rows },
      spans,
      (values, first, count) => void seen.push({ first, count, values }),
    ),
  );
  return { seen, syncs };
}

describe("columnSpans and rowRuns", () => {
  it.each([
    [
      [1, 2, 3, 5],
      [
        { from: 1, to: 3 },
        { from: 5, to: 5 },
      ],
    ],
    [
      [4, 0, 4, 1],
      [
        { from: 0, to: 1 },
        { from: 4, to: 4 },
      ],
    ], // unsorted, repeated
    [[], []],
  ])("columns %j read as %j", (columns, spans) => {
    expect(columnSpans(columns)).toEqual(spans);
  });

  it("groups consecutive rows", () => {
    expect(rowRuns([3, 4, 5, 9, 11, 12])).toEqual([
      { top: 3, rows: 3 },
      { top: 9, rows: 1 },
      { top: 11, rows: 2 },
    ]);
  });
});

describe("readInPages", () => {
  it("hands over every row once, in sheet order, from the row asked for", async () => {
    const office = new FakeOffice();
    office.state.seed(
      "Sheet1",
      "A3",
      Array.from({ length: 12_345 }, (_v, i) => [i, `r${i}`, "skip", true]),
    );
    const { seen, syncs } = await pages(office, 2, 12_345, columnSpans([0, 1, 3]));
    expect(seen.map((p) => p.first)).toEqual(
      seen.map((_p, i) => 2 + seen.slice(0, i).reduce((n, q) => n + q.count, 0)),
    );
    expect(seen.reduce((n, p) => n + p.count, 0)).toBe(12_345);
    expect(seen[0].count).toBe(FIRST_PAGE_ROWS);
    const last = seen.at(-1)!;
    expect(last.values[0].at(-1)).toEqual([12_344, "r12344"]); // A:B
    expect(last.values[1].at(-1)).toEqual([true]); // D, without C
    expect(syncs).toBe(seen.length);
  });

  // 5,000 rows of 1,100 characters are 5.5 MB, over the web's limit: the first page fails, is read again as
  // two halves' worth, and later pages are sized from what a row took.
  it("halves a page Excel cannot send back, and sizes the next from the rows read", async () => {
    const office = new FakeOffice();
    office.state.seed(
      "Sheet1",
      "A1",
      Array.from({ length: 8_000 }, (_v, i) => [`${i}:${"x".repeat(1_100)}`]),
    );
    const { seen, syncs } = await pages(office, 0, 8_000, [{ from: 0, to: 0 }]);
    expect(office.state.responseBytes[0]).toBeGreaterThan(RESPONSE_LIMIT_BYTES); // refused, nothing loaded
    expect(Math.max(...office.state.responseBytes.slice(1))).toBeLessThan(RESPONSE_LIMIT_BYTES);
    expect(seen[0].count).toBe(FIRST_PAGE_ROWS / 2);
    expect(seen.flatMap((p) => p.values[0].map((r) => Number(String(r[0]).split(":")[0])))).toEqual(
      Array.from({ length: 8_000 }, (_v, i) => i),
    );
    expect(syncs).toBe(seen.length + 1);
  });

  it("passes on other errors unchanged", async () => {
    const office = new FakeOffice();
    await expect(
      office.excel.run((context) =>
        readInPages(
          context as unknown as Excel.RequestContext,
          "Gone",
          { top: 0, rows: 5 },
          [{ from: 0, to: 0 }],
          () => {},
        ),
      ),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  // One row too long for a response (five cells of 1,000,001 characters): nothing smaller can be read, so the
  // user is told, in words, what Excel refused.
  it("gives a clear message when even one row is too much for Excel", async () => {
    const office = new FakeOffice();
    const long = "y".repeat(1_000_001);
    office.state.seed("Sheet1", "A1", [[long, long, long, long, long]]);
    const run = withOfficeErrors("Could not read table Staff.", () =>
      office.excel.run((context) =>
        readInPages(
          context as unknown as Excel.RequestContext,
          "Sheet1",
          { top: 0, rows: 1 },
          [{ from: 0, to: 4 }],
          () => {},
        ),
      ),
    );
    await expect(run).rejects.toMatchObject({
      code: "too_large",
      message: expect.stringMatching(
        /^Could not read table Staff\. Excel could not send that much data back at once/,
      ),
    });
  });
});

describe("readRowsWhole", () => {
  it("reads scattered rows in full, run by run, in sheet order", async () => {
    const office = new FakeOffice();
    office.state.seed(
      "Sheet1",
      "A1",
      Array.from({ length: 50 }, (_v, i) => [`a${i}`, `b${i}`, `c${i}`]),
    );
    const got: [number, unknown[][]][] = [];
    const syncs = await office.excel.run((context) =>
      readRowsWhole(
        context as unknown as Excel.RequestContext,
        "Sheet1",
        [3, 4, 10, 49],
        { from: 0, to: 2 },
        (first, rows) => void got.push([first, rows]),
      ),
    );
    expect(syncs).toBe(1);
    expect(got).toEqual([
      [
        3,
        [
          ["a3", "b3", "c3"],
          ["a4", "b4", "c4"],
        ],
      ],
      [10, [["a10", "b10", "c10"]]],
      [49, [["a49", "b49", "c49"]]],
    ]);
  });
});

describe("Office's size errors in words", () => {
  it.each([
    ["ResponsePayloadSizeLimitExceeded", /Excel on the web sends at most 5 MB at a time/],
    ["RangeExceedsLimit", /more cells than Excel reads at once \(5,000,000\)\. Choose the extract's table/],
  ])("%s becomes a message saying what to do", async (code, message) => {
    const run = withOfficeErrors("Could not read sheet Staff.", () =>
      Promise.reject(new FakeOfficeError(code, "Office's own words")),
    );
    await expect(run).rejects.toMatchObject({ code: "too_large", officeCode: code, message });
  });
});
