/**
 * The make-plan bundle (dist-cli/make-plan.js): built by `npm run build`, or here on demand when it is missing
 * or older than the sources, so `npm run make-plan` and the tests never run a stale command. Concurrent
 * callers (Jest workers) share one build through a lock directory. CommonJS so that Jest and .mjs scripts can
 * both require it.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist-cli", "make-plan.js");

function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when the bundle exists and is newer than every source it is built from. */
function isCliFresh() {
  if (!fs.existsSync(BUNDLE)) return false;
  const built = fs.statSync(BUNDLE).mtimeMs;
  return ["src", "webpack.config.js", "package.json"].every((i) => newestMtime(path.join(ROOT, i)) <= built);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist-cli/ (production mode, the CLI configuration only) unless it is fresh. */
function ensureCliBuild({ timeoutMs = 240000, log = () => {} } = {}) {
  if (isCliFresh()) return { built: false };
  const lock = path.join(ROOT, "node_modules", ".cache", "wres-cli-build.lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > timeoutMs)
          fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        /* lock vanished between calls */
      }
      if (Date.now() > deadline) throw new Error("Timed out waiting for another build of make-plan");
      sleep(300);
      if (isCliFresh()) return { built: false };
    }
  }
  try {
    if (isCliFresh()) return { built: false };
    log("Building make-plan (dist-cli/make-plan.js) …");
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
        "--mode",
        "production",
        "--config-name",
        "cli",
      ],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.status !== 0)
      throw new Error(`Building make-plan failed:\n${result.stdout}\n${result.stderr}`);
    return { built: true };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

module.exports = { ROOT, BUNDLE, ensureCliBuild, isCliFresh };
