/** Test helper: runs the make-plan command as a user would, in a child process, from its built bundle. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { BUNDLE, ensureCliBuild } from "../../scripts/cli-build";

export const REPO = path.resolve(__dirname, "../..");
export const SAMPLE = path.resolve(REPO, "../shared/data/sample-trust");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let built = false;

/** Runs the bundle, building dist-cli/ first (once per test file) if it is missing or stale. */
export function runMakePlan(args: readonly string[]): CliRun {
  if (!built) {
    ensureCliBuild();
    built = true;
  }
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: REPO, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The four sample-trust extracts, as make-plan flags. */
export const SAMPLE_FLAGS = [
  "--staff",
  path.join(SAMPLE, "staff.csv"),
  "--staff-previous",
  path.join(SAMPLE, "staff-previous-year.csv"),
  "--applications",
  path.join(SAMPLE, "applications.csv"),
  "--board",
  path.join(SAMPLE, "board.csv"),
];
