#!/usr/bin/env node
/**
 * `npm test`: every test. Runs Jest (unit and integration, counted from its JSON report), then the browser
 * tests (`npm run test:e2e`) when scripts/e2e.mjs exists, and prints as the very last line
 * `N passed, N failed` over both. Exits non-zero on any failure.
 *
 * The e2e runner reports its counts the same way: its last `N passed, N failed` line (it may also write a
 * JSON summary, see countE2e). If it fails without such a line it counts as one failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const RESULTS = resolve(ROOT, "test-results");
const JEST_JSON = resolve(RESULTS, "jest.json");
const SUMMARY = /(\d+) passed, (\d+) failed/;

function runJest(extraArgs) {
  mkdirSync(RESULTS, { recursive: true });
  rmSync(JEST_JSON, { force: true });
  const jest = resolve(ROOT, "node_modules", "jest", "bin", "jest.js");
  const run = spawnSync(process.execPath, [jest, "--json", `--outputFile=${JEST_JSON}`, ...extraArgs], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (!existsSync(JEST_JSON)) return { passed: 0, failed: 1, note: "Jest wrote no report" };
  const report = JSON.parse(readFileSync(JEST_JSON, "utf8"));
  // A suite that cannot run (syntax error, failing beforeAll import) has no test results: count it as one failure.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === "failed" && s.assertionResults.length === 0,
  ).length;
  const failed =
    report.numFailedTests +
    brokenSuites +
    (run.status !== 0 && report.numFailedTests + brokenSuites === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

function runE2e() {
  if (!existsSync(resolve(ROOT, "scripts", "e2e.mjs"))) return undefined;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["run", "--silent", "test:e2e"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32",
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(run.stdout ?? "");
  process.stderr.write(run.stderr ?? "");
  const lines = `${run.stdout ?? ""}`.split("\n").filter((l) => SUMMARY.test(l));
  const last = lines.at(-1);
  if (!last) return { passed: 0, failed: 1, note: "e2e printed no `N passed, N failed` summary" };
  const [, passed, failed] = SUMMARY.exec(last).map(Number);
  return { passed, failed: failed + (run.status !== 0 && failed === 0 ? 1 : 0) };
}

const jest = runJest(process.argv.slice(2));
console.log(
  `\nUnit and integration (Jest): ${jest.passed} passed, ${jest.failed} failed${jest.note ? ` (${jest.note})` : ""}`,
);
let total = { ...jest };
const e2e = runE2e();
if (e2e) {
  console.log(`Browser (e2e): ${e2e.passed} passed, ${e2e.failed} failed${e2e.note ? ` (${e2e.note})` : ""}`);
  total = { passed: jest.passed + e2e.passed, failed: jest.failed + e2e.failed };
} else {
  console.log("Browser (e2e): scripts/e2e.mjs not present, skipped");
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
