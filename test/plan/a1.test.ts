import {
  address,
  addressOf,
  onSheet,
  rangeRef,
  ref,
  rowsRef,
  cellAddress,
  cellsOf,
  columnIndex,
  columnLetter,
  contains,
  parseCell,
  parseRange,
  rectAddress,
  refAddress,
} from "../../src/plan/a1";

describe("A1 addresses", () => {
  it.each([
    ["A", 0],
    ["Z", 25],
    // the two-letter boundary
    ["AA", 26],
    // Excel's last column
    ["XFD", 16383],
  ])("column %s is index %d and back", (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
    expect(columnLetter(index + 1)).toBe(letters);
  });

  it.each([
    ["$B$2:$D$9", { top: 1, left: 1, bottom: 8, right: 3 }],
    // corners in either order describe the same rectangle
    ["D9:B2", { top: 1, left: 1, bottom: 8, right: 3 }],
    // whole columns and rows reach the sheet's edges
    ["C:C", { top: 0, left: 2, bottom: 1048575, right: 2 }],
    ["$8:$8", { top: 7, left: 0, bottom: 7, right: 16383 }],
  ])("%s → %j", (address, rect) => {
    expect(parseRange(address)).toEqual(rect);
  });

  it.each(["", "A1:B", "1A", "A1:B2:C3", "XFE1"])("refuses %j", (address) => {
    expect(() => parseRange(address)).toThrow();
  });

  it("writes a single cell without a colon", () => {
    expect(rectAddress({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
  });
});

describe("writing and reading agree", () => {
  it("a builder's 1-based address parses to the zero-based cell one up and one left", () => {
    expect(cellAddress(28, 5)).toBe("AB5");
    expect(parseCell("AB5")).toEqual({ row: 4, column: 27 });
    expect(refAddress({ row: 4, column: 27 })).toBe("AB5");
  });

  it("lists a rectangle's cells row by row and knows which cells it contains", () => {
    const rect = parseRange("B2:C3");
    expect([...cellsOf(rect)].map(refAddress)).toEqual(["B2", "C2", "B3", "C3"]);
    expect(contains(rect, parseCell("C3"))).toBe(true);
    expect(contains(rect, parseCell("D3"))).toBe(false);
    expect(contains(rect, parseCell("B1"))).toBe(false);
  });
});

describe("the reference builder", () => {
  const d21 = address(4, 21);
  it.each([
    ["relative", "D21"],
    ["absolute", "$D$21"],
    // a rule applied down a column keeps its column and moves its row
    ["column", "$D21"],
    // a formula filled across keeps its row
    ["row", "D$21"],
  ] as const)("%s reference to D21 is %s", (anchoring, text) => {
    expect(ref(d21, anchoring)).toBe(text);
    expect(addressOf(text)).toEqual(d21);
  });

  it("builds ranges, whole rows and references on other sheets", () => {
    expect(rangeRef(address(2, 3), address(5, 3), "absolute")).toBe("$B$3:$E$3");
    expect(rangeRef(d21, d21)).toBe("D21");
    expect(rowsRef(6)).toBe("$6:$6");
    expect(onSheet("data", ref(d21, "absolute"))).toBe("{{sheet:data}}!$D$21");
  });
});
