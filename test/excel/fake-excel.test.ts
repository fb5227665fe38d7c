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

/** Each rule below is one the writer met in real Excel; the fake's comment links where it is documented. */
describe("fake Excel follows real Excel where it surprises", () => {
  it("puts each new conditional format at the top priority", async () => {
    const { ctx, office } = makeContext();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5");
    range.conditionalFormats.add("Custom").custom.rule.formula = "=A1=1";
    range.conditionalFormats.add("Custom").custom.rule.formula = "=A1=2";
    await ctx.sync();
    expect(office.state.sheet("Sheet1").conditionalFormats.map((c) => c.formula)).toEqual(["=A1=2", "=A1=1"]);
  });

  it.each([
    // a leading apostrophe is the text prefix: dropped, the rest is text, even "=1+1"
    ["'=1+1", "General", "=1+1"],
    ["'0012", "@", "0012"],
    // only the first one goes
    ["''x", "General", "'x"],
  ])("stores %s written into a %s cell as the text %s", async (input, format, text) => {
    const { ctx, office } = makeContext();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2");
    range.numberFormat = [[format]];
    range.formulas = [[input]];
    await ctx.sync();
    expect(office.state.cell("Sheet1", "B2")).toEqual({ kind: "text", text });
  });

  it("drops fit-to-pages unless Page Layout is showing, and says so when zoom is read back", async () => {
    for (const pageLayoutShowing of [false, true]) {
      const { ctx } = makeContext({ pageLayoutShowing });
      const layout = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.load("zoom");
      await ctx.sync();
      expect(layout.zoom).toEqual(
        pageLayoutShowing ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 },
      );
    }
    // a percentage scale is applied either way
    const { ctx } = makeContext();
    const layout = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
    layout.zoom = { scale: 80 };
    layout.load("zoom");
    await ctx.sync();
    expect(layout.zoom).toEqual({ scale: 80 });
  });

  it("loses an activate() that a later freeze in the same batch follows", async () => {
    const { ctx, office } = makeContext({ sheets: ["Sheet1", "A", "B"] });
    const a = ctx.workbook.worksheets.getItem("A");
    a.activate();
    ctx.workbook.worksheets.getItem("B").freezePanes.freezeRows(1);
    await ctx.sync();
    expect(office.state.activeSheet).toBe("Sheet1");
    a.activate();
    await ctx.sync();
    expect(office.state.activeSheet).toBe("A");
  });

  it("evaluates a LAMBDA name to #NAME? on an Excel without LAMBDA and lists the cells that show it", async () => {
    for (const lambda of [true, false]) {
      const { ctx, office } = makeContext({ lambda });
      const probe = ctx.workbook.names.add("P", "=LAMBDA(x,x)");
      probe.load("type,value");
      ctx.workbook.names.add("DOUBLE", "=LAMBDA(x,x*2)");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [["=DOUBLE(2)", '="DOUBLE(2)"']];
      await ctx.sync();
      expect([probe.type, probe.value]).toEqual(lambda ? ["Error", "#CALC!"] : ["Error", "#NAME?"]);
      // a name mentioned in a string is not a call
      expect(office.state.nameErrors()).toEqual(lambda ? [] : ["Sheet1!A1"]);
    }
  });

  describe("reading a chart's source", () => {
    async function chartOn(rows: (string | number)[][], type = "Line") {
      const { ctx, office } = makeContext();
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const address = `A1:${String.fromCharCode(64 + rows[0].length)}${rows.length}`;
      ws.getRange(address).formulas = rows;
      const chart = ws.charts.add(type, ws.getRange(address), "Columns");
      return { ctx, office, chart };
    }

    it("takes a blank top-left cell as categories down the first column and names along the first row", async () => {
      const { ctx, office } = await chartOn([
        ["", "Goal", "Actual"],
        [2024, 10, 8],
        [2025, 12, 11],
      ]);
      await ctx.sync();
      expect(office.state.sheet("Sheet1").charts[0].layout).toEqual({
        categoriesInFirst: true,
        namesInFirst: true,
        seriesCount: 2,
        pointCount: 2,
        seriesNames: ["Goal", "Actual"],
      });
    });

    it("plots a first column of years under a text heading as a series of its own", async () => {
      const { ctx, office } = await chartOn([
        ["Year", "Goal", "Actual"],
        [2024, 10, 8],
        [2025, 12, 11],
      ]);
      await ctx.sync();
      expect(office.state.sheet("Sheet1").charts[0].layout).toMatchObject({
        categoriesInFirst: false,
        seriesCount: 3,
        seriesNames: ["Year", "Goal", "Actual"],
      });
    });

    it("takes a first column of text labels as categories even under a heading", async () => {
      const { ctx, office } = await chartOn([
        ["Band", "BME share"],
        ["Band 5", 0.3],
        ["Band 6", 0.2],
      ]);
      await ctx.sync();
      expect(office.state.sheet("Sheet1").charts[0].layout).toMatchObject({
        categoriesInFirst: true,
        seriesCount: 1,
        pointCount: 2,
      });
    });

    it("follows a reference to labels on another sheet", async () => {
      const { ctx, office } = makeContext({ sheets: ["Sheet1", "Plan key"] });
      office.state.seed("Plan key", "A1", [["Delivered"], ["On track"]]);
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B3").formulas = [
        ["Status", "Actions"],
        ["='Plan key'!$A$1", 3],
        ["='Plan key'!$A$2", 5],
      ];
      ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns");
      await ctx.sync();
      expect(office.state.sheet("Sheet1").charts[0].layout).toMatchObject({
        categoriesInFirst: true,
        seriesCount: 1,
        pointCount: 2,
      });
    });

    it("draws a line series in its line colour; a fill set on it is not seen", async () => {
      const { ctx, office, chart } = await chartOn([
        ["", "Goal"],
        [2024, 10],
      ]);
      chart.series.getItemAt(0).format.fill.setSolidColor("#FF0000");
      await ctx.sync();
      const record = office.state.sheet("Sheet1").charts[0];
      expect(record.seriesColours).toEqual({});
      expect(record.unseenColours).toEqual(["series 0 fill #FF0000"]);
      chart.series.getItemAt(0).format.line.color = "#00FF00";
      await ctx.sync();
      expect(record.seriesColours).toEqual({ 0: "#00FF00" });
    });

    it("fails the batch for a series Excel did not make", async () => {
      const { ctx, chart } = await chartOn([
        ["", "Goal"],
        [2024, 10],
      ]);
      chart.series.getItemAt(1).format.line.color = "#00FF00";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});
