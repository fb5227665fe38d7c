/** The catalogue must match the public contract in spec/functions.md: names, argument names, argument order. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FUNCTION_CATALOGUE, insertText, searchCatalogue } from "../../src/taskpane/function-catalogue";

const SPEC = path.resolve(__dirname, "../../../shared/spec/functions.md");

interface SpecFunction {
  readonly name: string;
  readonly args: readonly { readonly name: string; readonly optional: boolean }[];
}

/** Reads every `| \`NAME\` | \`args\` | result |` row of the spec's tables. */
function parseSpec(markdown: string): SpecFunction[] {
  const rows: SpecFunction[] = [];
  for (const line of markdown.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    // cells[0] is the empty text before the first pipe.
    if (cells.length < 4 || !/^`[A-Z_]+`$/.test(cells[1])) continue;
    const name = cells[1].slice(1, -1);
    // The argument cell is backticked names, optional ones in [brackets], with prose after (ETHNIC_GROUP).
    const quoted = [...cells[2].matchAll(/`([^`]*)`/g)].map((m) => m[1]).join(", ");
    const args = quoted
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean)
      .map((a) => ({ name: a.replace(/[[\]]/g, ""), optional: a.startsWith("[") }));
    rows.push({ name, args });
  }
  return rows;
}

const spec = parseSpec(readFileSync(SPEC, "utf8"));
const HELP_PAGE = readFileSync(path.resolve(__dirname, "../../src/help/help.html"), "utf8");

describe("function catalogue against spec/functions.md", () => {
  it("parses the 16 functions of the spec (guards the parser itself)", () => {
    expect(spec).toHaveLength(16);
    expect(
      spec
        .find((f) => f.name === "RL_CI")
        ?.args.filter((a) => a.optional)
        .map((a) => a.name),
    ).toEqual(["confidence", "method"]);
  });

  it("has exactly the spec's function names, in its order", () => {
    expect(FUNCTION_CATALOGUE.map((f) => f.name)).toEqual(spec.map((f) => f.name));
  });

  it.each(spec.map((f) => [f.name, f] as const))(
    "%s has the spec's arguments, order and optionality",
    (name, expected) => {
      const entry = FUNCTION_CATALOGUE.find((f) => f.name === name);
      expect(entry?.arguments.map((a) => ({ name: a.name, optional: a.optional }))).toEqual(expected.args);
    },
  );

  it.each(FUNCTION_CATALOGUE.map((f) => [f.name, f] as const))("%s documents itself fully", (name, entry) => {
    // The help page's sections are anchored by the lower-case name (brief: help.html#appointment_rl).
    expect(entry.helpAnchor).toBe(`help.html#${name.toLowerCase()}`);
    // …and the shipped help page must have that section, or the link lands at the top.
    expect(HELP_PAGE).toContain(`id="${name.toLowerCase()}"`);
    expect(entry.description.length).toBeGreaterThan(20);
    expect(entry.arguments.every((a) => a.description.length > 0)).toBe(true);
    expect(entry.example.formula.startsWith(`=WRES.${name}(`)).toBe(true);
    expect(entry.example.result).not.toBe("");
  });
});

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

  it("writes the opened call, as Insert should", () => {
    expect(insertText("APPOINTMENT_RL")).toBe("=WRES.APPOINTMENT_RL(");
  });
});
