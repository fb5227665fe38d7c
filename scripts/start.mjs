#!/usr/bin/env node
/**
 * `npm start`: serves the add-in on https://localhost:3000 (webpack-dev-server with its own self-signed
 * certificate: no sudo, no system certificate store, no Excel needed), waits until the task pane answers,
 * prints how to sideload manifest.xml, and leaves the server running in the background (`npm stop` ends it).
 * On Windows and Mac it also tries office-addin-debugging to sideload into desktop Excel, if that tool is
 * installed; its absence is not an error. Set WRES_NO_SIDELOAD=1 to skip that step.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import https from "node:https";
import { resolve } from "node:path";
import { BASE_URL, LOG_FILE, PID_FILE, PORT, ROOT, STATE_DIR } from "./dev-paths.mjs";

const TIMEOUT_MS = Number(process.env.WRES_START_TIMEOUT_MS || 180000);

/** Resolves to the HTTP status of GET url, or 0 when nothing answers. The certificate is self-signed. */
function probe(url) {
  return new Promise((done) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", () => done(0));
    req.on("timeout", () => {
      req.destroy();
      done(0);
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runningPid() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

function tail(file, lines = 30) {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "";
}

async function startServer() {
  const existing = runningPid();
  if (existing && (await probe(`${BASE_URL}taskpane.html`)) === 200) {
    console.log(`The WRES dev server is already running (pid ${existing}).`);
    return;
  }
  if ((await probe(BASE_URL)) !== 0) {
    console.error(
      `Port ${PORT} is already in use by another program. Stop it, or run \`npm stop\`, then try again.`,
    );
    process.exit(1);
  }
  mkdirSync(STATE_DIR, { recursive: true });
  const log = openSync(LOG_FILE, "w");
  const webpack = resolve(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: process.env,
  });
  closeSync(log);
  writeFileSync(PID_FILE, String(child.pid));
  child.unref();
  let exited = false;
  child.on("exit", () => (exited = true));

  process.stdout.write(`Building and serving the add-in on ${BASE_URL} `);
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) break;
    if ((await probe(`${BASE_URL}taskpane.html`)) === 200) {
      console.log("– ready.");
      return;
    }
    process.stdout.write(".");
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.error(`\nThe dev server did not come up. Last lines of ${LOG_FILE}:\n${tail(LOG_FILE)}`);
  if (!exited) process.kill(-child.pid, "SIGTERM");
  process.exit(1);
}

function tryDesktopSideload() {
  if (process.env.WRES_NO_SIDELOAD === "1") return;
  if (process.platform !== "win32" && process.platform !== "darwin") return;
  console.log("\nTrying to sideload into desktop Excel with office-addin-debugging (optional)…");
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(
    npx,
    [
      "--no-install",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--dev-server-port",
      String(PORT),
    ],
    { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32", timeout: 120000 },
  );
  if (result.status !== 0) {
    console.log("office-addin-debugging is not available here; sideload by hand as described above.");
  }
}

function printInstructions() {
  const manifest = resolve(ROOT, "manifest.xml");
  console.log(`
The WRES add-in is being served on ${BASE_URL}
  task pane   ${BASE_URL}taskpane.html
  functions   ${BASE_URL}functions.js, ${BASE_URL}functions.json
  help        ${BASE_URL}help.html
  manifest    ${manifest}

The certificate is self-signed: open ${BASE_URL}taskpane.html once in the browser you use for Excel and accept
the warning (or trust it), or Excel cannot load the add-in.

Sideload manifest.xml:
  Excel on the web   Open a workbook, then Insert ▸ Add-ins ▸ My Add-ins ▸ Upload My Add-in, and choose
                     manifest.xml.
  Excel on Windows   Share a folder that holds manifest.xml (e.g. \\\\your-pc\\wres-manifest), add that share in
                     File ▸ Options ▸ Trust Center ▸ Trust Center Settings ▸ Trusted Add-in Catalogs
                     (tick "Show in Menu"), restart Excel, then Insert ▸ My Add-ins ▸ Shared Folder.
  Excel on Mac       Copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef
                     (create the folder if needed), restart Excel, then Insert ▸ My Add-ins.

Then open the pane from Home ▸ WRES ▸ Action plan, and type =WRES. in a cell for the functions.
Stop the server with: npm stop`);
}

await startServer();
printInstructions();
tryDesktopSideload();
