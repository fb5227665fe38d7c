/**
 * The make-plan bundle (dist-cli/make-plan.js): built by `npm run build`, or here on demand when it is missing
 * or older than the sources, so `npm run make-plan` and the tests never run a stale command. CommonJS so that
 * Jest and the .mjs scripts can both require it.
 */
const fs = require("fs");
const path = require("path");
const { ROOT, buildOnce, newestMtime } = require("./build-once.js");

const BUNDLE = path.join(ROOT, "dist-cli", "make-plan.js");

/** True when the bundle exists and is newer than every source it is built from. */
function isCliFresh() {
  if (!fs.existsSync(BUNDLE)) return false;
  const built = fs.statSync(BUNDLE).mtimeMs;
  return ["src", "webpack.config.js", "package.json"].every((i) => newestMtime(path.join(ROOT, i)) <= built);
}

/** Builds dist-cli/ (production mode, the CLI configuration only) unless it is fresh. */
function ensureCliBuild({ timeoutMs, log } = {}) {
  return buildOnce({
    lockName: "wres-cli-build",
    isFresh: isCliFresh,
    args: ["--mode", "production", "--config-name", "cli"],
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(log ? { log } : {}),
  });
}

module.exports = { ROOT, BUNDLE, ensureCliBuild, isCliFresh };
