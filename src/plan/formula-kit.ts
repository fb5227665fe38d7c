/**
 * The data sheet's calculations in the three formula styles. Each method returns an expression (no "=");
 * the data sheet wraps it in the same blank/error guards whatever the style, so all three give the same
 * numbers. Relative likelihoods are cross-products, (a*n0)/(c*n1), so exact ratios stay exact.
 */
import type { Better } from "../wres/indicators";
import { NON_ADVERSE_LOWER, NON_ADVERSE_UPPER } from "../wres/non-adverse";
import { RELATIVE_TOLERANCE } from "../wres/numeric-tolerance";
import type { FormulaStyle } from "./options";
import type { DefinedName } from "./sheet-model";

export interface FormulaKit {
  /** BME share: part ÷ total (total includes unknown). */
  share(part: string, total: string): string;
  /** Indicator 2, arguments in WRES.APPOINTMENT_RL order. */
  appointmentRl(
    whiteShortlisted: string,
    whiteAppointed: string,
    bmeShortlisted: string,
    bmeAppointed: string,
  ): string;
  /** Indicator 3, arguments in WRES.DISCIPLINARY_RL order; `previous` pools a second year. */
  disciplinaryRl(
    bmeHeadcount: string,
    bmeEntering: string,
    whiteHeadcount: string,
    whiteEntering: string,
    previous?: readonly [string, string, string, string],
  ): string;
  /** Indicator 4, arguments in WRES.TRAINING_RL order. */
  trainingRl(
    whiteHeadcount: string,
    whiteAccessed: string,
    bmeHeadcount: string,
    bmeAccessed: string,
  ): string;
  /** Indicator 9: board share minus workforce share, in fraction points. */
  boardGap(boardBme: string, boardTotal: string, workforceBme: string, workforceTotal: string): string;
  /** "Within range" / "Above range" / "Below range" for 0.80–1.25 inclusive. */
  status(ratio: string): string;
  /** "Improvement" / "Deterioration" / "No change". */
  trend(previous: string, current: string, better: Better): string;
}

/**
 * A number as a plain decimal literal: not every engine parses exponent notation ("1E-9") in a formula.
 * 1e-9 → "0.000000001", 1.25 → "1.25".
 */
