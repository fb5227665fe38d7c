#!/usr/bin/env node
/**
 * Browser tests of the task pane (`npm run test:e2e`): builds the test bundle (WRES_TEST_BUILD=1 → dist-test/,
 * office.js served locally), serves it on 127.0.0.1, drives Chromium with playwright-core and runs every
 * test in test/e2e/*.e2e.mjs. Prints one PASS/FAIL line per test, writes test-results/e2e-summary.json and
 * ends with `e2e: N passed, N failed`. Exits non-zero on any failure.
 *
 *   node scripts/e2e.mjs              build, then test
 *   node scripts/e2e.mjs --no-build   test the existing dist-test/
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { loadTimes } from "../test/e2e/pane-page.mjs";
import { serveStatic } from "../test/e2e/static-server.mjs";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const DIST = resolve(ROOT, "dist-test");
const RESULTS = resolve(ROOT, "test-results");
const E2E_DIR = resolve(ROOT, "test/e2e");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TEST_TIMEOUT_MS = 60_000;

function finish(passed, failed, note) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    resolve(RESULTS, "e2e-summary.json"),
    `${JSON.stringify({ passed, failed, ...(note ? { note } : {}) }, null, 2)}\n`,
  );
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function build() {
  const webpack = resolve(ROOT, "node_modules/webpack/bin/webpack.js");
  console.log("e2e: building the test bundle (WRES_TEST_BUILD=1 webpack --mode production) …");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, WRES_TEST_BUILD: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    return false;
  }
  return true;
}

async function loadTests() {
  const files = readdirSync(E2E_DIR)
    .filter((f) => f.endsWith(".e2e.mjs"))
    .sort();
  const tests = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(resolve(E2E_DIR, file)).href);
    for (const t of mod.tests ?? []) tests.push({ ...t, file });
  }
  return tests;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  if (!process.argv.includes("--no-build") && !build()) return finish(0, 1, "test build failed");
  if (!existsSync(resolve(DIST, "taskpane.html"))) return finish(0, 1, "dist-test/taskpane.html missing");
  if (!existsSync(CHROMIUM)) return finish(0, 1, `Chromium not found at ${CHROMIUM}`);

  const tests = await loadTests();
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      const started = Date.now();
      try {
        const notes = await withTimeout(
          t.run({ browser, baseUrl: server.url, root: ROOT, results: RESULTS }),
          TEST_TIMEOUT_MS,
          t.name,
        );
        passed++;
        console.log(`PASS ${t.name} (${Date.now() - started} ms)${notes ? ` — ${notes}` : ""}`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${t.name} (${Date.now() - started} ms)`);
        console.log(
          `     ${String(err?.stack ?? err)
            .split("\n")
            .slice(0, 6)
            .join("\n     ")}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (loadTimes.length > 0) {
    const sorted = [...loadTimes].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `e2e: pane load time (navigation → form visible): median ${median} ms, min ${sorted[0]} ms, max ${sorted.at(-1)} ms over ${sorted.length} loads`,
    );
  }
  if (tests.length === 0) return finish(0, 1, "no e2e tests found");
  return finish(passed, failed);
}

main().catch((err) => {
  console.error(err);
  finish(0, 1, String(err?.message ?? err));
});
