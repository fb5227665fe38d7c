/** Record-level custom functions: whole columns of a staff or applications extract to WRES counts. */
import { bool, optional } from "./arguments";
import { matrix } from "./matrix-argument";
import { declare, run } from "./run";
import { bandTable as buildBandTable } from "../wres/band-table";
import { groupCountsTable } from "../wres/group-counts";

const GROUP_COUNTS = declare({
  args: [matrix("ethnicity_range"), optional(matrix("flag_range"))],
  compute: (ethnicity, flags) => groupCountsTable(ethnicity, flags),
});

/**
 * Counts the rows of an ethnicity column that are White, BME and Unknown, optionally only rows whose flag is
 * true (TRUE, a number other than 0, or the text Y, Yes, True or 1 in any case). A flagged row with a blank
 * ethnicity counts as Unknown; rows blank in every range given are padding and are not counted; unrecognised
 * values count as Unknown. Both ranges must be the same size.
 * @customfunction GROUP_COUNTS
 * @param ethnicity_range Column of ethnicity codes or labels, one row per person.
 * @param [flag_range] Column of yes/no flags (e.g. appointed, entered formal disciplinary), same size as ethnicity_range.
 * @returns A 3×2 array: White, BME and Unknown with their counts.
 * @helpurl https://localhost:3000/help.html#group_counts
 */
export function groupCounts(ethnicity_range: unknown[][], flag_range?: unknown[][]): unknown[][] {
  return run(GROUP_COUNTS, [ethnicity_range, flag_range]);
}

const BAND_TABLE = declare({
  args: [matrix("ethnicity_range"), matrix("band_range"), optional(bool("header"))],
  compute: (ethnicity, bands, header) => buildBandTable(ethnicity, bands, header ?? true),
});

/**
 * Indicator 1: headcount by pay band and ethnic group, one row per band present in reporting order (Under
 * Band 1 to VSM, then Consultants, Non-consultant career grade, Trainee grades, Other) and an Overall row, with
 * each band's BME share and its difference from the overall BME share. Band labels such as "Band 8 - Range A",
 * "8A" and "AfC Band 8A" are read as Band 8A; unrecognised or blank bands go to Other. A row with a band but a
 * blank ethnicity counts as Unknown; rows blank in both ranges are padding and are not counted; the total
 * includes Unknown.
 * @customfunction BAND_TABLE
 * @param ethnicity_range Column of ethnicity codes or labels, one row per person.
 * @param band_range Column of pay bands, same size as ethnicity_range.
 * @param [header] TRUE (default) to add a header row.
 * @returns Band, White, BME, Unknown, total, BME share, BME share minus overall share.
 * @helpurl https://localhost:3000/help.html#band_table
 */
export function bandTable(
  ethnicity_range: unknown[][],
  band_range: unknown[][],
  header?: unknown,
): unknown[][] {
  return run(BAND_TABLE, [ethnicity_range, band_range, header]);
}
