/**
 * Record-level speed: GROUP_COUNTS (with and without a flag range) and BAND_TABLE through their
 * custom-function wrappers on 1,000,000 rows built from the sample trust's label mix, 5 % of them with a blank
 * ethnicity (as Excel passes an empty cell: "" or 0), against a hand-written counting loop over the same rows.
 * Targets: each under 300 ms and within 2× of the hand-written loop (median of several repetitions).
 *
 * Run alone: `npx tsx scripts/bench-records.ts`. `npm run bench` calls `benchRecords()`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { installCustomFunctionsStub } from "../test/support/custom-functions-stub";
import { bandTable, groupCounts } from "../src/functions/registered";

export interface BenchFigure {
  name: string;
  /** Median wall time through the custom-function wrapper, ms. */
  ms: number;
  /** Median wall time of the hand-written loop, ms. */
  baselineMs: number;
  ratio: number;
}

const ROWS = Number(process.env.WRES_BENCH_ROWS || 1_000_000);
const REPETITIONS = 7;
const TARGET_MS = 300;
const TARGET_RATIO = 2;

const here = typeof __dirname === "string" ? __dirname : path.resolve(process.cwd(), "scripts");
const STAFF = path.resolve(here, "../../shared/data/sample-trust/staff.csv");

/** Fresh string objects per cell, as Excel's marshalling hands them over (no shared, pre-hashed strings). */
const fresh = (s: string): string => (" " + s).slice(1).split("").join("");

interface Columns {
  ethnicity: (string | number)[][];
  band: string[][];
  flag: string[][];
}

/**
 * 1,000,000 rows cycling through the sample staff extract (its mix of ESR ethnicity and band labels); every
 * 20th ethnicity blank, alternately "" and 0 (Excel on the desktop passes an empty cell as 0).
 */
function buildRows(): Columns {
  const [head, ...lines] = fs.readFileSync(STAFF, "utf8").trim().split(/\r?\n/);
  const h = head.split(",");
  const [ie, ib, it] = ["Ethnic Origin", "Pay Band", "Accessed Non-Mandatory Training"].map((n) =>
    h.indexOf(n),
  );
  const records = lines.map((l) => l.split(","));
  const out: Columns = { ethnicity: new Array(ROWS), band: new Array(ROWS), flag: new Array(ROWS) };
  for (let i = 0; i < ROWS; i++) {
    const r = records[i % records.length];
    out.ethnicity[i] = [i % 20 === 7 ? (i % 40 === 7 ? "" : 0) : fresh(r[ie])];
    out.band[i] = [fresh(r[ib])];
    out.flag[i] = [fresh(r[it])];
  }
  return out;
}

/**
 * The hand-written loops: a lookup table per distinct label, built up front by someone who knows the data
 * (ESR labels, code letter first; "Y" flags; a blank is Unknown), and flat counters. No validation, no
 * normalisation.
 */
const baselineGroup = new Map<string | number, number>();
function groupOfEsr(label: string | number): number {
  if (label === "" || label === 0) return 2;
  let g = baselineGroup.get(label);
  if (g === undefined) {
    const code = String(label).split(" ")[0];
    g = code === "Z" || code === "99" ? 2 : code === "A" || code === "B" || code === "C" ? 0 : 1;
    baselineGroup.set(label, g);
  }
  return g;
}
const baselineBand = new Map<string, number>();
function bandOfEsr(label: string): number {
  let b = baselineBand.get(label);
  if (b === undefined) {
    b = baselineBand.size;
    baselineBand.set(label, b);
  }
  return b;
}

function handGroupCounts(c: Columns): number[] {
  const n = [0, 0, 0];
  for (let i = 0; i < c.ethnicity.length; i++) if (c.flag[i][0] === "Y") n[groupOfEsr(c.ethnicity[i][0])]++;
  return n;
}

