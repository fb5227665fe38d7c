import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { ethnicGroup } from "../../src/functions/registered";

installCustomFunctionsStub();

describe("ETHNIC_GROUP", () => {
  // functions.md: a range gives a range of the same shape.
  it("keeps the shape of a range", () => {
    expect(
      ethnicGroup([
        ["A White - British", "Mixed - White and Asian", ""],
        ["99", "LB", " c3 "],
      ]),
    ).toEqual([
      ["White", "BME", "Unknown"],
      ["Unknown", "BME", "White"],
    ]);
  });

  // Not from a worksheet, but a spilled result must be rectangular: missing cells are blank, so Unknown.
  it("pads a ragged array to its widest row", () => {
    expect(ethnicGroup([["A"], ["H", "Z", "C3"], []])).toEqual([
      ["White", "Unknown", "Unknown"],
      ["BME", "Unknown", "White"],
      ["Unknown", "Unknown", "Unknown"],
    ]);
  });

  // A single cell arrives as a 1×1 matrix (dimensionality "matrix"); a bare scalar is treated the same way.
  it.each([
    [[["H Asian or Asian British - Indian"]], [["BME"]]],
    ["Not stated", [["Unknown"]]],
    [0, [["Unknown"]]], // a blank cell may arrive as 0
    [null, [["Unknown"]]],
  ])("%j → %j", (input, expected) => {
    expect(ethnicGroup(input as unknown[][])).toEqual(expected);
  });
});
