/**
 * One contract, four places users meet it: functions.json (generated from the JSDoc of registered.ts, as the
 * build generates it), the pane's Functions tab, the help page and FUNCTIONS.md must all give functions.md's
 * names, sections, argument names, order and optional flags. functions.json is also compared with the golden
 * test/cases/functions.json, the public contract: a change to a public name, argument or description is
 * deliberate (`UPDATE_GOLDEN=1 npx jest test/functions/contract.test.ts` rewrites it and fails, to be reviewed).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { renderHelpPage } from "../../src/help/render-help";
import { FUNCTION_CATALOGUE } from "../../src/taskpane/function-catalogue";
import { readSpecFunctions, specSignature } from "../support/functions-spec";

const ROOT = path.resolve(__dirname, "../..");
const GOLDEN = path.join(ROOT, "test/cases/functions.json");
const { FUNCTION_FILES } = require("../../webpack.config.js") as { FUNCTION_FILES: string[] };
const spec = readSpecFunctions();
const help = renderHelpPage();
const catalogueMd = readFileSync(path.join(ROOT, "FUNCTIONS.md"), "utf8");

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: {
    name: string;
    description?: string;
    optional?: boolean;
    type?: string;
    dimensionality?: string;
  }[];
  result: { type?: string; dimensionality?: string };
}

let metadata: { functions: MetadataFunction[] };
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTION_FILES.map((f) => path.resolve(ROOT, f)));
  errors = generated.errors;
  metadata = JSON.parse(generated.metadataJson) as typeof metadata;
}, 60_000);

const asSpec = (ps: readonly { name: string; optional?: boolean }[]) =>
  ps.map((p) => ({ name: p.name, optional: p.optional === true }));

describe("functions.md, read by the one parser", () => {
  it("has the sixteen functions in five sections (guards the parser itself)", () => {
    expect(spec).toHaveLength(16);
    expect([...new Set(spec.map((f) => f.category))]).toEqual([
      "Relative likelihood",
      "Representation",
      "Classification and trend",
      "Record-level data",
      "Model Employer",
    ]);
    expect(specSignature(spec.find((f) => f.name === "RL_CI")!)).toBe(
      "RL_CI(group_count, group_total, reference_count, reference_total, [confidence], [method])",
    );
  });
});

describe("functions.json from the sources", () => {
  it("generates without JSDoc errors", () => {
    expect(errors).toEqual([]);
  });

  it("matches the golden test/cases/functions.json", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(GOLDEN, `${JSON.stringify(metadata, null, 2)}\n`);
      throw new Error(
        "test/cases/functions.json rewritten: review the diff, then run the tests again without UPDATE_GOLDEN",
      );
    }
    expect(existsSync(GOLDEN)).toBe(true);
    expect(metadata).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  // functions.js registers what index.ts imports; functions.json describes the plugin's inputs: same files.
  it("src/functions/index.ts imports exactly the metadata plugin's input files", () => {
    const index = readFileSync(path.join(ROOT, "src/functions/index.ts"), "utf8");
    const imported = [...index.matchAll(/^import\s+["']\.\/([\w-]+)["'];/gm)].map(
      (m) => `./src/functions/${m[1]}.ts`,
    );
    expect(imported.sort()).toEqual([...FUNCTION_FILES].sort());
  });

  it("lists exactly the spec's functions, in its order", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(spec.map((f) => f.name));
  });

  it.each(spec.map((f) => [f.name, f] as const))(
    "%s: names, order, optional flags and help link",
    (name, s) => {
      const fn = metadata.functions.find((f) => f.id === name) as MetadataFunction;
      expect(fn.name).toBe(name);
      expect(asSpec(fn.parameters)).toEqual(s.parameters);
      // Scalars arrive as "any", so text gets our own message rather than Excel's bare #VALUE!.
      expect(fn.parameters.every((p) => p.type === "any")).toBe(true);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${name.toLowerCase()}`);
      // Tooltips: one paragraph, no line breaks from a wrapped comment.
      expect(fn.description).toMatch(/^[^\n]{40,}$/);
      for (const p of fn.parameters) expect(p.description).toMatch(/^[^\n]{3,}$/);
    },
  );
});

describe("the pane's Functions tab", () => {
  it("has the spec's functions in its order, each under its section", () => {
    expect(FUNCTION_CATALOGUE.map((e) => [e.name, e.category])).toEqual(
      spec.map((f) => [f.name, f.category]),
    );
  });

  it.each(spec.map((f) => [f.name, f] as const))("%s has the spec's arguments", (name, s) => {
    const entry = FUNCTION_CATALOGUE.find((e) => e.name === name);
    expect(asSpec(entry?.arguments ?? [])).toEqual(s.parameters);
  });

  it.each(spec.map((f) => [f.name] as const))("%s has the tooltip's descriptions", (name) => {
    const entry = FUNCTION_CATALOGUE.find((e) => e.name === name);
    const meta = metadata.functions.find((f) => f.id === name);
    expect(entry?.description).toBe(meta?.description);
    expect(entry?.arguments.map((a) => a.description)).toEqual(meta?.parameters.map((p) => p.description));
  });
});

describe("the help page", () => {
  it.each(spec.map((f) => [f.name, f] as const))(
    "%s: its section has the signature and arguments in order",
    (name, s) => {
      const start = help.indexOf(`<h2 id="${name.toLowerCase()}">`);
      expect(start).toBeGreaterThan(0);
      const html = help.slice(start, help.indexOf("<h2", start + 1));
      expect(html).toContain(`<code>=WRES.${specSignature(s)}</code>`);
      const args = [...html.matchAll(/<th scope="row"><code>([a-z_]+)<\/code>( \(optional\))?<\/th>/g)].map(
        (m) => ({
          name: m[1],
          optional: m[2] !== undefined,
        }),
      );
      expect(args).toEqual(s.parameters);
    },
  );
});

describe("FUNCTIONS.md", () => {
  it("has a heading for each function with the spec's signature, in the spec's order", () => {
    const headings = [...catalogueMd.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(spec.map(specSignature));
  });

  it("puts each function under its functions.md section", () => {
    let category = "";
    const placed: [string, string][] = [];
    for (const line of catalogueMd.split("\n")) {
      if (line.startsWith("## ")) category = line.slice(3);
      const m = /^### ([A-Z_]+)\(/.exec(line);
      if (m) placed.push([m[1], category]);
    }
    expect(placed).toEqual(spec.map((f) => [f.name, f.category]));
  });
});
