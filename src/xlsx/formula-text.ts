/**
 * Turns a model formula (en-US, as typed in Excel: "=LAMBDA(…)") into the text an .xlsx file stores.
 *
 * Excel's file format predates some functions, so the file spells them with prefixes the UI hides: `_xlfn.`
 * before a function added after ECMA-376's list of 2007 functions, and `_xlpm.` before a LAMBDA's parameter
 * names; without them Excel shows #NAME? (https://support.microsoft.com/excel/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula;
 * the list of such "future functions" is in [MS-XLSX] 2.2.2,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/2c5dee00-eff2-4b22-92b6-0738acd4475e).
 * Only what the builders emit is handled here: LAMBDA is their one such function (test/xlsx/formula-text.test.ts
 * fails when a builder starts to emit another).
 */

/** Functions the builders emit that the file stores as `_xlfn.NAME`. */
const FUTURE_FUNCTIONS = new Set(["LAMBDA"]);
/** Any of them anywhere in a formula's text (in any case), as a word or part of one. */
const MENTIONS_FUTURE_FUNCTION = new RegExp([...FUTURE_FUNCTIONS].join("|"), "i");

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

/** The parameter names LAMBDAs declare: every argument but the last, which is the body. */
function lambdaParameters(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((t, index) => {
    if (t.kind !== "name" || !t.call || t.text.toUpperCase().replace(/^_XLFN\./, "") !== "LAMBDA") return;
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
    for (const arg of args.slice(0, -1))
      if (arg[0]?.kind === "name") names.add(arg[0].text.replace(/^_xlpm\./i, "").toUpperCase());
  });
  return names;
}

/** The stored text of a formula: no leading "=", prefixes added. Idempotent on already-prefixed text. */
export function toFileFormula(formula: string): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  // Only a LAMBDA call or its parameters are rewritten: without the word there is nothing to do (and
  // tokenizing every formula of a plan was a tenth of make-plan's time writing the workbook).
  if (!MENTIONS_FUTURE_FUNCTION.test(text)) return text;
  const tokens = tokenize(text);
  const parameters = lambdaParameters(tokens);
  return tokens
    .map((t) => {
      if (t.kind === "other") return t.text;
      const upper = t.text.toUpperCase();
      if (t.call && FUTURE_FUNCTIONS.has(upper)) return `_xlfn.${t.text}`;
      if (parameters.has(upper)) return `_xlpm.${t.text}`;
      return t.text;
    })
    .join("");
}

/** Whether a formula calls one of the given workbook names as a function (e.g. a LAMBDA name). */
export function callsAnyName(formula: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  return tokenize(formula).some((t) => t.kind === "name" && t.call && names.has(t.text.toUpperCase()));
}
