/**
 * No symbol exported from src/ goes unused (issue 13): scripts/unused-exports.ts over this repository, and
 * over a small project of its own, so the check is known to find what it should.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unusedExports } from "../../scripts/unused-exports";

// Type-checking the whole project takes a while on a busy machine.
jest.setTimeout(180_000);

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "wres-unused-"));
  const all = {
    "tsconfig.json": JSON.stringify({
      compilerOptions: { strict: true, module: "ESNext", moduleResolution: "Bundler", types: [] },
      include: ["src", "test", "scripts"],
    }),
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("unused exports", () => {
  it("finds none in src/", () => {
    expect(unusedExports().map((u) => `${u.file}:${u.line} ${u.name}`)).toEqual([]);
  });

  it("reports what no other file uses, and what only other units' tests use", () => {
    const root = project({
      "src/shapes/area.ts": [
        "export const used = 1;",
        "export const onlyHere = 2;",
        "export const byItsTest = 3;",
        "export const byAnotherTest = 4;",
        "export interface Unused { readonly a: number }",
        "export const viaBarrel = 5;",
        "export const byJavaScript = 6;",
        "export const result = onlyHere + byAnotherTest;",
      ].join("\n"),
      "src/shapes/index.ts":
        'export { viaBarrel, used as renamed } from "./area";\nexport * from "./area";\n',
      "src/main.ts":
        'import { used } from "./shapes/area";\nimport * as s from "./shapes/index";\nconsole.log(used, s.viaBarrel);\n',
      "test/shapes/area.test.ts":
        'import { byItsTest } from "../../src/shapes/area";\nconsole.log(byItsTest);\n',
      "test/other.test.ts":
        'import { byAnotherTest } from "../src/shapes/area";\nconsole.log(byAnotherTest);\n',
      "webpack.config.js": 'buildTime("./src/shapes/area.ts").byJavaScript;\n',
    });
    try {
      const found = unusedExports(root).map((u) => [u.file, u.name, u.usedBy]);
      expect(found).toEqual([
        ["src/shapes/area.ts", "onlyHere", "nowhere"],
        ["src/shapes/area.ts", "byAnotherTest", ["test/other.test.ts"]],
        ["src/shapes/area.ts", "Unused", "nowhere"],
        ["src/shapes/area.ts", "result", "nowhere"],
        ["src/shapes/index.ts", "renamed", "nowhere"],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
