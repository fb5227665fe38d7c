/**
 * The Result cell in the plan's own words, as `plan-metric-led-rag-2021-22.txt` writes it: the direction word
 * by the indicator's better direction, last year's and this year's figure, the plain-English reading of a
 * relative likelihood ("within the non-adverse range 0.80–1.25" / "White applicants 1.45 times as likely to
 * be appointed from shortlisting as BME applicants") and the national comparison ("Higher than the national
 * figure of 1.59 (+0.37)"). All of it is one live formula over the data sheet's figure cells, so it follows
 * the counts. Beside the formula, each piece carries the longest text it can show, which sizes the row.
 *
 * Only TEXT with plain "0.00"-style formats is used (percentages as TEXT(100*x,"0.0")&"%"): Excel,
 * LibreOffice and HyperFormula all format those the same way.
 */
import { onSheet, formulaString, ref, type Address } from "./a1";
import type { DataCells } from "./data-sheet";
import { NON_ADVERSE_RANGE_TEXT } from "./data-sheet";
import { HEADLINE, figure, type Figure } from "./figures";
import { previousPeriod } from "./period";

/** A piece of text: the formula expression that builds it and the longest text it can be. */
interface Piece {
  readonly formula: string;
  readonly longest: string;
}

const lit = (text: string): Piece => ({ formula: formulaString(text), longest: text });

const join = (...pieces: readonly Piece[]): Piece => ({
  formula: pieces.map((p) => p.formula).join("&"),
  longest: pieces.map((p) => p.longest).join(""),
});

const when = (test: string, then: Piece, otherwise: Piece = lit("")): Piece => ({
  formula: `IF(${test},${then.formula},${otherwise.formula})`,
  longest: then.longest.length >= otherwise.longest.length ? then.longest : otherwise.longest,
});

const NEW_LINE: Piece = { formula: "CHAR(10)", longest: "\n" };

/** A number as the figure's unit shows it, with a sign when asked: "1.45", "40.2%", "-6.8 pp", "+0.37". */
function shown(cell: string, unit: Figure["unit"], signed = false): Piece {
  const sign = signed ? `IF(${cell}>0,"+","")&` : "";
  const plus = signed ? "+" : "";
  switch (unit) {
    case "ratio":
      return { formula: `${sign}TEXT(${cell},"0.00")`, longest: `${plus}10.00` };
    case "share":
    case "percent":
      return { formula: `${sign}TEXT(100*${cell},"0.0")&"%"`, longest: `${plus}100.0%` };
    case "points":
      return { formula: `${sign}TEXT(${cell},"0.0")&" pp"`, longest: `${plus}-100.0 pp` };
  }
}

/** How each relative likelihood reads in words: who is compared with whom, and at what. */
interface Likelihood {
  readonly numerator: string;
  readonly denominator: string;
  readonly outcome: string;
}

const LIKELIHOODS: Readonly<Record<number, Likelihood>> = {
  2: {
    numerator: "White applicants",
    denominator: "BME applicants",
    outcome: "to be appointed from shortlisting",
  },
  3: {
    numerator: "BME staff",
    denominator: "White staff",
    outcome: "to enter the formal disciplinary process",
  },
  4: {
    numerator: "White staff",
    denominator: "BME staff",
    outcome: "to access non-mandatory training and CPD",
  },
};

/** "Within the non-adverse range 0.80–1.25." or who is more likely, by how much. */
function likelihoodWords(status: string | undefined, x: string, l: Likelihood): Piece {
  const times = (value: string, who: string, other: string): Piece =>
    join(
      lit(`${who} `),
      { formula: `TEXT(${value},"0.00")`, longest: "10.00" },
      lit(` times as likely ${l.outcome} as ${other}.`),
    );
  const within = lit(`Within the non-adverse range ${NON_ADVERSE_RANGE_TEXT}.`);
  if (!status) return within;
  return when(
    `${status}="Above range"`,
    times(x, l.numerator, l.denominator),
    when(`${status}="Below range"`, times(`1/${x}`, l.denominator, l.numerator), within),
  );
}

const absolute = (cell: Address): string => ref(cell, "absolute");

interface ResultText {
  /** "=…", blank until this year's figure exists. */
  readonly formula: string;
  /** The longest text the formula can show, for the row's height. */
  readonly longest: string;
}

