/**
 * Numbers typed as text, read in one pass (issue 11: a 32,767-character numeric-looking text took seconds,
 * growing quadratically). Linear by construction: the reader is given a text that counts its character reads,
 * and must read each character at most once, whatever the input. Timing lives in `npm run bench`.
 */
import { numericText } from "../../src/functions/numeric-text";
import { relativeLikelihood } from "../../src/functions/registered";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";

installCustomFunctionsStub();

/** A string object that counts `charCodeAt` calls (the only way the reader looks at characters). */
class CountingText extends String {
  reads = 0;
  override charCodeAt(index: number): number {
    this.reads++;
    return super.charCodeAt(index);
  }
}

/** Excel's longest cell. */
const LONGEST = 32_767;

describe("numericText", () => {
  it.each([
    ["12", 12],
    [" 3.5 ", 3.5],
    ["-1e3", -1000],
    ["+.5", 0.5],
    ["5.", 5],
    ["1E-2", 0.01],
    ["\u00a07\t", 7],
  ])("%j is %p", (text, value) => {
    expect(numericText(text)).toBe(value);
  });

  it.each([
    [""],
    [" "],
    ["."],
    ["1e"],
    ["1e+"],
    ["12a"],
    ["1 2"],
    ["0x10"],
    ["1,000"],
    ["--1"],
    ["Infinity"],
  ])("%j is not a plain number", (text) => {
    expect(numericText(text)).toBeUndefined();
  });

  it.each([
    // the input that took seconds: a long run of digits that turns out not to be a number
    ["digits then a letter", `${"1".repeat(LONGEST - 1)}x`],
    ["digits, a point, digits, then a letter", `${"1".repeat(16_000)}.${"2".repeat(LONGEST - 16_002)}x`],
    ["a valid 32,767-digit number", "9".repeat(LONGEST)],
    ["spaces around digits", `${" ".repeat(10_000)}${"4".repeat(12_767)}${" ".repeat(9_999)}!`],
  ])("%s: each of the 32,767 characters is read once", (_why, text) => {
    const counting = new CountingText(text);
    numericText(counting as unknown as string);
    expect(text.length).toBe(LONGEST);
    // At least once: the answer depends on the last character, so a reader that looked elsewhere (a regular
    // expression, say) would make this test vacuous. At most once, give or take the first character.
    expect(counting.reads).toBeGreaterThanOrEqual(LONGEST);
    expect(counting.reads).toBeLessThanOrEqual(LONGEST + 1);
  });
});

describe("a 32,767-character text in a count argument", () => {
  it("is #VALUE!, and the message quotes only its first 40 characters", () => {
    const text = `${"1".repeat(LONGEST - 1)}x`;
    const error = excelError(() => relativeLikelihood(text, 6, 4, 6));
    expect(error).toEqual({
      code: "#VALUE!",
      message: `group_count must be a number (got "${"1".repeat(40)}…").`,
    });
  });

  it("reads a long valid number as that number, or says it is too large", () => {
    expect(relativeLikelihood(`${"0".repeat(LONGEST - 1)}5`, 6, 4, 6)).toBe(1.25);
    expect(excelError(() => relativeLikelihood("9".repeat(LONGEST), 6, 4, 6))).toEqual({
      code: "#VALUE!",
      message: "group_count must be a finite number.",
    });
  });
});
