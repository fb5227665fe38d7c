#!/usr/bin/env node
/** `npm stop`: ends the dev server that `npm start` left running (by the pid it recorded), and nothing else. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { PID_FILE, ROOT } from "./dev-paths.mjs";

function stopServer() {
  if (!existsSync(PID_FILE)) {
    console.log("No WRES dev server recorded as running.");
    return;
  }
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  rmSync(PID_FILE, { force: true });
  try {
    // `npm start` started the server in its own process group: end the group (webpack and its workers).
    process.kill(process.platform === "win32" ? pid : -pid, "SIGTERM");
    console.log(`Stopped the WRES dev server (pid ${pid}).`);
  } catch {
    console.log(`The WRES dev server (pid ${pid}) had already stopped.`);
  }
}

stopServer();
if ((process.platform === "win32" || process.platform === "darwin") && process.env.WRES_NO_SIDELOAD !== "1") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["--no-install", "office-addin-debugging", "stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "ignore",
    shell: process.platform === "win32",
    timeout: 60000,
  });
}
