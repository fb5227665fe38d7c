import { boardGap, representation, representationGap } from "../../src/wres/representation";
import { fraction, sampleTrust, total } from "../support/sample-trust";

const { counts, indicators, indicators_exact: exact } = sampleTrust;
const workforceBme = counts.headcount.BME;
const workforceTotal = total(counts.headcount); // includes Unknown, per wres.md

describe("representation on the sample trust", () => {
  it("overall BME share is exactly 803/2000 (unknown ethnicity stays in the headcount)", () => {
    expect(representation(workforceBme, workforceTotal)).toEqual({
      ok: true,
      value: fraction(exact["1_overall_bme_share"]),
    });
  });

  it.each([
    // indicator 9: voting board 4 BME of 12 against 2409 of 6000 → exactly −409/6000
    ["9_board_gap_voting", counts.board_voting],
    // executive board 2 of 7 → −1621/14000
    ["9_board_gap_executive", counts.board_executive],
    // whole board 4 of 14 → the same share as the executive, −1621/14000
    ["9_board_gap_all", counts.board],
  ] as const)("%s", (key, board) => {
    const r = boardGap(board.BME, total(board), workforceBme, workforceTotal);
    expect(r).toEqual({ ok: true, value: fraction(exact[key]) });
    expect(r).toEqual({ ok: true, value: indicators[key] });
  });
});

describe("representationGap (indicator 1)", () => {
  it.each([
    // band 8A of the sample trust: 67 of 253 against 2409 of 6000, expected.json's band table gap
    [67, 253, 2409, 6000, -0.13667786561264822],
    // VSM: 3 of 12 = 0.25 against 0.4015 → −0.1515
    [3, 12, 2409, 6000, -0.1515],
    // equal shares → exactly 0
    [1, 4, 25, 100, 0],
  ])("REPRESENTATION_GAP(%p, %p, %p, %p) ≈ %p", (b, bt, w, wt, expected) => {
    const r = representationGap(b, bt, w, wt);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Math.abs(r.value - expected)).toBeLessThan(1e-15);
  });

  it.each([
    [[0, 0, 2, 10], { kind: "div0", code: "zero_total", argument: "band_total" }],
    [[1, 2, 0, 0], { kind: "div0", code: "zero_total", argument: "workforce_total" }],
    [
      [3, 2, 2, 10],
      {
        kind: "value",
        code: "count_exceeds_total",
        argument: "band_bme",
        other: "band_total",
        detail: { value: 3, total: 2 },
      },
    ],
    [[-1, 2, 2, 10], { kind: "value", code: "negative", argument: "band_bme", detail: { value: -1 } }],
  ] as const)("REPRESENTATION_GAP(%p) fails with %p", (args, problem) => {
    expect(representationGap(...(args as unknown as [number, number, number, number]))).toEqual({
      ok: false,
      problem,
    });
  });

  it("names board arguments in BOARD_GAP problems", () => {
    expect(boardGap(5, 4, 2, 10)).toMatchObject({
      ok: false,
      problem: { argument: "board_bme", other: "board_total" },
    });
  });

  it("REPRESENTATION fails on a zero headcount with #DIV/0!", () => {
    expect(representation(0, 0)).toEqual({
      ok: false,
      problem: { kind: "div0", code: "zero_total", argument: "total_headcount" },
    });
  });
});
