/** Trend and national-comparison custom functions. */
import { number, optional, whole, type Arg } from "./arguments";
import { declare, run } from "./run";
import { fail, ok } from "../wres/issues";
import { nationalFigure } from "../wres/national-figures";
import { BETTER_DIRECTIONS, type Better } from "../wres/indicators";
import { trend as yearOnYear } from "../wres/trend";

/** `better`: one of the direction words, or an indicator number 1–9 (typed as a number or as text). */
const betterArg: Arg<Better | number> = {
  name: "better",
  read(v) {
    if (typeof v === "number") return Number.isFinite(v) ? ok(v) : fail("value", "not_finite", "better");
    if (v === null || v === undefined || v === "") return fail("value", "missing", "better");
    const text = typeof v === "string" ? v.trim().toLowerCase() : "";
    if ((BETTER_DIRECTIONS as readonly string[]).includes(text)) return ok(text as Better);
    if (/^\d+$/.test(text)) return ok(Number(text));
    return fail("value", "unknown_option", "better", {
      detail: {
        value: String(v),
        allowed: `${BETTER_DIRECTIONS.map((d) => `"${d}"`).join(", ")} or an indicator number 1 to 9`,
      },
    });
  },
};

const TREND = declare({
  args: [number("previous"), number("current"), betterArg, optional(number("tolerance"))],
  compute: (previous, current, direction, tolerance) =>
    yearOnYear(previous, current, direction, tolerance ?? 0),
});

/**
 * Whether a WRES figure improved from last year to this year, read in the direction that is better for it:
 * "higher", "lower", "parity" (closer to 1.00 on the log scale, for relative likelihoods) or "zero" (for gaps),
 * or an indicator number 1 to 9, which picks the direction the WRES uses.
 * @customfunction TREND
 * @param previous Last year's figure.
 * @param current This year's figure.
 * @param better "higher", "lower", "parity", "zero", or an indicator number 1 to 9.
 * @param [tolerance] Changes no larger than this count as no change (default 0).
 * @returns "Improvement", "Deterioration" or "No change".
 * @helpurl https://localhost:3000/help.html#trend
 */
export function trend(previous: unknown, current: unknown, better: unknown, tolerance?: unknown): string {
  return run(TREND, [previous, current, better, tolerance]);
}

const NATIONAL = declare({
  args: [whole("indicator"), whole("year")],
  compute: nationalFigure,
});

/**
 * The published national figure for NHS trusts in England for a WRES indicator and report year, from NHS England's
 * WRES data analysis reports; indicator 1 is the BME share of the workforce as a fraction. #N/A where none is published.
 * @customfunction NATIONAL
 * @param indicator WRES indicator number (national figures exist for 1 to 4).
 * @param year WRES report year (e.g. 2023).
 * @returns The national figure.
 * @helpurl https://localhost:3000/help.html#national
 */
export function national(indicator: unknown, year: unknown): number {
  return run(NATIONAL, [indicator, year]);
}
