import { blockWrite, columnWidthPoints, listSource } from "../../src/excel/cell-arrays";
import type { AppliedNames, Cell } from "../../src/plan/sheet-model";

const names: AppliedNames = { sheets: { data: "WRES data (2)" }, tables: { plan: "WRES_plan_2" } };
const t = (text: string): Cell => ({ kind: "text", text });

describe("blockWrite", () => {
  it("gives text cells the Text format and everything else General, with tokens resolved", () => {
    const write = blockWrite(
      {
        anchor: "B3",
        rows: [
          [t("=1+1"), { kind: "number", value: 4 }, { kind: "formula", formula: "={{sheet:data}}!C6+1" }],
          [
            { kind: "boolean", value: true },
            { kind: "blank" },
            { kind: "formula", formula: "=ROWS({{table:plan}})" },
          ],
        ],
      },
      names,
    );
    expect(write.address).toBe("B3:D4");
    expect(write.numberFormat).toEqual([
      ["@", "General", "General"],
      ["General", "General", "General"],
    ]);
    // the sheet name is quoted because it contains spaces and brackets
    expect(write.formulas).toEqual([
      ["=1+1", 4, "='WRES data (2)'!C6+1"],
      [true, "", "=ROWS(WRES_plan_2)"],
    ]);
  });

  // Excel drops a leading apostrophe as its text prefix, so one more goes in front, in a General cell.
  it("writes text that starts with an apostrophe with a second one, in a General cell", () => {
    const write = blockWrite({ anchor: "A1", rows: [[t("'Tis"), t("don't"), t("'")]] }, names);
    expect(write.numberFormat).toEqual([["General", "@", "General"]]);
    expect(write.formulas).toEqual([["''Tis", "don't", "''"]]);
  });

  it("rejects ragged rows before anything reaches Excel", () => {
    expect(() => blockWrite({ anchor: "A1", rows: [[t("a"), t("b")], [t("c")]] }, names)).toThrow(
      "Row 2 of the cell block at A1 has 1 cells, not 2.",
    );
  });

  it("rejects a number Excel cannot store", () => {
    expect(() =>
      blockWrite({ anchor: "A1", rows: [[{ kind: "number", value: Number.NaN }]] }, names),
    ).toThrow("cannot store");
  });
});

describe("columnWidthPoints", () => {
  it.each([
    // Excel's default 8.43 characters is 64 pixels, 48 points
    [8.43, 48],
    // 10 characters of Calibri 11: 75 pixels
    [10, 56.25],
    // 0 hides the column
    [0, 0],
  ])("%d characters → %d points", (chars, points) => {
    expect(columnWidthPoints(chars)).toBe(points);
  });
});

describe("listSource", () => {
  it("joins literal options with commas", () => {
    expect(listSource({ values: ["Red", "Amber", "Green"] }, names)).toBe("Red,Amber,Green");
  });
  it("resolves tokens in a cell-range source", () => {
    expect(listSource({ formula: "={{sheet:data}}!$B$3:$E$3" }, names)).toBe("='WRES data (2)'!$B$3:$E$3");
  });
  it("refuses an option with a comma, which Excel would split in two", () => {
    expect(() => listSource({ values: ["On Track, Good Progress"] }, names)).toThrow(
      'The drop-down option "On Track, Good Progress" contains a comma',
    );
  });
  it("refuses literal options beyond Excel's 255 characters", () => {
    expect(() => listSource({ values: ["x".repeat(200), "y".repeat(60)] }, names)).toThrow(
      "255-character limit",
    );
  });
});
