#!/usr/bin/env node
/**
 * `npm run bench`: speed of the shipped functions, measured in one run.
 *  1. Loads dist/functions.js (building dist/ first if it is missing or stale) through `vm` with a stub
 *     CustomFunctions (in this context, see loadFunctions), and times 1,000,000 scalar WRES.APPOINTMENT_RL calls
 *     through the registered function against the same arithmetic inline, as medians of alternating rounds.
 *     Targets: ≥ 1,000,000 calls/s and ≤ 5× the inline time.
 *  2. Calls benchRecords() from scripts/bench-records.ts (record-level GROUP_COUNTS / BAND_TABLE) through tsx
 *     and prints what it reports.
 * Exits non-zero when a target is missed.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { ROOT, ensureProductionBuild, loadFunctions } = require("./load-functions.js");

const CALLS = Number(process.env.WRES_BENCH_CALLS || 1_000_000);
const TARGET_CALLS_PER_S = 1_000_000;
const TARGET_RATIO = 5;

// Inputs vary per call so that neither loop can be folded to a constant.
const N = 1024;
const ws = new Float64Array(N),
  wa = new Float64Array(N),
  bs = new Float64Array(N),
  ba = new Float64Array(N);
for (let i = 0; i < N; i++) {
  ws[i] = 200 + (i % 97);
  wa[i] = 50 + (i % 13);
  bs[i] = 300 + (i % 89);
  ba[i] = 40 + (i % 11);
}

function timeRegistered(fn, calls = CALLS) {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    const k = i & (N - 1);
    sink += fn(ws[k], wa[k], bs[k], ba[k]);
  }
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, sink };
}

function timeInline(calls = CALLS) {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    const k = i & (N - 1);
    sink += (wa[k] * bs[k]) / (ba[k] * ws[k]);
  }
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, sink };
}

const { built } = ensureProductionBuild();
if (built) console.log("Built dist/ (production) for the bench.");
// Timed in this context (as Excel's page runs it); the isolated vm context is reported for information only.
const appointment = loadFunctions(undefined, { isolated: false }).functions.get("APPOINTMENT_RL");
const isolatedAppointment = loadFunctions().functions.get("APPOINTMENT_RL");
if (!appointment) {
  console.error("dist/functions.js registered no APPOINTMENT_RL.");
  process.exit(1);
}
if (appointment(200, 50, 300, 40) !== 1.875) {
  console.error("APPOINTMENT_RL(200,50,300,40) is not 1.875: not benchmarking a wrong function.");
  process.exit(1);
}

// Both loops are first warmed with many short calls, so that V8 optimises each timing function as a whole
// rather than leaving a long loop in its on-stack-replacement code (which ran the inline loop at half speed in
// some runs and not others). Then they are timed in alternating rounds and the medians compared.
for (let warm = 0; warm < 200; warm++) {
  timeRegistered(appointment, 10_000);
  timeInline(10_000);
}
const ROUNDS = 9;
const regTimes = [];
const inlTimes = [];
let reg, inl;
for (let round = 0; round < ROUNDS; round++) {
  reg = timeRegistered(appointment);
  inl = timeInline();
  regTimes.push(reg.ms);
  inlTimes.push(inl.ms);
  if (Math.abs(reg.sink - inl.sink) > 1e-6 * Math.abs(inl.sink)) {
    console.error(`Registered and inline results differ (${reg.sink} vs ${inl.sink}).`);
    process.exit(1);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
reg = { ms: median(regTimes) };
inl = { ms: median(inlTimes) };
const perSecond = CALLS / (reg.ms / 1000);
const ratio = reg.ms / inl.ms;
let failed = false;
console.log(
  `APPOINTMENT_RL scalar, ${CALLS.toLocaleString("en-GB")} calls through dist/functions.js (median of ${ROUNDS} alternating rounds)`,
);
console.log(`  rounds, registered (ms): ${regTimes.map((t) => t.toFixed(1)).join(" ")}`);
console.log(`  rounds, inline (ms): ${inlTimes.map((t) => t.toFixed(1)).join(" ")}`);
console.log(
  `  registered: ${reg.ms.toFixed(1)} ms, ${Math.round(perSecond).toLocaleString("en-GB")} calls/s (target ≥ ${TARGET_CALLS_PER_S.toLocaleString("en-GB")})`,
);
console.log(
  `  inline arithmetic: ${inl.ms.toFixed(1)} ms, ${Math.round(CALLS / (inl.ms / 1000)).toLocaleString("en-GB")} calls/s`,
);
console.log(`  ratio registered/inline: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×)`);
const isolatedCalls = 200_000;
const iso = (() => {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < isolatedCalls; i++)
    isolatedAppointment(ws[i & (N - 1)], wa[i & (N - 1)], bs[i & (N - 1)], ba[i & (N - 1)]);
  return Number(process.hrtime.bigint() - t0) / 1e6;
})();
console.log(
  `  (info) in an isolated vm context: ${Math.round(isolatedCalls / (iso / 1000)).toLocaleString("en-GB")} calls/s ` +
    "(Node's contextified globals slow every global lookup; not how Excel runs it)",
);
if (perSecond < TARGET_CALLS_PER_S) failed = true;
if (ratio > TARGET_RATIO) failed = true;

const recordsBench = resolve(ROOT, "scripts", "bench-records.ts");
if (existsSync(recordsBench)) {
  console.log("\nRecord-level functions (scripts/bench-records.ts):");
  const tsx = resolve(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  // A dynamic import inside a promise chain runs the same whether tsx evaluates the code as CommonJS or ESM.
  const code =
    `import(${JSON.stringify(pathToFileURL(recordsBench).href)})` +
    ".then((m) => (m.benchRecords ?? m.default.benchRecords)())" +
    ".then((r) => { if (typeof r === 'string') console.log(r); })" +
    ".catch((e) => { console.error(e); process.exitCode = 1; });";
  const run = spawnSync(process.execPath, [tsx, "--eval", code], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) failed = true;
} else {
  console.log("\nscripts/bench-records.ts not present: record-level bench skipped.");
}
console.log(failed ? "\nBench: a target was missed." : "\nBench: all targets met.");
process.exitCode = failed ? 1 : 0;
