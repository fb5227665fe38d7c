/**
 * Loads the built dist/functions.js the way Excel does, but outside Excel: in a fresh `vm` context whose only
 * global is a stub `CustomFunctions` (associate, Error, ErrorCode). Used by the bench and the tests, so both
 * exercise the shipped bundle rather than the TypeScript sources. Also builds dist/ once when it is stale.
 * CommonJS so that Jest (ts-jest, CommonJS) and the .mjs scripts can both require it.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

/** The Excel error codes, as office.js defines them (CustomFunctions.ErrorCode). */
const ERROR_CODES = Object.freeze({
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
});

function makeCustomFunctionsStub() {
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message);
      this.name = "CustomFunctions.Error";
      this.code = code;
    }
  }
  const registered = new Map();
  return {
    registered,
    CustomFunctions: {
      associate(id, fn) {
        if (typeof id === "object" && id !== null) {
          for (const [key, value] of Object.entries(id)) registered.set(key.toUpperCase(), value);
        } else {
          registered.set(String(id).toUpperCase(), fn);
        }
      },
      Error: CustomFunctionsError,
      ErrorCode: ERROR_CODES,
    },
  };
}

/**
 * Runs functions.js and returns the registered functions by upper-case id.
 * Default: in a fresh `vm` context whose only global is the stub (proves the bundle is self-contained).
 * `{ isolated: false }`: in this context, with the stub as a temporary global. Node's contextified globals
 * add several microseconds to every global lookup inside the bundle, which Excel's runtime does not have,
 * so the bench times calls this way.
 */
function loadFunctions(file = path.join(DIST, "functions.js"), { isolated = true } = {}) {
  const code = fs.readFileSync(file, "utf8");
  const { registered, CustomFunctions } = makeCustomFunctionsStub();
  if (isolated) {
    const context = vm.createContext({ CustomFunctions });
    vm.runInContext(code, context, { filename: file });
    return { functions: registered, CustomFunctions, context };
  }
  const had = Object.prototype.hasOwnProperty.call(globalThis, "CustomFunctions");
  const previous = globalThis.CustomFunctions;
  globalThis.CustomFunctions = CustomFunctions;
  try {
    new vm.Script(code, { filename: file }).runInThisContext();
  } finally {
    // The functions look CustomFunctions up when they fail, so it stays defined while they are in use.
    if (had) globalThis.CustomFunctions = previous;
  }
  return { functions: registered, CustomFunctions, context: globalThis };
}

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/ is a complete build newer than every input. */
function isBuildFresh() {
  const stamp = path.join(DIST, "functions.json");
  const outputs = ["functions.js", "functions.json", "taskpane.html", "manifest.xml", "help.html"];
  if (!outputs.every((f) => fs.existsSync(path.join(DIST, f)))) return false;
  const built = fs.statSync(stamp).mtimeMs;
  const inputs = ["src", "manifest.xml", "webpack.config.js", "assets", "package.json"];
  return inputs.every((i) => newestMtime(path.join(ROOT, i)) <= built);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Makes sure dist/ holds a fresh production build. Jest runs test files in parallel workers, so the build
 * is guarded by a lock directory: one worker builds, the others wait and reuse it.
 */
function ensureProductionBuild({ timeoutMs = 240000 } = {}) {
  if (isBuildFresh()) return { built: false };
  const lock = path.join(ROOT, "node_modules", ".cache", "wres-build.lock");
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
      if (Date.now() > deadline) throw new Error("Timed out waiting for another production build");
      sleep(500);
      if (isBuildFresh()) return { built: false };
    }
  }
  try {
    if (isBuildFresh()) return { built: false };
    const env = { ...process.env };
    delete env.WRES_TEST_BUILD;
    delete env.ADDIN_PUBLIC_URL;
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
      { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.status !== 0) {
      throw new Error(`Production build failed:\n${result.stdout}\n${result.stderr}`);
    }
    return { built: true };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

module.exports = {
  ROOT,
  DIST,
  ERROR_CODES,
  makeCustomFunctionsStub,
  loadFunctions,
  ensureProductionBuild,
  isBuildFresh,
};
