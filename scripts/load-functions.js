/**
 * Loads the built dist/functions.js the way Excel does, but outside Excel: in a fresh `vm` context whose only
 * global is a stub `CustomFunctions` (associate, Error, ErrorCode). Used by the bench and the tests, so both
 * exercise the shipped bundle rather than the TypeScript sources. Also builds dist/ once when it is stale.
 * CommonJS so that Jest (ts-jest, CommonJS) and the .mjs scripts can both require it.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { buildOnce, newestMtime } = require("./build-once.js");

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

/**
 * Excel shows a custom function's message only with #VALUE! and #N/A; for #DIV/0! and #NUM! "a custom error
 * message can't be used" (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors). The stub drops those messages
 * as Excel does, so tests see what users see.
 */
const CODES_WITHOUT_MESSAGE = Object.freeze([ERROR_CODES.divisionByZero, ERROR_CODES.invalidNumber]);

/** A stand-in for Excel's `CustomFunctions` global: `Error`, `ErrorCode`, and `associate` recording each function. */
function makeCustomFunctionsStub() {
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      const shown = CODES_WITHOUT_MESSAGE.includes(code) ? undefined : message;
      super(shown);
      this.name = "CustomFunctions.Error";
      this.code = code;
      // Like office.js's error object: `message` is undefined when there is none.
      if (shown === undefined) this.message = undefined;
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

/** True when dist/ is a complete build newer than every input. */
function isBuildFresh() {
  const stamp = path.join(DIST, "functions.json");
  const outputs = ["functions.js", "functions.json", "taskpane.html", "manifest.xml", "help.html"];
  if (!outputs.every((f) => fs.existsSync(path.join(DIST, f)))) return false;
  const built = fs.statSync(stamp).mtimeMs;
  const inputs = ["src", "manifest.xml", "webpack.config.js", "assets", "package.json"];
  return inputs.every((i) => newestMtime(path.join(ROOT, i)) <= built);
}

/** Makes sure dist/ holds a fresh production build (one build shared by parallel Jest workers). */
function ensureProductionBuild({ timeoutMs = 240000 } = {}) {
  const env = { ...process.env };
  delete env.WRES_TEST_BUILD;
  delete env.ADDIN_PUBLIC_URL;
  return buildOnce({
    lockName: "wres-build",
    isFresh: isBuildFresh,
    args: ["--mode", "production"],
    env,
    timeoutMs,
  });
}

module.exports = {
  ROOT,
  DIST,
  ERROR_CODES,
  CODES_WITHOUT_MESSAGE,
  makeCustomFunctionsStub,
  loadFunctions,
  ensureProductionBuild,
  isBuildFresh,
};
