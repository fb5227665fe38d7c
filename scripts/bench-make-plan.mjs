/**
 * make-plan's speed and memory, measured in one run (`npm run bench` calls benchMakePlan(); alone:
 * `node scripts/bench-make-plan.mjs`):
 *  1. A generated 1,000,000-row staff extract (the sample trust's rows cycled, so every row reads cleanly) in
 *     a temporary folder. make-plan's whole run as a process (start, parse, classify, count, write the
 *     workbook) against a reference Node process that only streams the same file and counts its lines,
 *     alternated ROUNDS times; medians compared. Target ≤ 3×.
 *  2. make-plan's peak memory (maximum resident set size, reported by the process itself at exit):
 *     ≤ 200 MB at 1,000,000 rows, and at 10,000,000 rows (a file over 512 MB) within 10 % of that.
 *     WRES_BENCH_BIG=0 skips the 10,000,000-row run. (With problems in the rows, the Data quality sheet lists
 *     every affected line, so memory then grows with the number of lines listed, not with the rows read.)
 * Every run's output is checked (headcount = rows) before its figures count. Returns true when all targets
 * are met.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { ROOT, BUNDLE, ensureCliBuild } = require("./cli-build.js");

const ROUNDS = Number(process.env.WRES_BENCH_ROUNDS || 3);
const TARGET_RATIO = 3;
const TARGET_RSS_MB = 200;
const TARGET_GROWTH = 0.1;
const SAMPLE = path.resolve(ROOT, "../shared/data/sample-trust/staff.csv");

/** Writes `rows` staff rows cycling through the sample trust (with `blankEvery`, that many with a blank ethnicity). */
function generate(file, rows, blankEvery = 0) {
  const [header, ...lines] = readFileSync(SAMPLE, "utf8").trimEnd().split(/\r?\n/);
  const records = lines.map((l) => l.split(","));
  const fd = openSync(file, "w");
  let chunk = [`${header}\n`];
  for (let i = 0; i < rows; i++) {
    const r = records[i % records.length];
    const ethnicity = blankEvery > 0 && i % blankEvery === 7 ? "" : r[1];
    chunk.push(`${i + 100000},${ethnicity},${r[2]},${r[3]},${r[4]},${r[5]}\n`);
    if (chunk.length >= 20000) {
      writeSync(fd, chunk.join(""));
      chunk = [];
    }
  }
  writeSync(fd, chunk.join(""));
  closeSync(fd);
}

/** The floor: a process that streams the file and counts its line breaks. */
const REFERENCE = `
const fs = require("fs");
let n = 0;
fs.createReadStream(process.argv[1], { highWaterMark: 1 << 20 })
  .on("data", (b) => { for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++; })
  .on("end", () => console.log(n));
`;

/**
 * For information: Papa Parse alone over the same file, fed as make-plan feeds it (64 kB pieces, what is left
 * of a record carried over): the parser's own floor.
 */
const PARSE_ONLY = `
const fs = require("fs");
const Papa = require(${JSON.stringify(path.join(ROOT, "node_modules", "papaparse"))});
const parser = new Papa.Parser({ delimiter: ",", newline: "\\n" });
let n = 0;
let rest = "";
fs.createReadStream(process.argv[1], { highWaterMark: 1 << 16, encoding: "utf8" })
  .on("data", (text) => {
    const input = rest + text;
    const r = parser.parse(input, 0, true);
    n += r.data.length;
    rest = input.slice(r.meta.cursor);
  })
  .on("end", () => console.log(n + parser.parse(rest, 0, false).data.length));
`;

/** Preloaded into make-plan: writes the process's peak resident set size (kB) to a file at exit. */
const RSS_PRELOAD = `
const fs = require("fs");
process.on("exit", () => fs.writeFileSync(process.env.WRES_RSS_FILE, String(process.resourceUsage().maxRSS)));
`;

