/**
 * The custom-function contract as /work/shared/spec/functions.md writes it, read by the one parser every test
 * uses: each function's name, the section (category) it is listed under, and its parameters in order with the
 * optional ones marked. Tests compare the code with this, so they follow the spec, not the code.
 */
import { readFileSync } from "fs";
import path from "path";

export interface SpecFunction {
  readonly name: string;
  /** The `##` heading of the table the function is in ("Relative likelihood"). */
  readonly category: string;
  readonly parameters: readonly { readonly name: string; readonly optional: boolean }[];
}

export const SPEC_FILE = path.resolve(__dirname, "../../../shared/spec/functions.md");

/** Reads every `| \`NAME\` | \`arg, [opt]\` … | result |` row; the argument cell's backticked part is the list. */
export function readSpecFunctions(file = SPEC_FILE): SpecFunction[] {
  const functions: SpecFunction[] = [];
  let category = "";
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) category = heading[1].trim();
    const row = /^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`[^|]*\|/.exec(line);
    if (!row) continue;
    functions.push({
      name: row[1],
      category,
      parameters: row[2].split(",").map((raw) => {
        const arg = raw.trim();
        const optional = arg.startsWith("[") && arg.endsWith("]");
        return { name: optional ? arg.slice(1, -1) : arg, optional };
      }),
    });
  }
  return functions;
}

/** `NAME(a, b, [c])`, as the spec's tables write the signature. */
export const specSignature = (f: SpecFunction): string =>
  `${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
