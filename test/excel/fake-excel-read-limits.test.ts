/**
 * The fake's read limits and table parts behave as the Office documentation says real Excel does (links in
 * fake-excel.ts, "Read limits and table totals"), or the Analyse data tests that rely on them prove nothing.
 */
import { parseRange, rectRows } from "../../src/plan/a1";
import { FakeOffice, FakeRequestContext, RANGE_READ_CELL_LIMIT, RESPONSE_LIMIT_BYTES } from "./fake-excel";

function context(options: ConstructorParameters<typeof FakeOffice>[0] = {}) {
  const office = new FakeOffice(options);
  return { office, ctx: new FakeRequestContext(office.state) };
}

/** `rows` rows of one 100-character text in A:E: 5 × 103 bytes of JSON per row, plus brackets and commas. */
function seedWide(office: FakeOffice, rows: number): void {
  const text = "x".repeat(100);
  office.state.seed(
    "Sheet1",
    "A1",
    Array.from({ length: rows }, () => [text, text, text, text, text]),
  );
}

describe("the 5 MB response limit of Excel on the web", () => {
  // 10,000 rows × 5 cells × ~103 bytes ≈ 5.2 MB: over the limit.
  it("fails a sync whose loaded values are over 5 MB, and loads nothing", async () => {
    const { office, ctx } = context();
    seedWide(office, 10_000);
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E10000").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(office.state.responseBytes[0]).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(() => range.values).toThrow("PropertyNotLoaded");
  });

  it("passes the same rows read in two halves, each under the limit", async () => {
    const { office, ctx } = context();
    seedWide(office, 10_000);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    const top = sheet.getRange("A1:E5000").load("values");
    await ctx.sync();
    const bottom = sheet.getRange("A5001:E10000").load("values");
    await ctx.sync();
    expect(top.values).toHaveLength(5000);
    expect(bottom.values[4999][4]).toHaveLength(100);
    expect(Math.max(...office.state.responseBytes)).toBeLessThan(RESPONSE_LIMIT_BYTES);
  });

  it("measures only the properties loaded", async () => {
    const { office, ctx } = context();
    seedWide(office, 10);
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E10").load("values");
    await ctx.sync();
    // 10 rows of 5 quoted 100-character texts: 10 × (5 × 102 + 4 + 2) + 9 + 2 bytes, in {"values": …}.
    const array = 10 * (5 * 102 + 4 + 2) + 9 + 2;
    expect(office.state.responseBytes[0]).toBeGreaterThanOrEqual(array);
    expect(office.state.responseBytes[0]).toBeLessThan(array + 16);
    expect(() => range.formulas).toThrow("PropertyNotLoaded");
  });

  it("does not apply on the desktop, which has no such limit", async () => {
    const { office, ctx } = context({ platform: "desktop" });
    seedWide(office, 10_000);
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E10000").load("values");
    await ctx.sync();
    expect(range.values).toHaveLength(10_000);
  });
});

describe("the 5,000,000-cell read limit", () => {
  // A:E is 5 × 1,048,576 = 5,242,880 cells, over the limit whatever the cells hold.
  it.each(["web", "desktop"] as const)("refuses to read the cells of A:E on the %s", async (platform) => {
    const { ctx } = context({ platform });
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("reads 5,000,000 cells' worth of address without reading the cells", async () => {
    const { ctx } = context({ platform: "desktop" });
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("address");
    await ctx.sync();
    expect(rectRows(parseRange(range.address))).toBe(1_048_576);
    expect(5 * 1_048_576).toBeGreaterThan(RANGE_READ_CELL_LIMIT);
  });
});

describe("a table with a Total row", () => {
  function tableWithTotals() {
    const { office, ctx } = context();
    office.state.seed("Sheet1", "B2", [
      ["Name", "Voting"],
      ["A", "Y"],
      ["B", "N"],
      ["Total", 1],
    ]);
    office.state.seedTable("Sheet1", "Members", "B2:C5", { totals: true });
    return { office, ctx, table: ctx.workbook.tables.getItem("Members") };
  }

  it("gives the Total row in getRange, and header and body without it", async () => {
    const { ctx, table } = tableWithTotals();
    const whole = table.getRange().load("values");
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    const totals = table.getTotalRowRange().load("values");
    await ctx.sync();
    expect(whole.values).toHaveLength(4);
    expect(header.values).toEqual([["Name", "Voting"]]);
    expect(body.values).toEqual([
      ["A", "Y"],
      ["B", "N"],
    ]);
    expect(totals.values).toEqual([["Total", 1]]);
  });

  it("has no Total row range when the table shows none", async () => {
    const { office, ctx } = context();
    office.state.seed("Sheet1", "A1", [["Name"], ["A"]]);
    office.state.seedTable("Sheet1", "Plain", "A1:A2");
    const body = ctx.workbook.tables.getItem("Plain").getDataBodyRange().load("values");
    await ctx.sync();
    expect(body.values).toEqual([["A"]]);
    ctx.workbook.tables.getItem("Plain").getTotalRowRange().load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
