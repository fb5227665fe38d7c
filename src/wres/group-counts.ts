/**
 * GROUP_COUNTS: how many people in an ethnicity column are White, BME and Unknown, optionally only those
 * whose flag is true. Counted by the shared RecordCounter (functions.md): every row is a person, a blank
 * ethnicity Unknown, except rows blank in every range after the last row with data, which are padding.
 */
import { ETHNIC_GROUPS } from "./ethnic-group";
import { ok, type Result } from "./issues";
import { sameShape, type Range } from "./range-shape";
import { RecordCounter, groupsOf, type CountPlan } from "./record-counter";

/** Counts indexed WHITE, BME, UNKNOWN. */
type GroupTally = [white: number, bme: number, unknown: number];

const plan = (flagged: boolean): CountPlan => ({
  ethnicity: 0,
  flags: flagged ? [{ column: 1 }] : [],
  counts: [flagged ? { flag: 0 } : {}],
  bandTables: false,
  width: 0,
  zeroIsBlank: true,
});
const PLAIN = plan(false);
const FLAGGED = plan(true);

const width = (row: unknown): number => (Array.isArray(row) ? row.length : 0);

/** Counts by group, cell by cell when the ranges are wider than one column. */
export function countGroups(ethnicity: Range, flags?: Range | null): Result<GroupTally> {
  if (flags) {
    const shape = sameShape(ethnicity, "ethnicity_range", flags, "flag_range");
    if (!shape.ok) return shape;
  }
  const counter = new RecordCounter(flags ? FLAGGED : PLAIN);
  // One reused two-cell row: no allocation per row. `?.` because a caller outside Excel might pass a row
  // that is not an array; its cells are blank.
  const cells: unknown[] = [undefined, undefined];
  if (ethnicity.length > 0 && ethnicity[0]?.length === 1) {
    // The usual case, one column each: no inner loop.
    for (let r = 0; r < ethnicity.length; r++) {
      cells[0] = ethnicity[r]?.[0];
      cells[1] = flags?.[r]?.[0];
      counter.add(cells);
    }
    return ok(groupsOf(counter.tally(), 0));
  }
  for (let r = 0; r < ethnicity.length; r++) {
    const row = ethnicity[r];
    const flagRow = flags ? flags[r] : undefined;
    const n = Math.max(width(row), width(flagRow));
    for (let c = 0; c < n; c++) {
      cells[0] = row?.[c];
      cells[1] = flagRow?.[c];
      counter.add(cells);
    }
  }
  return ok(groupsOf(counter.tally(), 0));
}

/** The GROUP_COUNTS result: `[["White", n], ["BME", n], ["Unknown", n]]`. */
export function groupCountsTable(ethnicity: Range, flags?: Range | null): Result<unknown[][]> {
  const tally = countGroups(ethnicity, flags);
  if (!tally.ok) return tally;
  return ok(ETHNIC_GROUPS.map((g, i) => [g, tally.value[i]]));
}
