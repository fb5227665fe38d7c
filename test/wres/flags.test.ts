import { isTrueFlag, readFlag } from "../../src/wres/flags";

describe("isTrueFlag (functions.md GROUP_COUNTS)", () => {
  // True flags: TRUE, numbers other than 0, text Y/Yes/True/1 in any case.
  it.each([[true], [1], [-1], [0.5], ["Y"], ["y"], ["Yes"], ["YES"], [" yes "], ["True"], ["TRUE"], ["1"]])(
    "%p is true",
    (v) => expect(isTrueFlag(v)).toBe(true),
  );
  // Everything else is false, including blanks and text that merely looks positive.
  it.each([
    [false],
    [0],
    [NaN],
    [""],
    ["N"],
    ["No"],
    ["FALSE"],
    ["0"],
    ["2"],
    ["Yeah"],
    ["x"],
    [null],
    [undefined],
  ])("%p is false", (v) => expect(isTrueFlag(v)).toBe(false));
});

describe("readFlag (strict, for extracts)", () => {
  it.each([
    ["Y", true],
    ["yes", true],
    ["TRUE", true],
    ["1", true],
    ["N", false],
    ["no", false],
    ["False", false],
    ["FALSE", false],
    ["0", false],
    [" n ", false], // spacing
    [true, true],
    [false, false],
    [1, true],
    [0, false],
  ])("%p → %p", (v, expected) => expect(readFlag(v)).toBe(expected));

  // Neither yes nor no: reported by the extract reader, never guessed.
  it.each([[""], ["Maybe"], ["2"], ["Unknown"], [2], [null]])("%p is unreadable", (v) => {
    expect(readFlag(v)).toBeUndefined();
  });
});