function timed(args, env = {}) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr || run.stdout}`);
  return { ms, stdout: run.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function makePlan(dir, file, rows) {
  const out = path.join(dir, "plan.xlsx");
  const rssFile = path.join(dir, "rss");
  rmSync(out, { force: true });
  const preload = path.join(dir, "rss.cjs");
  writeFileSync(preload, RSS_PRELOAD);
  const run = timed(["-r", preload, BUNDLE, "--out", out, "--org", "Bench NHS Trust", "--staff", file], {
    WRES_RSS_FILE: rssFile,
  });
  // A fast wrong answer is not a result: every generated row is one person.
  const headcount = /Staff headcount\s+([\d,]+) \/ ([\d,]+) \/ ([\d,]+)/.exec(run.stdout);
  const total = headcount ? headcount.slice(1).reduce((s, x) => s + Number(x.replace(/,/g, "")), 0) : -1;
  if (total !== rows) throw new Error(`make-plan counted ${total} people in ${rows} rows:\n${run.stdout}`);
  if (statSync(out).size === 0) throw new Error("make-plan wrote an empty workbook");
  return { ms: run.ms, rssMb: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

function reference(file, rows) {
  const run = timed(["-e", REFERENCE, file]);
  if (Number(run.stdout.trim()) !== rows + 1)
    throw new Error(`the reference counted ${run.stdout.trim()} lines`);
  return run.ms;
}

export function benchMakePlan() {
  const { built } = ensureCliBuild();
  if (built) console.log("Built dist-cli/make-plan.js for the bench.");
  const dir = mkdtempSync(path.join(tmpdir(), "bench-make-plan-"));
  let ok = true;
  try {
    const file = path.join(dir, "staff-1m.csv");
    generate(file, 1_000_000);
    const mb = (statSync(file).size / 1e6).toFixed(0);
    // One unmeasured run of each warms the file cache, then alternate.
    makePlan(dir, file, 1_000_000);
    reference(file, 1_000_000);
    const plan = [];
    const floor = [];
    const parseOnly = [];
    const rss = [];
    for (let k = 0; k < ROUNDS; k++) {
      const p = makePlan(dir, file, 1_000_000);
      plan.push(p.ms);
      rss.push(p.rssMb);
      floor.push(reference(file, 1_000_000));
      parseOnly.push(timed(["-e", PARSE_ONLY, file]).ms);
    }
    const ratio = median(plan) / median(floor);
    const rss1m = Math.max(...rss);
    console.log(
      `make-plan on a generated 1,000,000-row staff extract (${mb} MB), ${ROUNDS} alternating rounds:`,
    );
    console.log(
      `  make-plan whole process (ms): ${plan.map((x) => x.toFixed(0)).join(" ")}; median ${median(plan).toFixed(0)}`,
    );
    console.log(
      `  reference, stream and count lines (ms): ${floor.map((x) => x.toFixed(0)).join(" ")}; median ${median(floor).toFixed(0)}`,
    );
    console.log(
      `  (info) Papa Parse alone, fed the same way (ms): ${parseOnly.map((x) => x.toFixed(0)).join(" ")}; ` +
        `median ${median(parseOnly).toFixed(0)}, ${(median(parseOnly) / median(floor)).toFixed(2)}× the reference`,
    );
    console.log(
      `  ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×)${ratio <= TARGET_RATIO ? "" : "  ← target missed"}`,
    );
    console.log(
      `  peak memory (max RSS) ${rss1m.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB} MB)${rss1m <= TARGET_RSS_MB ? "" : "  ← target missed"}`,
    );
    ok = ratio <= TARGET_RATIO && rss1m <= TARGET_RSS_MB;
    rmSync(file);

    if (process.env.WRES_BENCH_BIG !== "0") {
      const big = path.join(dir, "staff-10m.csv");
      generate(big, 10_000_000);
      const bigMb = (statSync(big).size / 1e6).toFixed(0);
      const p = makePlan(dir, big, 10_000_000);
      const growth = p.rssMb / rss1m - 1;
      console.log(
        `  at 10,000,000 rows (${bigMb} MB): ${(p.ms / 1000).toFixed(1)} s, peak memory ${p.rssMb.toFixed(0)} MB, ` +
          `${(growth * 100).toFixed(1)} % against 1,000,000 rows (target within ${TARGET_GROWTH * 100} %)` +
          `${Math.abs(growth) <= TARGET_GROWTH ? "" : "  ← target missed"}`,
      );
      ok &&= Math.abs(growth) <= TARGET_GROWTH;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = benchMakePlan() ? 0 : 1;
}
