/**
 * functions.json is generated from the JSDoc of the function files. This compares what the sources generate
 * with the golden test/cases/functions.json, so any change to a public name, argument or description is
 * deliberate. After an intended change: `UPDATE_GOLDEN=1 npx jest test/functions/metadata.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readSpecCatalogue } from "../build/spec-catalogue";

const ROOT = path.resolve(__dirname, "../..");
const GOLDEN = path.join(ROOT, "test/cases/functions.json");
const { FUNCTION_FILES } = require("../../webpack.config.js") as { FUNCTION_FILES: string[] };
const spec = readSpecCatalogue();

interface MetadataFunction {
  id: string;
  helpUrl?: string;
  parameters: { name: string; optional?: boolean }[];
}

let generated: { functions: MetadataFunction[] };
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTION_FILES.map((f) => path.resolve(ROOT, f)));
  errors = result.errors;
  generated = JSON.parse(result.metadataJson);
}, 60_000);

describe("custom-function metadata from the sources", () => {
  it("generates without JSDoc errors", () => {
    expect(errors).toEqual([]);
  });

  // functions.js registers what index.ts imports; functions.json describes the plugin's inputs: same files.
  it("src/functions/index.ts imports exactly the metadata plugin's input files", () => {
    const index = readFileSync(path.join(ROOT, "src/functions/index.ts"), "utf8");
    const imported = [...index.matchAll(/^import\s+["']\.\/([\w-]+)["'];/gm)].map(
      (m) => `./src/functions/${m[1]}.ts`,
    );
    expect(imported.sort()).toEqual([...FUNCTION_FILES].sort());
  });

  it("matches the golden test/cases/functions.json", () => {
    const text = `${JSON.stringify(generated, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN)).toBe(true);
    expect(generated).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it.each(spec.map((f) => [f.name, f]))("%s keeps the spec's name and argument order", (name, expected) => {
    const actual = generated.functions.find((f) => f.id === name);
    expect(actual).toBeDefined();
    expect(actual?.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(
      expected.parameters,
    );
  });

  // The help page is served beside the pane; each function's link lands on its own section.
  it.each(spec.map((f) => [f.name]))("%s links to an existing section of the help page", (name) => {
    const actual = generated.functions.find((f) => f.id === name);
    const anchor = name.toLowerCase();
    expect(actual?.helpUrl).toBe(`https://localhost:3000/help.html#${anchor}`);
    const help = readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
    expect(help).toContain(`id="${anchor}"`);
  });
});
