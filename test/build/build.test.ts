/**
 * The production build (dist/): what Excel and the admin centre receive. Builds once if dist/ is missing or
 * older than its inputs (shared with the other build-based tests through a lock), then checks the outputs.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { ensureProductionBuild } from "../../scripts/load-functions";
import { readSpecFunctions } from "../support/functions-spec";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const spec = readSpecFunctions();
const productionUrl = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config: { production_url: string } }
).config.production_url;

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

let metadata: { functions: MetadataFunction[] };
const read = (file: string): string => readFileSync(path.join(DIST, file), "utf8");

beforeAll(() => {
  if (process.env.ADDIN_PUBLIC_URL)
    throw new Error("Unset ADDIN_PUBLIC_URL: these tests check the default production URL");
  ensureProductionBuild();
  metadata = JSON.parse(read("functions.json"));
}, 300_000);

describe("dist/functions.json", () => {
  // Users' saved formulas name these functions: all sixteen must be there, and nothing else.
  it("lists exactly the sixteen functions of the spec", () => {
    expect(spec).toHaveLength(16);
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(spec.map((f) => f.name).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it.each(spec.map((f) => [f.name, f]))(
    "%s has the spec's parameters, in order, with descriptions",
    (name, expected) => {
      const actual = metadata.functions.find((f) => f.id === name) as MetadataFunction;
      expect(actual.description?.trim().length).toBeGreaterThan(10);
      expect(actual.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(
        expected.parameters,
      );
      for (const p of actual.parameters) expect(p.description?.trim().length).toBeGreaterThan(3);
    },
  );

  // Help links must reach the deployed help page, not the developer's machine.
  it.each(spec.map((f) => [f.name]))("%s links to its section of the deployed help page", (name) => {
    const actual = metadata.functions.find((f) => f.id === name) as MetadataFunction;
    expect(actual.helpUrl).toBe(`${productionUrl}help.html#${name.toLowerCase()}`);
  });

  it("mentions no localhost", () => {
    expect(read("functions.json")).not.toContain("localhost");
  });
});

describe("dist/manifest.xml", () => {
  it("points at the production URL only", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`${productionUrl}taskpane.html`);
    expect(xml).toContain(`${productionUrl}functions.json`);
    expect(xml).not.toMatch(/DefaultValue="http:\/\//);
  });
});

describe("dist pages", () => {
  const scripts = (html: string): string[] =>
    [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);

  // Shared runtime: the pane page registers the functions too, after office.js and before the pane code.
  it("taskpane.html loads office.js from Microsoft's CDN, then functions.js, then taskpane.js", () => {
    const html = read("taskpane.html");
    expect(scripts(html)).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(html).toMatch(/id=["']?container/);
    expect(html).toMatch(/lang=["']?en-GB/);
  });

  it("functions.html loads office.js and functions.js only", () => {
    expect(scripts(read("functions.html"))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
    ]);
  });

  it("help.html has a section for every function", () => {
    const html = read("help.html");
    for (const f of spec) expect(html).toMatch(new RegExp(`id=["']?${f.name.toLowerCase()}["'\\s>]`));
  });

  it("ships the icons and the manifest beside the pages", () => {
    for (const file of [
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "assets/logo-filled.png",
    ]) {
      expect(existsSync(path.join(DIST, file))).toBe(true);
    }
  });

  // No eval in shipped code (Office's runtimes may forbid it, and the house rules do).
  it("functions.js needs no eval and no window", () => {
    const js = read("functions.js");
    expect(js).not.toMatch(/\beval\(|new Function\(/);
    expect(js).not.toMatch(/\bwindow\./);
  });
});
