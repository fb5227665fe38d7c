/**
 * Excel's ROUND: half away from zero, on the decimal number Excel shows rather than the binary double, so
 * ROUND(2.675, 2) = 2.68 although the double nearest 2.675 is 2.67499999…
 */
import { fail, ok, type Result } from "./issues";

/** Excel keeps 15 significant digits; rounding the 15-digit decimal string reproduces its answers. */
const SIGNIFICANT = 15;

export function excelRound(x: number, digits: number): Result<number> {
  if (!Number.isFinite(x)) return fail("value", "not_finite", "number");
  if (!Number.isFinite(digits)) return fail("value", "not_finite", "num_digits");
  // Excel truncates a fractional num_digits towards zero.
  const places = Math.trunc(digits);
  if (x === 0) return ok(0);

  const { digitString, pointAt } = decimalDigits(Math.abs(x));
  // Number of leading digits kept: those before the point plus `places` after it.
  const keep = pointAt + places;
  if (keep < 0) return ok(0);
  if (keep >= digitString.length) return ok(signed(x, toNumber(digitString, pointAt)));

  const kept = digitString.slice(0, keep);
  const roundUp = digitString.charCodeAt(keep) - 48 >= 5;
  const { digits: rounded, carried } = roundUp ? increment(kept) : { digits: kept, carried: false };
  if (rounded === "") return ok(0);
  return ok(signed(x, toNumber(rounded, carried ? pointAt + 1 : pointAt)));
}

/** The shortest 15-digit decimal form of |x|: its digits with no point, and where the point goes. */
function decimalDigits(abs: number): { digitString: string; pointAt: number } {
  const [mantissa, exponentText] = abs.toExponential(SIGNIFICANT - 1).split("e");
  const digitString = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  return { digitString, pointAt: Number(exponentText) + 1 };
}

/** Adds one to a string of decimal digits; `carried` when it grows a digit (999 → 1000). */
function increment(digits: string): { digits: string; carried: boolean } {
  if (digits === "") return { digits: "1", carried: true };
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === "9") {
      chars[i] = "0";
    } else {
      chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
      return { digits: chars.join(""), carried: false };
    }
  }
  return { digits: "1" + chars.join(""), carried: true };
}

function toNumber(digits: string, pointAt: number): number {
  return Number(`0.${digits}e${pointAt}`);
}

function signed(x: number, magnitude: number): number {
  if (magnitude === 0) return 0;
  return x < 0 ? -magnitude : magnitude;
}
