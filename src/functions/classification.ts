/** Classification: ethnicity values to WRES groups. */
import { ethnicGroup } from "../wres/ethnic-group";
import { ok } from "../wres/issues";
import { range } from "./kinds";
import { defineFunction } from "./run";

/**
 * Same shape as the input. Worksheet ranges are rectangular; a ragged array from another caller is padded to
 * its widest row, the missing cells being blank and so "Unknown", because a spilled result must be rectangular.
 * A row that is not an array (only ever from a caller outside Excel) is one cell.
 */
function classifyAll(cells: readonly (readonly unknown[])[]): string[][] {
  const rows = cells.map((row) => (Array.isArray(row) ? row : [row]));
  let width = 1;
  for (const row of rows) width = Math.max(width, row.length);
  return rows.map((row) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = ethnicGroup(c < row.length ? row[c] : "");
    return out;
  });
}

export const ETHNIC_GROUP = defineFunction({
  name: "ETHNIC_GROUP",
  category: "Classification and trend",
  description:
    'The WRES group of each ethnicity value: "White", "BME" or "Unknown". Accepts NHS ethnic category codes, ESR values such as "A White - British" and bare labels, in any case and spacing; a range gives a range of the same shape.',
  parameters: [range("ethnicity", "A cell or range of NHS ethnic category codes or labels.")],
  result: { type: "string[][]", description: '"White", "BME" or "Unknown" for each value.' },
  compute: (cells) => ok(cells.length === 0 ? [["Unknown"]] : classifyAll(cells)),
  help: {
    computes:
      '"White", "BME" or "Unknown" for each value; a range gives a range of the same shape. It accepts NHS ethnic category codes (A to S, Z, 99, and two-character sub-codes such as C3 or LB), ESR-style values with a code and a label ("A White - British", "H Asian or Asian British - Indian") and bare labels, in any case or spacing.',
    meaning:
      "Puts each member of staff in the WRES group every other figure uses: White is codes A, B, C and every sub-code starting with C; BME is every other known code. Not stated, not known, prefer not to say, unspecified, blank and anything unrecognised are Unknown.",
    examples: [
      {
        arguments: ["H Asian or Asian British - Indian"],
        result: [["BME"]],
        working: "Code H is Asian or Asian British (Indian), so **BME**.",
      },
      {
        arguments: [{ cells: "A2:A4", values: [["A White - British"], ["LB"], ["Not stated"]] }],
        result: [["White"], ["BME"], ["Unknown"]],
        working:
          "A range spills one answer per cell: A is White, LB (a sub-code of L, Asian) is BME, and not stated is Unknown.",
      },
    ],
    errors: {},
  },
});
