/**
 * The custom-function contract as written in /work/shared/spec/functions.md: every function name with its
 * parameters in order, optional ones marked. Parsed from the spec's tables so tests follow the spec, not the code.
 */
import { readFileSync } from "fs";
import path from "path";

export interface SpecFunction {
  readonly name: string;
  readonly parameters: readonly { readonly name: string; readonly optional: boolean }[];
}

export const SPEC_FILE = path.resolve(__dirname, "../../../shared/spec/functions.md");

export function readSpecCatalogue(file = SPEC_FILE): SpecFunction[] {
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .map((line) => /^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`[^|]*\|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);
  return rows.map(([, name, args]) => ({
    name,
    parameters: args.split(",").map((raw) => {
      const arg = raw.trim();
      const optional = arg.startsWith("[") && arg.endsWith("]");
      return { name: optional ? arg.slice(1, -1) : arg, optional };
    }),
  }));
}