function decimalLiteral(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/** The engine's relative tolerance (RL_STATUS, TREND), as a literal. */
const STATUS_TOLERANCE = decimalLiteral(RELATIVE_TOLERANCE);
const LOWER = decimalLiteral(NON_ADVERSE_LOWER);
const UPPER = decimalLiteral(NON_ADVERSE_UPPER);

const nativeRl = (a: string, n1: string, c: string, n0: string): string => `(${a}*${n0})/(${c}*${n1})`;

/** `x<0.8*(1-t)` is the engine's "below 0.80 and not within 1e-9 of it"; likewise `x>1.25/(1-t)` above. */
const nativeStatus = (x: string): string =>
  `IF(${x}<${LOWER}*(1-${STATUS_TOLERANCE}),"Below range",IF(${x}>${UPPER}/(1-${STATUS_TOLERANCE}),"Above range","Within range"))`;

/** How far a figure is from its ideal (smaller is better); parity is distance from 1.00 on the log scale. */
function nativeDistance(x: string, better: Better): string {
  switch (better) {
    case "higher":
      return `(-${x})`;
    case "lower":
      return x;
    case "parity":
      // A ratio of 0 is infinitely far from parity; 10^300 stands in (not every engine parses 1E+300).
      return `IF(${x}=0,10^300,ABS(LN(${x})))`;
    case "zero":
      return `ABS(${x})`;
  }
}

/** Both "equal" tests use the engine's relative tolerance, so 0.80 → 1.25 is "No change" as in WRES.TREND. */
function trendFrom(previous: string, current: string, dp: string, dc: string): string {
  const t = STATUS_TOLERANCE;
  const same = `ABS(${current}-${previous})<=${t}*MAX(ABS(${current}),ABS(${previous}))`;
  const sameDistance = `ABS(${dc}-${dp})<=${t}*MAX(ABS(${dc}),ABS(${dp}))`;
  return `IF(OR(${same},${sameDistance}),"No change",IF(${dc}<${dp},"Improvement","Deterioration"))`;
}

function nativeTrend(previous: string, current: string, better: Better): string {
  return trendFrom(previous, current, nativeDistance(previous, better), nativeDistance(current, better));
}

const pooled = (a: string, b: string): string => `(${a}+${b})`;

const nativeKit: FormulaKit = {
  share: (part, total) => `${part}/(${total})`,
  appointmentRl: (ws, wa, bs, ba) => nativeRl(wa, ws, ba, bs),
  disciplinaryRl: (bh, be, wh, we, prev) =>
    prev
      ? nativeRl(pooled(be, prev[1]), pooled(bh, prev[0]), pooled(we, prev[3]), pooled(wh, prev[2]))
      : nativeRl(be, bh, we, wh),
  trainingRl: (wh, wa, bh, ba) => nativeRl(wa, wh, ba, bh),
  // One division, as the engine's share gap, so a gap of whole counts is correctly rounded.
  boardGap: (bb, bt, wb, wt) => `(${bb}*(${wt})-${wb}*(${bt}))/((${bt})*(${wt}))`,
  status: nativeStatus,
  trend: nativeTrend,
};

/** Workbook names for the LAMBDA style; their bodies are the native formulas above. */
const LAMBDA_NAMES: readonly DefinedName[] = [
  {
    name: "WRES_RL",
    // Parameter names may not look like cell references (N1) or be Excel's reserved R and C.
    formula:
      "=LAMBDA(group_count,group_total,ref_count,ref_total,(group_count*ref_total)/(ref_count*group_total))",
    comment:
      "Relative likelihood of group_count of group_total against ref_count of ref_total, as a cross-product so exact ratios stay exact.",
  },
  {
    name: "WRES_SHARE",
    formula: "=LAMBDA(part,total,part/total)",
    comment: "Share of a headcount (the total includes staff of unknown ethnicity).",
  },
  {
    name: "WRES_GAP",
    formula:
      "=LAMBDA(board_bme,board_total,workforce_bme,workforce_total,(board_bme*workforce_total-workforce_bme*board_total)/(board_total*workforce_total))",
    comment: "Indicator 9: BME share of the board minus BME share of the overall workforce.",
  },
  {
    name: "WRES_STATUS",
    formula: `=LAMBDA(ratio,${nativeStatus("ratio")})`,
    comment: "Non-adverse range of a relative likelihood: 0.80 to 1.25, both inclusive.",
  },
  {
    name: "WRES_DIST",
    formula: `=LAMBDA(x,better,IF(better="higher",-x,IF(better="lower",x,IF(better="parity",IF(x=0,10^300,ABS(LN(x))),ABS(x)))))`,
    comment:
      "How far a figure is from its ideal, smaller is better (parity: distance from 1.00 on the log scale; zero: distance from 0).",
  },
  {
    name: "WRES_TREND",
    formula: `=LAMBDA(previous,current,better,${trendFrom("previous", "current", "WRES_DIST(previous,better)", "WRES_DIST(current,better)")})`,
    comment:
      "Improvement, Deterioration or No change from the previous year, in the indicator's better direction.",
  },
];

const lambdaKit: FormulaKit = {
  share: (part, total) => `WRES_SHARE(${part},${total})`,
  appointmentRl: (ws, wa, bs, ba) => `WRES_RL(${wa},${ws},${ba},${bs})`,
  disciplinaryRl: (bh, be, wh, we, prev) =>
    prev
      ? `WRES_RL(${be}+${prev[1]},${bh}+${prev[0]},${we}+${prev[3]},${wh}+${prev[2]})`
      : `WRES_RL(${be},${bh},${we},${wh})`,
  trainingRl: (wh, wa, bh, ba) => `WRES_RL(${wa},${wh},${ba},${bh})`,
  boardGap: (bb, bt, wb, wt) => `WRES_GAP(${bb},${bt},${wb},${wt})`,
  status: (x) => `WRES_STATUS(${x})`,
  trend: (p, c, better) => `WRES_TREND(${p},${c},"${better}")`,
};

/** The add-in's custom functions, argument order as in functions.md. */
const addinKit: FormulaKit = {
  share: (part, total) => `WRES.REPRESENTATION(${part},${total})`,
  appointmentRl: (ws, wa, bs, ba) => `WRES.APPOINTMENT_RL(${ws},${wa},${bs},${ba})`,
  disciplinaryRl: (bh, be, wh, we, prev) =>
    `WRES.DISCIPLINARY_RL(${[bh, be, wh, we, ...(prev ?? [])].join(",")})`,
  trainingRl: (wh, wa, bh, ba) => `WRES.TRAINING_RL(${wh},${wa},${bh},${ba})`,
  boardGap: (bb, bt, wb, wt) => `WRES.BOARD_GAP(${bb},${bt},${wb},${wt})`,
  status: (x) => `WRES.RL_STATUS(${x})`,
  trend: (p, c, better) => `WRES.TREND(${p},${c},"${better}")`,
};

export function formulaKit(style: FormulaStyle): FormulaKit {
  return style === "native" ? nativeKit : style === "lambda" ? lambdaKit : addinKit;
}

/** The workbook names a style needs. */
export function namesFor(style: FormulaStyle): readonly DefinedName[] {
  return style === "lambda" ? LAMBDA_NAMES : [];
}
