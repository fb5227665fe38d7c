/** Classification custom functions: ethnicity values to WRES groups. */
import { range } from "./arguments";
import { declare, run } from "./run";
import { ethnicGroup as classify } from "../wres/ethnic-group";
import { ok } from "../wres/issues";

const ETHNIC_GROUP = declare({
  args: [range("ethnicity")],
  compute: (cells) => ok(cells.map((row) => row.map(classify))),
});

/**
 * The WRES group of each ethnicity value: "White", "BME" or "Unknown". Accepts NHS ethnic category codes
 * (A to S, Z, 99), two-character sub-codes such as C3 or LB, ESR values such as "A White - British", and bare
 * labels, in any case and spacing. Not stated, not known, prefer not to say, unspecified, blank cells ("" or 0)
 * and anything unrecognised are "Unknown". A range gives a range of the same shape.
 * @customfunction ETHNIC_GROUP
 * @param ethnicity A cell or range of ethnicity codes or labels.
 * @returns "White", "BME" or "Unknown" for each value.
 * @helpurl https://localhost:3000/help.html#ethnic_group
 */
export function ethnicGroup(ethnicity: unknown[][]): string[][] {
  return run(ETHNIC_GROUP, [ethnicity]);
}