/** Every row a person (the blank ethnicities are all between rows with data, so Unknown). */
function handGroupCountsAll(c: Columns): number[] {
  const n = [0, 0, 0];
  for (let i = 0; i < c.ethnicity.length; i++) n[groupOfEsr(c.ethnicity[i][0])]++;
  return n;
}

function handBandTable(c: Columns): Uint32Array {
  const n = new Uint32Array(64 * 3);
  for (let i = 0; i < c.ethnicity.length; i++)
    n[bandOfEsr(c.band[i][0]) * 3 + groupOfEsr(c.ethnicity[i][0])]++;
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Alternates wrapper and baseline runs so that both see the same machine state; returns the medians. */
function measure(name: string, wrapper: () => unknown, baseline: () => unknown): BenchFigure {
  wrapper();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < REPETITIONS; k++) {
    a.push(time(wrapper));
    b.push(time(baseline));
  }
  const ms = median(a);
  const baselineMs = median(b);
  return { name, ms: round(ms), baselineMs: round(baselineMs), ratio: round(ms / baselineMs) };
}

const round = (x: number): number => Math.round(x * 100) / 100;

export async function benchRecords(): Promise<BenchFigure[]> {
  installCustomFunctionsStub();
  const rows = buildRows();

  // Check both sides agree before timing them: a fast wrong answer is not a result.
  const gc = groupCounts(rows.ethnicity, rows.flag);
  const hand = handGroupCounts(rows);
  if (JSON.stringify(gc.map((r) => r[1])) !== JSON.stringify(hand)) {
    throw new Error(
      `GROUP_COUNTS ${JSON.stringify(gc)} differs from the hand-written loop ${JSON.stringify(hand)}`,
    );
  }
  // Without a flag range every row is a person: the blank ethnicities are between rows with data, so they
  // are Unknown people (functions.md), held pending by the counter until the next row with data.
  const all = groupCounts(rows.ethnicity, null as unknown as unknown[][]);
  const handAll = handGroupCountsAll(rows);
  if (JSON.stringify(all.map((r) => r[1])) !== JSON.stringify(handAll)) {
    throw new Error(
      `GROUP_COUNTS without flags ${JSON.stringify(all)} differs from the hand-written loop ${JSON.stringify(handAll)}`,
    );
  }
  const bt = bandTable(rows.ethnicity, rows.band, false);
  const handBands = handBandTable(rows);
  const handTotal = handBands.reduce((s, x) => s + x, 0);
  if (bt.at(-1)?.[4] !== handTotal || handTotal !== ROWS) {
    throw new Error(
      `BAND_TABLE total ${String(bt.at(-1)?.[4])} differs from the hand-written loop ${handTotal}`,
    );
  }

  const figures = [
    measure(
      `GROUP_COUNTS (${ROWS.toLocaleString("en-GB")} rows, with flag range)`,
      () => groupCounts(rows.ethnicity, rows.flag),
      () => handGroupCounts(rows),
    ),
    measure(
      `GROUP_COUNTS (${ROWS.toLocaleString("en-GB")} rows, no flag range)`,
      () => groupCounts(rows.ethnicity, null as unknown as unknown[][]),
      () => handGroupCountsAll(rows),
    ),
    measure(
      `BAND_TABLE (${ROWS.toLocaleString("en-GB")} rows)`,
      () => bandTable(rows.ethnicity, rows.band, true),
      () => handBandTable(rows),
    ),
  ];
  let missed = false;
  for (const f of figures) {
    const ok = f.ms < TARGET_MS && f.ratio <= TARGET_RATIO;
    missed ||= !ok;
    console.log(
      `${f.name}: ${f.ms} ms (target < ${TARGET_MS} ms), hand-written loop ${f.baselineMs} ms, ratio ${f.ratio}× ` +
        `(target ≤ ${TARGET_RATIO}×), median of ${REPETITIONS}${ok ? "" : "  ← target missed"}`,
    );
  }
  if (missed) process.exitCode = 1;
  return figures;
}

if (process.argv[1] && /bench-records\.ts$/.test(process.argv[1])) {
  void benchRecords();
}
