/** Float-noise guards shared by the engine: products like 0.35 × 100 land on 35.00000000000001. */

/** Relative tolerance under which two figures count as equal (bounds, whole numbers). */
export const RELATIVE_TOLERANCE = 1e-9;

export function nearlyEqual(x: number, y: number, tolerance = RELATIVE_TOLERANCE): boolean {
  if (x === y) return true;
  // Infinity − 0.7 is Infinity, which the relative test below would wrongly accept.
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

/** Ceiling that first snaps values within float noise of a whole number onto it. */
export function safeCeil(x: number): number {
  const nearest = Math.round(x);
  return nearlyEqual(x, nearest) || Math.abs(x - nearest) < 1e-12 ? nearest : Math.ceil(x);
}
