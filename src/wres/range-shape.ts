/** Shape checks for ranges that are read side by side, row by row (record-level functions). */
import { fail, ok, type Result } from "./issues";

export type Range = readonly (readonly unknown[])[];

const width = (r: Range): number => (r.length === 0 ? 0 : r[0].length);

/** `other` must have as many rows and columns as `first`. */
export function sameShape(first: Range, firstName: string, other: Range, otherName: string): Result<true> {
  if (other.length !== first.length) {
    return fail("value", "shape_mismatch", otherName, {
      other: firstName,
      detail: { expected: first.length, actual: other.length },
    });
  }
  if (width(other) !== width(first)) {
    return fail("value", "width_mismatch", otherName, {
      other: firstName,
      detail: { expected: width(first), actual: width(other) },
    });
  }
  return ok(true);
}
