/**
 * Turns a model formula (en-US, as typed in Excel: "=IFS(…)") into the text an .xlsx file stores.
 *
 * Excel's file format predates many functions, so the file spells them with prefixes the UI hides:
 * `_xlfn.` before functions added since Excel 2007 (IFS, LET, LAMBDA, NORM.S.INV …), `_xlfn._xlws.` before
 * FILTER and SORT, and `_xlpm.` before LET/LAMBDA parameter names. Without them Excel shows #NAME?.
 * Structured references typed with `@` ("Plan[@Progress]") are stored as "Plan[[#This Row],[Progress]]".
 */

/** Functions stored as `_xlfn.NAME` (ECMA-376 future functions; the ones a WRES workbook could plausibly use). */
const FUTURE_FUNCTIONS = new Set([
  "AGGREGATE",
  "BINOM.DIST",
  "BINOM.INV",
  "BYCOL",
  "BYROW",
  "CEILING.MATH",
  "CEILING.PRECISE",
  "CHISQ.DIST",
  "CHISQ.DIST.RT",
  "CHISQ.INV",
  "CHISQ.INV.RT",
  "CHISQ.TEST",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "CONCAT",
  "CONFIDENCE.NORM",
  "CONFIDENCE.T",
  "COVARIANCE.P",
  "COVARIANCE.S",
  "DAYS",
  "DROP",
  "ERF.PRECISE",
  "ERFC.PRECISE",
  "EXPAND",
  "EXPON.DIST",
  "F.DIST",
  "F.DIST.RT",
  "F.INV",
  "F.INV.RT",
  "F.TEST",
  "FLOOR.MATH",
  "FLOOR.PRECISE",
  "FORMULATEXT",
  "GAMMA",
  "GAMMA.DIST",
  "GAMMA.INV",
  "GAMMALN.PRECISE",
  "HSTACK",
  "IFNA",
  "IFS",
  "ISFORMULA",
  "ISOMITTED",
  "ISOWEEKNUM",
  "LAMBDA",
  "LET",
  "LOGNORM.DIST",
  "LOGNORM.INV",
  "MAKEARRAY",
  "MAP",
  "MAXIFS",
  "MINIFS",
  "MODE.MULT",
  "MODE.SNGL",
  "NEGBINOM.DIST",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "NUMBERVALUE",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "PERCENTRANK.EXC",
  "PERCENTRANK.INC",
  "POISSON.DIST",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANDARRAY",
  "RANK.AVG",
  "RANK.EQ",
  "REDUCE",
  "SCAN",
  "SEQUENCE",
  "SHEET",
  "SHEETS",
  "SORTBY",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "T.DIST",
  "T.DIST.2T",
  "T.DIST.RT",
  "T.INV",
  "T.INV.2T",
  "T.TEST",
  "TAKE",
  "TEXTAFTER",
  "TEXTBEFORE",
  "TEXTJOIN",
  "TEXTSPLIT",
  "TOCOL",
  "TOROW",
  "UNIQUE",
  "VAR.P",
  "VAR.S",
  "VSTACK",
  "WEIBULL.DIST",
  "WRAPCOLS",
  "WRAPROWS",
  "XLOOKUP",
  "XMATCH",
  "XOR",
  "Z.TEST",
]);
/** Dynamic-array functions Excel stores with a second prefix. */
const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT"]);

type Token =
  | { readonly kind: "name"; readonly text: string; readonly call: boolean }
  | { readonly kind: "other"; readonly text: string };

const NAME_START = /[A-Za-z_\\]/;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/** Splits a formula into names and everything else, keeping strings, quoted sheet names and [...] intact. */
function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const other = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === "other") tokens[tokens.length - 1] = { kind: "other", text: last.text + text };
    else tokens.push({ kind: "other", text });
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      other(formula.slice(i, j + 1));
      i = j + 1;
    } else if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      other(formula.slice(i, j + 1));
      i = j + 1;
    } else if (NAME_START.test(ch) && !/[A-Za-z0-9_.$]/.test(formula[i - 1] ?? "")) {
      let j = i + 1;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      tokens.push({ kind: "name", text: formula.slice(i, j), call: formula[j] === "(" });
      i = j;
    } else {
      other(ch);
      i++;
    }
  }
  return tokens;
}

/** Names declared by LAMBDA (all arguments but the last) and LET (every other argument but the last). */
function localNames(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((t, index) => {
    if (t.kind !== "name" || !t.call) return;
    const fn = t.text.toUpperCase().replace(/^_XLFN\./, "");
    if (fn !== "LAMBDA" && fn !== "LET") return;
    const args: Token[][] = [[]];
    let depth = 0;
    for (let k = index + 1; k < tokens.length; k++) {
      const tok = tokens[k];
      if (tok.kind === "name") {
        if (depth >= 1) args[args.length - 1].push(tok);
        continue;
      }
      let done = false;
      for (const ch of tok.text) {
        if (ch === "(") depth++;
        else if (ch === ")" && --depth === 0) done = true;
        else if (ch === "," && depth === 1) args.push([]);
        if (done) break;
      }
      if (done) break;
    }
    const declared = fn === "LAMBDA" ? args.slice(0, -1) : args.slice(0, -1).filter((_a, i) => i % 2 === 0);
    for (const arg of declared)
      if (arg[0]?.kind === "name") names.add(arg[0].text.replace(/^_xlpm\./i, "").toUpperCase());
  });
  return names;
}

/** `Table[@Col]` / `Table[@[Col name]]` → `Table[[#This Row],[Col]]`; a bare `[@Col]` needs `thisTable`. */
function expandThisRow(formula: string, thisTable: string | undefined): string {
  return formula.replace(
    /(\b[A-Za-z_\\][A-Za-z0-9_.\\]*)?\[@(?:\[([^\]]+)\]|([^\]]+))\]/g,
    (match, table: string | undefined, bracketed: string | undefined, plain: string | undefined) => {
      const name = table ?? thisTable;
      if (name === undefined) return match;
      return `${name}[[#This Row],[${bracketed ?? plain ?? ""}]]`;
    },
  );
}

export interface FileFormulaOptions {
  /** The table a cell sits in, for unqualified `[@Col]` references. */
  readonly thisTable?: string;
}

/** The stored text of a formula: no leading "=", prefixes added. Idempotent on already-prefixed text. */
export function toFileFormula(formula: string, options: FileFormulaOptions = {}): string {
  const body = expandThisRow(formula.startsWith("=") ? formula.slice(1) : formula, options.thisTable);
  const tokens = tokenize(body);
  const locals = localNames(tokens);
  return tokens
    .map((t) => {
      if (t.kind === "other") return t.text;
      const upper = t.text.toUpperCase();
      if (t.call && FUTURE_FUNCTIONS.has(upper)) return `_xlfn.${t.text}`;
      if (t.call && WORKSHEET_FUNCTIONS.has(upper)) return `_xlfn._xlws.${t.text}`;
      if (locals.has(upper)) return `_xlpm.${t.text}`;
      return t.text;
    })
    .join("");
}

/** Whether a formula calls one of the given workbook names as a function (e.g. a LAMBDA name). */
export function callsAnyName(formula: string, names: ReadonlySet<string>): boolean {
  return tokenize(formula).some((t) => t.kind === "name" && t.call && names.has(t.text.toUpperCase()));
}
