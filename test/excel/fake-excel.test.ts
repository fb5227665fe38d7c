/** The fake must behave like Excel where the writer's tests rely on it, or those tests prove nothing. */
import { FakeOffice, FakeOfficeError, FakeRequestContext } from "./fake-excel";

function makeContext(options: ConstructorParameters<typeof FakeOffice>[0] = {}): {
  ctx: FakeRequestContext;
  office: FakeOffice;
} {
  const office = new FakeOffice(options);
  return { ctx: new FakeRequestContext(office.state), office };
}

describe("fake Excel", () => {
  it.each([
    // General cells parse what is typed, as Excel does, so a writer that forgets the Text format is caught
    ["=1+1", "General", { kind: "formula", formula: "=1+1" }],
    ["+1", "General", { kind: "formula", formula: "=+1" }],
    ["@SUM(A1)", "General", { kind: "formula", formula: "=SUM(A1)" }],
    ["-1", "General", { kind: "number", value: -1 }],
    ["TRUE", "General", { kind: "boolean", value: true }],
    // Text-formatted cells keep exactly what was written
    ["=1+1", "@", { kind: "text", text: "=1+1" }],
    ["-1", "@", { kind: "text", text: "-1" }],
  ])("stores %s written into a %s cell as %j", async (input, format, cell) => {
    const { ctx, office } = makeContext();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2");
    range.numberFormat = [[format]];
    range.formulas = [[input]];
    await ctx.sync();
    expect(office.state.cell("Sheet1", "B2")).toEqual(cell);
  });

  it("queues calls until sync and refuses reads of unloaded or unsynced properties", async () => {
    const { ctx, office } = makeContext();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow("PropertyNotLoaded");
    sheets.load("items/name");
    expect(() => sheets.items).toThrow("PropertyNotLoaded");
    ctx.workbook.worksheets.add("New");
    expect(office.state.sheets).toHaveLength(1);
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(office.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "New"]);
    expect(ctx.syncs).toBe(1);
  });

  it.each([
    // taken, compared without regard to case
    ["sheet1", "ItemAlreadyExists"],
    // longer than 31 characters
    ["x".repeat(32), "InvalidArgument"],
    // characters Excel forbids
    ["Plan [draft]", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
  ])("rejects the sheet name %s with %s at sync", async (name, code) => {
    const { ctx } = makeContext();
    ctx.workbook.worksheets.add(name);
    await expect(ctx.sync()).rejects.toMatchObject({ name: "RichApi.Error", code });
  });

  it("rejects a duplicate table name and a table name clashing with a defined name", async () => {
    const { ctx } = makeContext({ names: [{ name: "Taken", formula: "=1", comment: "" }] });
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.tables.add(ws.getRange("A1:B3"), true).name = "Plan";
    await ctx.sync();
    ws.tables.add(ws.getRange("D1:E3"), true).name = "PLAN";
    await expect(ctx.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    ws.tables.add(ws.getRange("G1:H3"), true).name = "taken";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("rejects an array whose shape does not match the range", async () => {
    const { ctx } = makeContext();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").formulas = [[1, 2]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects page layout on an Excel older than ExcelApi 1.9", async () => {
    const { ctx } = makeContext({ excelApi: "1.8" });
    ctx.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("fake Excel null objects", () => {
  it("answers isNullObject only after a sync", async () => {
    const { ctx: context } = makeContext({ sheets: ["Sheet1"] });
    const there = context.workbook.worksheets.getItemOrNullObject("sheet1");
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    // eslint-disable-next-line office-addins/call-sync-before-read -- the point: the fake refuses this read
    expect(() => missing.isNullObject).toThrow("PropertyNotLoaded");
    await context.sync();
    expect([there.isNullObject, missing.isNullObject]).toEqual([false, true]);
  });
});
