/**
 * Runs a webpack build once when its outputs are stale, shared by concurrent callers (Jest workers, the
 * bench) through a lock directory: one builds, the others wait and reuse its output. CommonJS so that Jest
 * and the .mjs scripts can both require it.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");

/** The newest modification time under `target` (0 if it does not exist). */
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Unless `isFresh()`, runs webpack with `args` (e.g. ["--mode", "production"]) under the lock `lockName`.
 * Returns whether this call built.
 */
function buildOnce({ lockName, isFresh, args, env = process.env, timeoutMs = 240000, log = () => {} }) {
  if (isFresh()) return { built: false };
  const lock = path.join(ROOT, "node_modules", ".cache", `${lockName}.lock`);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock older than the timeout is stale.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > timeoutMs)
          fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        /* lock vanished between calls */
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another build (${lockName})`);
      sleep(500);
      if (isFresh()) return { built: false };
    }
  }
  try {
    if (isFresh()) return { built: false };
    log(`Building (webpack ${args.join(" ")}) …`);
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), ...args],
      {
        cwd: ROOT,
        env,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.status !== 0)
      throw new Error(`Build failed (webpack ${args.join(" ")}):\n${result.stdout}\n${result.stderr}`);
    return { built: true };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

module.exports = { ROOT, newestMtime, buildOnce };
