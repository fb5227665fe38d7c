/**
 * A range argument for record-level functions, which take whole columns of up to a million rows.
 * Same contract as `range()` in arguments.ts (a 2-D array; a single value becomes 1×1), but it looks at the
 * first row only: a separate pass over a million row arrays costs as much as the counting itself. The
 * counting loops in src/wres read every row defensively instead (a row that is not an array counts as blank).
 */
import type { Arg } from "./arguments";
import { ok } from "../wres/issues";

const isMatrix = (v: unknown): v is unknown[][] =>
  Array.isArray(v) && (v.length === 0 || Array.isArray(v[0]));

export function matrix(name: string): Arg<readonly (readonly unknown[])[]> {
  return { name, read: (v) => ok(isMatrix(v) ? v : [[v]]) };
}
