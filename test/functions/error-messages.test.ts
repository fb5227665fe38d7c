/**
 * Issue 9 finding 4: Excel shows a custom function's message only with #VALUE! and #N/A; #DIV/0! and #NUM!
 * show none (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 * The stub runtime behaves so, and what users read (README, FUNCTIONS.md, each function's help) says exactly
 * that and explains #DIV/0! and #NUM! itself. The old README promised a message with #DIV/0!.
 */
import { readFileSync } from "fs";
import path from "path";
import { ALL_FUNCTIONS } from "../../src/functions/all-functions";
import { EXCEL_ERRORS } from "../../src/functions/excel-errors";
import { representation } from "../../src/functions/registered";
import { renderHelpPage } from "../../src/help/render-help";
import { CODES_WITHOUT_MESSAGE, makeCustomFunctionsStub } from "../../scripts/load-functions";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";
import { excelError } from "../support/excel-error";

const ROOT = path.resolve(__dirname, "../..");
const { CustomFunctions: stub } = makeCustomFunctionsStub();
const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("the CustomFunctions stub, as Excel", () => {
  it.each([
    ["#VALUE!", "kept"],
    ["#N/A", "kept"],
    ["#DIV/0!", "dropped"],
    ["#NUM!", "dropped"],
  ])("%s: the message is %s", (code, fate) => {
    const error = new stub.Error(code, "a message");
    expect(error.code).toBe(code);
    expect(error.message).toBe(fate === "kept" ? "a message" : undefined);
  });

  it("agrees with what the add-in tells users (excel-errors.ts)", () => {
    expect(EXCEL_ERRORS.filter((e) => !e.carriesMessage).map((e) => e.code)).toEqual([
      ...CODES_WITHOUT_MESSAGE,
    ]);
  });

  it("so a zero total shows #DIV/0! with no message", () => {
    installCustomFunctionsStub();
    expect(excelError(() => representation(0, 0))).toEqual({ code: "#DIV/0!", message: undefined });
  });
});

describe("what users read says which errors carry a message", () => {
  const rule = /message only with #VALUE! and #N\/A[^.]*; #DIV\/0! and #NUM! show no message in Excel/;

  it("README's errors paragraph", () => {
    expect(flat(readFileSync(path.join(ROOT, "README.md"), "utf8"))).toMatch(rule);
  });

  it("FUNCTIONS.md", () => {
    expect(flat(readFileSync(path.join(ROOT, "FUNCTIONS.md"), "utf8"))).toMatch(rule);
  });

  // Each function's help explains #DIV/0! and #NUM!, since Excel shows no message with them.
  it.each(
    ALL_FUNCTIONS.filter((f) => f.help.errors["#DIV/0!"] || f.help.errors["#NUM!"]).map((f) => [f.name]),
  )("%s's help section labels #DIV/0! and #NUM! as showing no message, with the cause", (name) => {
    const help = renderHelpPage();
    const start = help.indexOf(`<h2 id="${name.toLowerCase()}">`);
    const html = flat(help.slice(start, help.indexOf("<h2", start + 1)));
    for (const code of ["#DIV/0!", "#NUM!"]) {
      if (!html.includes(`<code>${code}</code>`)) continue;
      expect(html).toMatch(
        new RegExp(`<code>${code.replace("/", "\\/")}</code> \\(no message in Excel\\): \\w`),
      );
    }
  });
});
