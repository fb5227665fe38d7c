/**
 * The Functions tab's catalogue: search, and what Insert writes. (Its agreement with functions.md, the
 * metadata and the help page is test/functions/contract.test.ts.)
 */
import { FUNCTION_CATALOGUE, insertText, searchCatalogue } from "../../src/taskpane/function-catalogue";
import { readSpecFunctions } from "../support/functions-spec";

const spec = readSpecFunctions();

describe("searchCatalogue", () => {
  it.each([
    // Empty search shows all 16.
    ["", 16],
    // By name, any case.
    ["appointment_rl", 1],
    // By name typed with spaces, as people say it.
    ["appointment rl", 1],
    // By description: only BOARD_GAP mentions the board.
    ["board", 1],
    // Nothing matches.
    ["zzz", 0],
  ])("%j finds %i", (text, count) => {
    expect(searchCatalogue(FUNCTION_CATALOGUE, text)).toHaveLength(count);
  });
});

/** The arguments of a call, split at top-level commas (outside quotes, brackets and array constants). */
function topLevelArguments(formula: string): string[] {
  const inner = formula.slice(formula.indexOf("(") + 1, -1);
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of inner) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === "{")) depth++;
    if (!quoted && (ch === ")" || ch === "}")) depth--;
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") args.push(current.trim());
  return args;
}

describe("insertText (what Insert writes)", () => {
  it("is the worked example, a complete call", () => {
    expect(insertText("APPOINTMENT_RL")).toBe("=WRES.APPOINTMENT_RL(200, 50, 300, 40)");
  });

  // Excel refuses a call without its required arguments (office-js issue 710), which is what the old Insert
  // wrote ("=WRES.APPOINTMENT_RL(" closed to "=WRES.APPOINTMENT_RL()").
  it.each(spec.map((f) => [f.name, f] as const))(
    "%s: gives every required argument, no cell references",
    (name, s) => {
      const formula = insertText(name);
      expect(formula.startsWith(`=WRES.${name}(`)).toBe(true);
      expect(formula.endsWith(")")).toBe(true);
      const args = topLevelArguments(formula);
      expect(args.length).toBeGreaterThanOrEqual(s.parameters.filter((p) => !p.optional).length);
      expect(args.length).toBeLessThanOrEqual(s.parameters.length);
      // Literals only, so the formula works in any cell without referring to the user's data (or to itself).
      for (const a of args) expect(a).toMatch(/^(-?[\d.]+|"[^"]*"|TRUE|FALSE|\{.*\})$/);
    },
  );

  it("writes a range as an array constant in Excel's invariant syntax (rows separated by ;)", () => {
    expect(insertText("GROUP_COUNTS")).toBe('=WRES.GROUP_COUNTS({"A";"H";"Z";"C3";"N"})');
  });
});
