/** How formulas are spelled inside the file: the prefixes Excel's file format needs, for what we emit. */
import type { WorkbookModel } from "../../src/plan/sheet-model";
import { callsAnyName, toFileFormula } from "../../src/xlsx/formula-text";
import { WORKBOOK_KINDS } from "../support/workbook-kinds";

/**
 * Every function any builder emits (all layouts, standards, formula styles and analysis sheets), as the file
 * must store it. Worksheet functions of ECMA-376 Part 1 §18.17.7 (the Excel 2007 set) are stored as typed;
 * LAMBDA came later, so the file says `_xlfn.LAMBDA` ([MS-XLSX] 2.2.2 future functions,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/2c5dee00-eff2-4b22-92b6-0738acd4475e).
 * Our defined names (WRES_RL …) and the add-in's custom functions (WRES.…) are names, not built-in functions,
 * so no prefix. A builder that starts to emit a function not listed here fails the first test until it is
 * classified.
 */
const STORED: Readonly<Record<string, string>> = {
  ABS: "ABS",
  AND: "AND",
  CHAR: "CHAR",
  COUNT: "COUNT",
  COUNTIFS: "COUNTIFS",
  EXACT: "EXACT",
  IF: "IF",
  IFERROR: "IFERROR",
  ISNUMBER: "ISNUMBER",
  LN: "LN",
  MAX: "MAX",
  MIN: "MIN",
  NA: "NA",
  NOT: "NOT",
  OR: "OR",
  ROUND: "ROUND",
  ROUNDUP: "ROUNDUP",
  SUM: "SUM",
  SUMIF: "SUMIF",
  SUMPRODUCT: "SUMPRODUCT",
  TEXT: "TEXT",
  TODAY: "TODAY",
  LAMBDA: "_xlfn.LAMBDA",
  WRES_DIST: "WRES_DIST",
  WRES_GAP: "WRES_GAP",
  WRES_RL: "WRES_RL",
  WRES_SHARE: "WRES_SHARE",
  WRES_STATUS: "WRES_STATUS",
  WRES_TREND: "WRES_TREND",
  "WRES.APPOINTMENT_RL": "WRES.APPOINTMENT_RL",
  "WRES.BOARD_GAP": "WRES.BOARD_GAP",
  "WRES.DISCIPLINARY_RL": "WRES.DISCIPLINARY_RL",
  "WRES.REPRESENTATION": "WRES.REPRESENTATION",
  "WRES.RL_STATUS": "WRES.RL_STATUS",
  "WRES.TRAINING_RL": "WRES.TRAINING_RL",
  "WRES.TREND": "WRES.TREND",
};

/** Every formula of a model: cells, rules, list sources and defined names. */
function formulasOf(model: WorkbookModel): string[] {
  return [
    ...model.sheets.flatMap((s) => [
      ...s.blocks.flatMap((b) => b.rows.flat().flatMap((c) => (c.kind === "formula" ? [c.formula] : []))),
      ...s.conditionalFormats.flatMap((c) => ("formula" in c ? [c.formula] : [])),
      ...s.validations.flatMap((v) => ("formula" in v.source ? [v.source.formula] : [])),
    ]),
    ...model.names.map((n) => n.formula),
  ];
}

/** Function names called in a formula, read independently of the code under test: NAME( outside strings. */
function calledNames(formula: string): string[] {
  const outside = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  return [...outside.matchAll(/(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) =>
    m[1].toUpperCase(),
  );
}

let formulas: string[] = [];
beforeAll(async () => {
  const models = await Promise.all(WORKBOOK_KINDS.map((k) => k.model()));
  formulas = [...new Set(models.flatMap(formulasOf))];
});

describe("every function the builders emit", () => {
  it("is one the table above classifies", () => {
    const emitted = new Set(formulas.flatMap(calledNames));
    expect([...emitted].sort()).toEqual(Object.keys(STORED).sort());
  });

  it.each(Object.entries(STORED))("%s is stored as %s", (name, stored) => {
    expect(toFileFormula(`=${name}(1,2)`)).toBe(`${stored}(1,2)`);
  });

  it("is stored with exactly those prefixes and nothing else changed, in every formula", () => {
    for (const formula of formulas) {
      const stored = toFileFormula(formula);
      const named = calledNames(formula).map((n) => STORED[n]);
      for (const s of named)
        expect({ formula, stored: stored.toUpperCase().includes(`${s.toUpperCase()}(`) }).toEqual({
          formula,
          stored: true,
        });
      expect(stored.replace(/_xlfn\.|_xlpm\./g, "")).toBe(formula.slice(1));
    }
  });
});

describe("toFileFormula", () => {
  it.each([
    // Plain functions: only the leading "=" goes.
    ["=SUM(A1:B2)", "SUM(A1:B2)"],
    // The XlsxWriter/rust_xlsxwriter documented example: LAMBDA is _xlfn., its parameters _xlpm.
    ["=LAMBDA(temp, (5/9) * (temp-32))", "_xlfn.LAMBDA(_xlpm.temp, (5/9) * (_xlpm.temp-32))"],
    // Text inside strings and quoted sheet names is never touched.
    ["=\"LAMBDA(x)\"&'LAMBDA(1)'!A1", "\"LAMBDA(x)\"&'LAMBDA(1)'!A1"],
    // A structured reference is kept whole.
    [
      '=COUNTIFS(Plan[Status],"x",Plan[Due date],"<"&TODAY())',
      'COUNTIFS(Plan[Status],"x",Plan[Due date],"<"&TODAY())',
    ],
    // Numbers in scientific notation are not names.
    ["=IF(A1<0.8*(1-1E-9),1,0)", "IF(A1<0.8*(1-1E-9),1,0)"],
    // Already stored text is left alone (idempotent).
    ["=_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2)", "_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2)"],
  ])("%s → %s", (formula, stored) => {
    expect(toFileFormula(formula)).toBe(stored);
  });
});

describe("callsAnyName", () => {
  it.each([
    ['=IFERROR(WRES_RL(B7,B8,C7,C8),"–")', true],
    // Case-insensitive like Excel names.
    ["=wres_rl(1,2,3,4)", true],
    // A name in a string is not a call.
    ['="WRES_RL(1)"', false],
    // A reference to the name without calling it is not a call.
    ["=WRES_RL", false],
  ])("%s → %p", (formula, expected) => {
    expect(callsAnyName(formula, new Set(["WRES_RL"]))).toBe(expected);
  });
});
