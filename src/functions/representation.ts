/** Representation custom functions: WRES indicators 1 and 9. */
import { count } from "./arguments";
import { declare, run } from "./run";
import * as rep from "../wres/representation";

const REPRESENTATION = declare({
  args: [count("bme_count"), count("total_headcount")],
  atMost: [["bme_count", "total_headcount"]],
  compute: rep.representation,
});

/**
 * The BME share of a headcount, as a fraction to format as a percentage. The total includes staff of unknown
 * ethnicity, so White, BME and Unknown shares add up to 100 %; a higher share means a more diverse workforce.
 * @customfunction REPRESENTATION
 * @param bme_count BME staff in the group.
 * @param total_headcount All staff in the group, including those of unknown ethnicity.
 * @returns The BME share of the headcount (0 to 1).
 * @helpurl https://localhost:3000/help.html#representation
 */
export function representation(bme_count: unknown, total_headcount: unknown): number {
  return run(REPRESENTATION, [bme_count, total_headcount]);
}

const REPRESENTATION_GAP = declare({
  args: [count("band_bme"), count("band_total"), count("workforce_bme"), count("workforce_total")],
  atMost: [
    ["band_bme", "band_total"],
    ["workforce_bme", "workforce_total"],
  ],
  compute: rep.representationGap,
});

/**
 * WRES indicator 1: a pay band's BME share minus the overall workforce's BME share, in fraction points.
 * Negative means BME staff are under-represented in the band compared with the workforce as a whole.
 * @customfunction REPRESENTATION_GAP
 * @param band_bme BME staff in the band.
 * @param band_total All staff in the band, including those of unknown ethnicity.
 * @param workforce_bme BME staff in the whole workforce.
 * @param workforce_total All staff in the whole workforce, including those of unknown ethnicity.
 * @returns Band share minus workforce share (e.g. -0.05 is 5 percentage points below).
 * @helpurl https://localhost:3000/help.html#representation_gap
 */
export function representationGap(
  band_bme: unknown,
  band_total: unknown,
  workforce_bme: unknown,
  workforce_total: unknown,
): number {
  return run(REPRESENTATION_GAP, [band_bme, band_total, workforce_bme, workforce_total]);
}

const BOARD_GAP = declare({
  args: [count("board_bme"), count("board_total"), count("workforce_bme"), count("workforce_total")],
  atMost: [
    ["board_bme", "board_total"],
    ["workforce_bme", "workforce_total"],
  ],
  compute: rep.boardGap,
});

/**
 * WRES indicator 9: the BME share of the board minus the BME share of the overall workforce, in fraction points.
 * Negative means the board is less diverse than the workforce; closer to zero is better.
 * @customfunction BOARD_GAP
 * @param board_bme BME board members (voting or executive).
 * @param board_total All board members counted, including those of unknown ethnicity.
 * @param workforce_bme BME staff in the whole workforce.
 * @param workforce_total All staff in the whole workforce, including those of unknown ethnicity.
 * @returns Board share minus workforce share.
 * @helpurl https://localhost:3000/help.html#board_gap
 */
export function boardGap(
  board_bme: unknown,
  board_total: unknown,
  workforce_bme: unknown,
  workforce_total: unknown,
): number {
  return run(BOARD_GAP, [board_bme, board_total, workforce_bme, workforce_total]);
}
