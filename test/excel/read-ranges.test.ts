import { applyWorkbook } from "../../src/excel/apply-workbook";
import { fillInputs, listTables, readRanges } from "../../src/excel/read-ranges";
import { buildWorkbook } from "../../src/plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";
import { FakeOffice, type FakeOptions } from "./fake-excel";

async function withFake<T>(options: FakeOptions, work: (office: FakeOffice) => Promise<T>): Promise<T> {
  const office = new FakeOffice(options);
  const remove = office.install();
  try {
    return await work(office);
  } finally {
    remove();
  }
}

const record = (i: number): (string | number)[] => [`E${i}`, i % 2 ? "White" : "BME", i % 7, i * 0.5];

describe("readRanges", () => {
  // the round trip count must not grow with the data
  it.each([1_000, 100_000])("reads %d rows, a table and a second range in one sync", async (rows) => {
    await withFake({ sheets: ["Records", "Other"] }, async (office) => {
      office.state.seed("Records", "A1", [
        ["Id", "Group", "Band", "Score"],
        ...Array.from({ length: rows }, (_, i) => record(i)),
      ]);
      office.state.seed("Other", "B2", [
        [1, 2],
        [3, 4],
      ]);
      office.state.seedTable("Records", "Staff", `A1:D${rows + 1}`);
      const [range, table, other] = await readRanges([
        { sheet: "Records", address: `A2:D${rows + 1}` },
        { table: "Staff" },
        { sheet: "Other", address: "B2:C3" },
      ]);
      expect(office.state.syncsPerRun).toEqual([1]);
      expect(range).toHaveLength(rows);
      expect(range[0]).toEqual(record(0));
      expect(range[rows - 1]).toEqual(record(rows - 1));
      expect(table).toHaveLength(rows + 1);
      expect(table[0]).toEqual(["Id", "Group", "Band", "Score"]);
      expect(other).toEqual([
        [1, 2],
        [3, 4],
      ]);
    });
  });

  it("asks nothing of Excel for no ranges", async () => {
    await withFake({}, async (office) => {
      expect(await readRanges([])).toEqual([]);
      expect(office.state.syncsPerRun).toEqual([]);
    });
  });

  it("explains a missing table", async () => {
    await withFake({}, async () => {
      await expect(readRanges([{ table: "Nope" }])).rejects.toMatchObject({
        code: "item_not_found",
        message: expect.stringMatching(/^Could not read the data\. /),
      });
    });
  });

  it("refuses a malformed address before calling Excel", async () => {
    await withFake({}, async (office) => {
      await expect(readRanges([{ sheet: "Sheet1", address: "A1:B" }])).rejects.toThrow(
        'Not a range address: "A1:B"',
      );
      expect(office.state.calls).toEqual([]);
    });
  });
});

describe("fillInputs", () => {
  it("fills every input cell of a written data sheet in one sync, as numbers", async () => {
    await withFake({}, async (office) => {
      const model = buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "Example NHS Trust" });
      const report = await applyWorkbook(model);
      const data = model.sheets.find((s) => s.id === "data");
      if (!data) throw new Error("WRES plans include a data sheet");
      const cells = Object.values(data.inputs);
      const inputs = Object.fromEntries(cells.map((address, i) => [address, 100 + i]));
      expect(await fillInputs(report.sheets.data, inputs)).toBe(cells.length);
      expect(office.state.syncsPerRun).toEqual([2, 1]);
      cells.forEach((address, i) =>
        expect(office.state.cell(report.sheets.data, address)).toEqual({ kind: "number", value: 100 + i }),
      );
    });
  });

  it.each([
    // NaN would reach Excel as an error value
    [{ B2: Number.NaN }, "The input for B2 is not a number Excel can store."],
    [{ "B2:C3": 1 }, 'Not a cell address: "B2:C3"'],
  ])("refuses %j before calling Excel", async (inputs, message) => {
    await withFake({}, async (office) => {
      await expect(fillInputs("Sheet1", inputs)).rejects.toThrow(message);
      expect(office.state.calls).toEqual([]);
    });
  });
});

describe("listTables", () => {
  it("lists tables with their sheets and headers in one sync", async () => {
    await withFake({}, async (office) => {
      const report = await applyWorkbook(
        buildWorkbook({ ...DEFAULT_PLAN_OPTIONS, organisation: "Example NHS Trust", layout: "metric-led" }),
      );
      const tables = await listTables();
      expect(office.state.syncsPerRun).toEqual([2, 1]);
      // metric-led columns from spec/action-plan.md
      expect(tables).toEqual([
        {
          name: report.tables.plan,
          sheet: report.sheets.plan,
          headers: [
            "Metric",
            "Result",
            "Action required",
            "Rationale / intended outcome",
            "Lead",
            "Due date",
            "Progress",
          ],
        },
      ]);
    });
  });
});
