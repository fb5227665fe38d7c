/**
 * The row-height estimate: lines of wrapped text from the text's length and the column width, and the height
 * those lines need. Hand-worked cases; the render test (test/libreoffice/render.test.ts) checks the result
 * on the printed page.
 */
import { blank, text } from "../../src/plan/cells";
import { lineHeight, rowHeightFor, rowHeights, textWidth, wrappedLines } from "../../src/plan/row-height";
import type { SheetModel } from "../../src/plan/sheet-model";

const sheet = (over: Partial<SheetModel>): SheetModel => ({
  id: "s",
  role: "plan",
  name: "S",
  blocks: [],
  formats: [],
  columns: [],
  merges: [],
  tables: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
  inputs: {},
  outputs: {},
  ...over,
});

describe("wrappedLines", () => {
  it("keeps text that fits on one line", () => {
    // Ten digits are ten widths: they fit a column twelve characters wide.
    expect(wrappedLines("0123456789", 12)).toBe(1);
  });

  it("wraps at spaces, word by word", () => {
    // Three words of 8 digits need 8 + space + 8 = 16.5 widths together: in 12 each goes on its own line.
    expect(wrappedLines("01234567 01234567 01234567", 12)).toBe(3);
    // In 30 all three fit (8 × 3 + 2 spaces = 25).
    expect(wrappedLines("01234567 01234567 01234567", 30)).toBe(1);
  });

  it("starts a line at every line break", () => {
    expect(wrappedLines("a\nb\nc", 40)).toBe(3);
    expect(wrappedLines("", 40)).toBe(1);
  });

  it("breaks a word longer than the column", () => {
    // 30 digits in a column of 10 (9.4 usable): four lines.
    expect(wrappedLines("0".repeat(30), 10)).toBe(4);
  });

  it("counts bold and larger text as wider", () => {
    expect(textWidth("0000", { bold: true })).toBeGreaterThan(textWidth("0000"));
    expect(textWidth("0000", { fontSize: 22 })).toBe(8);
    expect(wrappedLines("0000000000", 12, { fontSize: 22 })).toBe(2);
  });
});

describe("rowHeightFor", () => {
  it("gives Excel's 15 points a line of 11-point text, plus a margin", () => {
    expect(lineHeight(11)).toBe(15);
    expect(lineHeight(14)).toBeCloseTo(19.09, 2);
    expect(rowHeightFor(1)).toBe(17);
    expect(rowHeightFor(3)).toBe(47);
  });

  it("never passes Excel's 409-point limit", () => {
    expect(rowHeightFor(100)).toBe(409);
  });
});

describe("rowHeights of a sheet", () => {
  const long = "word ".repeat(30).trim(); // 30 words of 4.2 widths: 150 widths with spaces

  it("sizes a wrapped row to its longest cell and leaves one-line rows alone", () => {
    const s = sheet({
      blocks: [
        {
          anchor: "A1",
          rows: [
            [text("Title"), blank],
            [text(long), text("short")],
          ],
        },
      ],
      formats: [{ range: "A2:B2", style: { wrap: true } }],
      columns: [{ column: "A", width: 20 }],
    });
    const [only, ...rest] = rowHeights(s);
    expect(rest).toEqual([]);
    expect(only.row).toBe(2);
    expect(only.height).toBe(rowHeightFor(wrappedLines(long, 20)));
    expect(wrappedLines(long, 20)).toBeGreaterThanOrEqual(8);
  });

  it("does not wrap text in a cell without wrapping, but sizes a larger font", () => {
    const s = sheet({
      blocks: [{ anchor: "A1", rows: [[text(long)], [text("Big title")]] }],
      formats: [{ range: "A2", style: { fontSize: 14 } }],
    });
    expect(rowHeights(s)).toEqual([{ row: 2, height: rowHeightFor(1, 14) }]);
  });

  it("measures a merged cell across its columns", () => {
    const s = sheet({
      blocks: [{ anchor: "A1", rows: [[text(long)]] }],
      formats: [{ range: "A1", style: { wrap: true } }],
      columns: ["A", "B", "C"].map((column) => ({ column, width: 20 })),
      merges: ["A1:C1"],
    });
    expect(rowHeights(s)).toEqual([{ row: 1, height: rowHeightFor(wrappedLines(long, 60)) }]);
  });

  it("uses the longest text a formula can show, when the builder gives it", () => {
    const s = sheet({
      blocks: [{ anchor: "B3", rows: [[{ kind: "formula", formula: '="x"' }]] }],
      formats: [{ range: "B3", style: { wrap: true } }],
    });
    expect(rowHeights(s)).toEqual([]);
    expect(rowHeights(s, { B3: long })).toEqual([{ row: 3, height: rowHeightFor(wrappedLines(long, 8.43)) }]);
  });
});
