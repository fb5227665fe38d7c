/**
 * The JSDoc of the numeric custom functions against the public contract in functions.md: names, argument order,
 * which arguments are optional, result shape and help link. A renamed or reordered argument breaks shared
 * workbooks, so this compares the metadata Excel would load with the catalogue table.
 */
import * as fs from "node:fs";
import * as path from "node:path";

interface MetaParameter {
  name: string;
  optional?: boolean;
  type?: string;
  dimensionality?: string;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetaParameter[];
  result: { type?: string; dimensionality?: string };
}

const repo = path.resolve(__dirname, "../..");
const catalogue = fs.readFileSync(path.resolve(repo, "../shared/spec/functions.md"), "utf8");

/** `NAME` → argument list from the catalogue's tables, e.g. ["white_shortlisted", "[prev_bme_headcount]"]. */
function catalogueArguments(name: string): string[] {
  const row = catalogue.split("\n").find((line) => line.startsWith(`| \`${name}\` |`));
  if (!row) throw new Error(`${name} is not in functions.md`);
  return row
    .split("|")[2]
    .replace(/`/g, "")
    .split(",")
    .map((s) => s.trim());
}

const FILES = ["relative-likelihood", "representation", "trend", "model-employer"].map((f) =>
  path.join("src/functions", `${f}.ts`),
);

const EXPECTED: Record<string, { result: string; matrix: boolean }> = {
  RELATIVE_LIKELIHOOD: { result: "number", matrix: false },
  APPOINTMENT_RL: { result: "number", matrix: false },
  DISCIPLINARY_RL: { result: "number", matrix: false },
  TRAINING_RL: { result: "number", matrix: false },
  RL_CI: { result: "number", matrix: true },
  RL_STATUS: { result: "string", matrix: false },
  SHORTFALL: { result: "number", matrix: false },
  REPRESENTATION: { result: "number", matrix: false },
  REPRESENTATION_GAP: { result: "number", matrix: false },
  BOARD_GAP: { result: "number", matrix: false },
  TREND: { result: "string", matrix: false },
  NATIONAL: { result: "number", matrix: false },
  MODEL_EMPLOYER_GOAL: { result: "number", matrix: true },
};

let functions: MetaFunction[] = [];

beforeAll(async () => {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
    generateCustomFunctionsMetadata: (files: string[]) => Promise<{ errors: string[]; metadataJson: string }>;
  };
  const cwd = process.cwd();
  process.chdir(repo);
  try {
    const generated = await generateCustomFunctionsMetadata(FILES);
    expect(generated.errors).toEqual([]);
    functions = (JSON.parse(generated.metadataJson) as { functions: MetaFunction[] }).functions;
  } finally {
    process.chdir(cwd);
  }
});

describe("numeric custom functions match functions.md", () => {
  it("declares exactly the catalogue's numeric functions", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s: argument names, order and optional flags", (name, shape) => {
    const fn = functions.find((f) => f.id === name);
    expect(fn).toBeDefined();
    if (!fn) return;
    const declared = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(declared).toEqual(catalogueArguments(name));
    // scalars arrive as "any" so that text gets our own message rather than Excel's bare #VALUE!
    expect(fn.parameters.every((p) => p.type === "any" && p.dimensionality !== "matrix")).toBe(true);
    expect(fn.result.type).toBe(shape.result);
    expect(fn.result.dimensionality === "matrix").toBe(shape.matrix);
    expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${name.toLowerCase()}`);
    expect((fn.description ?? "").length).toBeGreaterThan(40);
  });
});
