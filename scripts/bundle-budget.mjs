#!/usr/bin/env node
/**
 * Bundle budget for the production build in dist/ (run after `npm run build`):
 *   functions.js                                   ≤ 60 KB gzipped (Excel loads it before any function runs)
 *   pane initial JS (every script taskpane.html    ≤ 350 KB gzipped; the ExcelJS chunk (loaded on demand) and
 *   loads, office.js excepted)                       office.js (Microsoft's CDN) are not counted
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const DIST = resolve(fileURLToPath(import.meta.url), "..", "..", "dist");
const KB = 1024;
const gz = (file) => gzipSync(readFileSync(resolve(DIST, file)), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

if (!existsSync(resolve(DIST, "taskpane.html"))) {
  console.error("dist/ has no build: run `npm run build` first.");
  process.exit(1);
}

const html = readFileSync(resolve(DIST, "taskpane.html"), "utf8");
const paneScripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src) && !/office(\.debug)?\.js$/.test(src))
  .map((src) => src.replace(/^\.?\//, ""));

const functionsGz = gz("functions.js");
const paneGz = paneScripts.reduce((sum, f) => sum + gz(f), 0);
const excelJs = readdirSync(DIST).find((f) => /^exceljs\..*\.js$/.test(f));

const checks = [
  { label: "functions.js", size: functionsGz, budget: 60 * KB },
  { label: `pane initial JS (${paneScripts.join(" + ")})`, size: paneGz, budget: 350 * KB },
];
let failed = false;
for (const c of checks) {
  const okay = c.size <= c.budget;
  failed ||= !okay;
  console.log(`${okay ? "ok  " : "OVER"} ${c.label}: ${kb(c.size)} gzipped (budget ${kb(c.budget)})`);
}
if (excelJs)
  console.log(`info ExcelJS async chunk ${excelJs}: ${kb(gz(excelJs))} gzipped (not in the budget)`);
else console.log("info no separate ExcelJS chunk found (is ExcelJS imported dynamically?)");
process.exitCode = failed ? 1 : 0;
