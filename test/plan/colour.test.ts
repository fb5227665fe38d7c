import { relativeLuminance, textColourOn } from "../../src/plan/colour";

describe("relativeLuminance", () => {
  it.each([
    ["#000000", 0],
    ["#FFFFFF", 1],
    ["#808080", 0.2158605], // WCAG: sRGB 128 → 0.2158605
  ])("%s is %d", (hex, l) => {
    expect(relativeLuminance(hex)).toBeCloseTo(l, 6);
  });

  it("is undefined for text that is not a colour", () => {
    expect(relativeLuminance("red")).toBeUndefined();
  });
});

describe("textColourOn", () => {
  it.each([
    ["#FF0000", "#000000"], // red: black 5.25:1 beats white 4.0:1 (WCAG)
    ["#FFC000", "#000000"], // black on amber
    ["#0070C0", "#FFFFFF"], // white on blue
    ["#BFBFBF", "#000000"], // black on grey
  ])("text on %s is %s", (fill, font) => {
    expect(textColourOn(fill)).toBe(font);
  });
});
