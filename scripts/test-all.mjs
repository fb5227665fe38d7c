#!/usr/bin/env node
/**
 * `npm test`: every test. Runs Jest (unit and integration, counted from its JSON report), then the browser
 * tests (`npm run test:e2e`) when scripts/e2e.mjs exists, and prints as the very last line
 * `N passed, N failed` over both. Exits non-zero on any failure.
 *
 * The e2e counts come from test-results/e2e-summary.json, else from its last `N passed, N failed` line;
 * an e2e run that fails without either counts as one failure.
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

/** The e2e runner writes test-results/e2e-summary.json ({ passed, failed }) and ends with `e2e: N passed, N failed`. */
function runE2e() {
  if (!existsSync(resolve(ROOT, "scripts", "e2e.mjs"))) return undefined;
  const summaryFile = resolve(RESULTS, "e2e-summary.json");
  rmSync(summaryFile, { force: true });
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
  let counts;
  if (existsSync(summaryFile)) {
    const summary = JSON.parse(readFileSync(summaryFile, "utf8"));
    counts = { passed: Number(summary.passed) || 0, failed: Number(summary.failed) || 0, note: summary.note };
  } else {
    const last = `${run.stdout ?? ""}`
      .split("\n")
      .filter((l) => SUMMARY.test(l))
      .at(-1);
    if (!last) return { passed: 0, failed: 1, note: "e2e wrote no summary" };
    const [, passed, failed] = SUMMARY.exec(last).map(Number);
    counts = { passed, failed };
  }
  // A crash after the summary still fails the run.
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
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
