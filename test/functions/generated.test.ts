/**
 * What `npm run generate` writes (src/functions/registered.ts, FUNCTIONS.md, README's function section) must be
 * what the declarations give now: registered.ts is where functions.json comes from, so a stale one ships stale
 * metadata. The build refuses a stale file too (webpack.config.js). The check runs as its own process because
 * it formats with Prettier, which Jest's module sandbox cannot load.
 */
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

describe("generated from the function declarations", () => {
  it("registered.ts, FUNCTIONS.md and README.md are up to date (else: npm run generate)", () => {
    const check = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/generate-functions.ts", "--check"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  }, 60_000);
});