/** The Result for indicator `n` (1–9) from the data sheet's cells, or undefined when there are none. */
export function resultText(data: DataCells, n: number, period: string): ResultText | undefined {
  const key = HEADLINE[n];
  const cells = key ? data.figures[key] : undefined;
  if (!key || !cells) return undefined;
  const f = figure(key);
  const at = (cell: Address): string => onSheet(data.sheetId, absolute(cell));
  const current = at(cells.current);
  /** The Result's lines: each shown when its test holds (always, without one). */
  const lines: { readonly test?: string; readonly text: Piece }[] = [];

  // "Deterioration: 2024-25 1.52, 2025-26 2.30."
  const thisYear = join(lit(`${period} `), shown(current, f.unit), lit("."));
  if (cells.previous) {
    const previous = at(cells.previous);
    const trend = cells.trend ? at(cells.trend) : undefined;
    const lastYear = join(lit(`${previousPeriod(period)} `), shown(previous, f.unit), lit(", "));
    lines.push({
      text: join(
        trend
          ? when(`OR(${trend}="",${trend}="–")`, lit(""), {
              formula: `${trend}&": "`,
              longest: "Deterioration: ",
            })
          : lit(""),
        when(`ISNUMBER(${previous})`, lastYear, lit("")),
        thisYear,
      ),
    });
  } else lines.push({ text: thisYear });

  const likelihood = LIKELIHOODS[n];
  if (likelihood)
    lines.push({ text: likelihoodWords(cells.status && at(cells.status), current, likelihood) });
  if (n === 3) {
    const pooled = data.figures["ind3.two_year"];
    if (pooled) {
      const two = at(pooled.current);
      lines.push({
        test: `ISNUMBER(${two})`,
        text: join(lit("Two years pooled: "), shown(two, "ratio"), lit(".")),
      });
    }
  }
  if (n >= 5 && n <= 8) {
    const white = data.figures[`ind${n}.white`];
    const gap = data.figures[`ind${n}.gap`];
    if (white && gap) {
      const w = at(white.current);
      const g = at(gap.current);
      lines.push({
        test: `AND(ISNUMBER(${w}),ISNUMBER(${g}))`,
        text: join(
          lit("BME "),
          shown(current, "percent"),
          lit(", White "),
          shown(w, "percent"),
          lit(": a gap of "),
          shown(g, "points", true),
          lit("."),
        ),
      });
    }
  }
  if (n === 9) {
    const executive = data.figures["ind9.executive"];
    const board = (cell: string, who: string) => ({
      test: `ISNUMBER(${cell})`,
      text: join(
        lit(`BME share of ${who} board members `),
        when(
          `${cell}=0`,
          lit("level with"),
          join(
            { formula: `TEXT(ABS(${cell}),"0.0")`, longest: "100.0" },
            when(`${cell}<0`, lit(" pp below"), lit(" pp above")),
          ),
        ),
        lit(" the workforce's."),
      ),
    });
    lines.push(board(current, "voting"));
    if (executive) lines.push(board(at(executive.current), "executive"));
  }
  if (cells.national && cells.difference) {
    const national = at(cells.national);
    const difference = at(cells.difference);
    const year = f.national === undefined ? undefined : data.nationalYear[f.national];
    lines.push({
      test: `ISNUMBER(${difference})`,
      text: join(
        when(
          `${difference}>0`,
          lit("Higher than"),
          when(`${difference}<0`, lit("Lower than"), lit("Level with")),
        ),
        lit(" the national figure of "),
        shown(national, f.unit),
        lit(" ("),
        shown(difference, f.unit === "share" ? "points" : f.unit, true),
        lit(year === undefined ? ")." : `, WRES ${year} report).`),
      ),
    });
  }
  if (cells.lowNumbers) {
    const flag = at(cells.lowNumbers);
    lines.push({
      test: `${flag}<>""`,
      text: { formula: flag, longest: "Low numbers – interpret with caution" },
    });
  }

  // The first line is always there; each further line brings its own line break, so none is left blank.
  const [first, ...rest] = lines;
  const body = join(
    first.text,
    ...rest.map((line) =>
      line.test ? when(line.test, join(NEW_LINE, line.text)) : join(NEW_LINE, line.text),
    ),
  );
  return {
    formula: `=IF(ISNUMBER(${current}),${body.formula},"")`,
    longest: body.longest,
  };
}
