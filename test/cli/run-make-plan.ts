/** Test helper: runs the make-plan command as a user would, in a child process. */
import { spawnSync } from "node:child_process";
import path from "node:path";

export const REPO = path.resolve(__dirname, "../..");
export const SAMPLE = path.resolve(REPO, "../shared/data/sample-trust");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runMakePlan(args: readonly string[]): CliRun {
  const r = spawnSync(
    path.join(REPO, "node_modules/.bin/tsx"),
    [path.join(REPO, "src/cli/make-plan.ts"), ...args],
    {
      cwd: REPO,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
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
