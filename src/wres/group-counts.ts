/**
 * GROUP_COUNTS: how many rows of an ethnicity column are White, BME and Unknown, optionally only where a flag
 * column is true. One pass, three integer counters, no allocation per row.
 */
import { ETHNIC_GROUPS, ethnicGroupIndex } from "./ethnic-group";
import { isTrueFlag } from "./flags";
import { ok, type Result } from "./issues";
import { isBlankCell, sameShape, type Range } from "./range-shape";

/** Counts indexed WHITE, BME, UNKNOWN. */
export type GroupTally = [white: number, bme: number, unknown: number];

/**
 * Counts by group. A blank ethnicity cell ("" or 0) is an empty row and is not counted, so whole-column
 * references work; an ethnicity that is present but not recognised counts as Unknown.
 */
export function countGroups(ethnicity: Range, flags?: Range | null): Result<GroupTally> {
  if (flags) {
    const shape = sameShape(ethnicity, "ethnicity_range", flags, "flag_range");
    if (!shape.ok) return shape;
  }
  const tally: GroupTally = [0, 0, 0];
  if (ethnicity.length > 0 && ethnicity[0].length === 1) {
    // The usual case, one column: no inner loop.
    // Flag first: unflagged rows never touch the ethnicity cell (memory, not arithmetic, is the cost here).
    // `?.` because a caller outside Excel might pass a row that is not an array; it counts as blank.
    for (let r = 0; r < ethnicity.length; r++) {
      if (flags && !isTrueFlag(flags[r]?.[0])) continue;
      const v = ethnicity[r]?.[0];
      if (isBlankCell(v)) continue;
      tally[ethnicGroupIndex(v)]++;
    }
    return ok(tally);
  }
  for (let r = 0; r < ethnicity.length; r++) {
    const row = ethnicity[r];
    if (!Array.isArray(row)) continue;
    const flagRow: readonly unknown[] | undefined = flags ? flags[r] : undefined;
    for (let c = 0; c < row.length; c++) {
      if (flags && !isTrueFlag(flagRow?.[c])) continue;
      const v = row[c];
      if (isBlankCell(v)) continue;
      tally[ethnicGroupIndex(v)]++;
    }
  }
  return ok(tally);
}

/** The GROUP_COUNTS result: `[["White", n], ["BME", n], ["Unknown", n]]`. */
export function groupCountsTable(ethnicity: Range, flags?: Range | null): Result<unknown[][]> {
  const tally = countGroups(ethnicity, flags);
  if (!tally.ok) return tally;
  return ok(ETHNIC_GROUPS.map((g, i) => [g, tally.value[i]]));
}
