/**
 * A rule of the Excel fake: Excel refuses a formula that calls a custom function with fewer arguments than its
 * required parameters, as it refuses `=BAHTTEXT()` ("There's a problem with this formula"); office-js issue
 * 710, fixed (https://github.com/OfficeDev/office-js/issues/710). Through office.js the write fails with
 * InvalidArgument. Required parameters come from the public contract, test/cases/functions.json.
 */
import { readFileSync } from "fs";
import path from "path";

interface Metadata {
  functions: { id: string; parameters: { optional?: boolean }[] }[];
}

const METADATA = JSON.parse(
  readFileSync(path.resolve(__dirname, "../cases/functions.json"), "utf8"),
) as Metadata;

const REQUIRED = new Map(
  METADATA.functions.map((f) => [f.id, f.parameters.filter((p) => p.optional !== true).length]),
);

/** How many arguments the call starting at `open` (the index of its "(") has: top-level commas, blanks counted. */
function argumentCount(formula: string, open: number): number {
  let depth = 0;
  let inString = false;
  let commas = 0;
  let empty = true;
  for (let i = open + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    if (inString) {
      empty = false;
      continue;
    }
    if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      if (depth === 0) break;
      depth--;
    } else if (ch === "," && depth === 0) commas++;
    if (ch !== " ") empty = false;
  }
  return empty ? 0 : commas + 1;
}

/** "WRES.NAME needs 4 arguments, got 0" for the first call in `formula` short of its required ones. */
export function missingRequiredArguments(formula: string): string | undefined {
  for (const m of formula.matchAll(/\bWRES\.([A-Z_]+)\(/gi)) {
    const required = REQUIRED.get(m[1].toUpperCase());
    if (required === undefined) continue;
    const given = argumentCount(formula, (m.index ?? 0) + m[0].length - 1);
    if (given < required) return `WRES.${m[1]} needs ${required} arguments, got ${given}`;
  }
  return undefined;
}
