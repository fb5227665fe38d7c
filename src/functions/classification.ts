/** Classification custom functions: ethnicity values to WRES groups. */
import { range } from "./arguments";
import { declare, run } from "./run";
import { ethnicGroup as classify } from "../wres/ethnic-group";
import { ok } from "../wres/issues";

/**
 * Same shape as the input. Worksheet ranges are rectangular; a ragged array from another caller is padded to
 * its widest row, the missing cells being blank and so "Unknown", because a spilled result must be rectangular.
 */
function classifyAll(cells: readonly (readonly unknown[])[]): string[][] {
  let width = 0;
  for (const row of cells) width = Math.max(width, row.length);
  return cells.map((row) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = classify(c < row.length ? row[c] : "");
    return out;
  });
}

const ETHNIC_GROUP = declare({
  args: [range("ethnicity")],
  compute: (cells) => ok(classifyAll(cells)),
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
