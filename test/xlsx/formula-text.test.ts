/** How formulas are spelled inside the file (ECMA-376 future-function prefixes, structured references). */
import { callsAnyName, toFileFormula } from "../../src/xlsx/formula-text";

describe("toFileFormula", () => {
  it.each([
    // Plain functions: only the leading "=" goes.
    ["=SUM(A1:B2)", "SUM(A1:B2)"],
    // The XlsxWriter/rust_xlsxwriter documented example: LAMBDA is _xlfn., its parameters _xlpm.
    ["=LAMBDA(temp, (5/9) * (temp-32))", "_xlfn.LAMBDA(_xlpm.temp, (5/9) * (_xlpm.temp-32))"],
    // LET names are parameters too; values and body are not.
    ["=LET(x, A1*2, x+1)", "_xlfn.LET(_xlpm.x, A1*2, _xlpm.x+1)"],
    // A dotted Excel 2010 function name is one token.
    ["=NORM.S.INV(0.975)", "_xlfn.NORM.S.INV(0.975)"],
    // FILTER and SORT carry a second prefix.
    ["=FILTER(A1:A5,B1:B5>0)", "_xlfn._xlws.FILTER(A1:A5,B1:B5>0)"],
    // Text inside strings and quoted sheet names is never touched.
    ["=\"IFS(x)\"&'IFS(1)'!A1", "\"IFS(x)\"&'IFS(1)'!A1"],
    // Numbers in scientific notation are not names.
    ["=IF(A1<0.8*(1-1E-9),1,0)", "IF(A1<0.8*(1-1E-9),1,0)"],
    // Already stored text is left alone (idempotent).
    ["=_xlfn.IFS(A1>0,1,TRUE,0)", "_xlfn.IFS(A1>0,1,TRUE,0)"],
    // The @ shorthand is UI-only; files hold [#This Row].
    ["=Plan[@Progress]", "Plan[[#This Row],[Progress]]"],
    ["=Plan[@[Due date]]<TODAY()", "Plan[[#This Row],[Due date]]<TODAY()"],
  ])("%s → %s", (formula, stored) => {
    expect(toFileFormula(formula)).toBe(stored);
  });

  it("qualifies a bare [@Column] with the table the cell sits in", () => {
    // Unqualified this-row references only exist inside a table; the file needs the table's name.
    expect(toFileFormula('=[@Progress]="Delivered"', { thisTable: "Plan" })).toBe(
      'Plan[[#This Row],[Progress]]="Delivered"',
    );
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
