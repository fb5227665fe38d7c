import { boardGap, representation, representationGap } from "../../src/functions/registered";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";
import { fraction, sampleTrust, total } from "../support/sample-trust";

beforeAll(() => {
  installCustomFunctionsStub();
});

const { counts, indicators_exact: exact } = sampleTrust;
const wfBme = counts.headcount.BME;
const wfTotal = total(counts.headcount);

describe("REPRESENTATION", () => {
  it("sample trust overall BME share is exactly 803/2000", () => {
    expect(representation(wfBme, wfTotal)).toBe(fraction(exact["1_overall_bme_share"]));
  });

  it.each([
    [[5, 4], "#VALUE!", "bme_count (5) cannot be larger than total_headcount (4)."],
    [[0, 0], "#DIV/0!", undefined],
    [["many", 4], "#VALUE!", 'bme_count must be a number (got "many").'],
    [[-2, 4], "#VALUE!", "bme_count must be zero or more (got -2)."],
  ])("REPRESENTATION(%p) → %s", (args, code, message) => {
    expect(excelError(() => representation(args[0], args[1]))).toEqual({ code, message });
  });
});

describe("REPRESENTATION_GAP (indicator 1)", () => {
  it("VSM band of the sample trust: 3 of 12 against 2409 of 6000 → 0.25 − 0.4015 = −0.1515", () => {
    expect(representationGap(3, 12, wfBme, wfTotal)).toBeCloseTo(-0.1515, 15);
  });

  it.each([
    [[3, 2, 10, 100], "#VALUE!", "band_bme (3) cannot be larger than band_total (2)."],
    [[0, 0, 10, 100], "#DIV/0!", undefined],
    [[1, 2, 0, 0], "#DIV/0!", undefined],
    [[1, 2, true, 100], "#VALUE!", 'workforce_bme must be a number (got "true").'],
  ])("REPRESENTATION_GAP(%p) → %s", (args, code, message) => {
    expect(excelError(() => representationGap(...(args as [unknown, unknown, unknown, unknown])))).toEqual({
      code,
      message,
    });
  });
});

describe("BOARD_GAP (indicator 9)", () => {
  it.each([
    // voting board 4 BME of 12 → exactly −409/6000
    ["9_board_gap_voting", counts.board_voting],
    // executive 2 of 7 → exactly −1621/14000
    ["9_board_gap_executive", counts.board_executive],
    // whole board 4 of 14 → exactly −1621/14000
    ["9_board_gap_all", counts.board],
  ] as const)("%s", (key, board) => {
    expect(boardGap(board.BME, total(board), wfBme, wfTotal)).toBe(fraction(exact[key]));
  });

  it("names the board arguments", () => {
    expect(excelError(() => boardGap(5, 4, 10, 100))).toEqual({
      code: "#VALUE!",
      message: "board_bme (5) cannot be larger than board_total (4).",
    });
  });
});
