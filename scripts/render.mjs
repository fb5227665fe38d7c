#!/usr/bin/env node
/**
 * `npm run render -- FILE.xlsx [--out DIR] [--dpi N]`: prints a workbook through LibreOffice as a board
 * secretary would, to FILE.pdf and one PNG per page (FILE-1.png …), so you can look at what you ship.
 * LibreOffice runs with a throwaway profile, so parallel runs and your own LibreOffice do not collide.
 * Needs `soffice` (LibreOffice Calc) and `pdftoppm` (poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

function which(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();
}

function usage(message) {
  if (message) process.stderr.write(`render: ${message}\n`);
  process.stderr.write("Usage: npm run render -- FILE.xlsx [--out DIR] [--dpi N]\n");
  process.exit(2);
}

const args = process.argv.slice(2);
let file;
let out;
let dpi = 80;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--out") out = args[++i];
  else if (args[i] === "--dpi") dpi = Number(args[++i]);
  else if (args[i] === "--help" || args[i] === "-h") usage();
  else if (!file) file = args[i];
  else usage(`unexpected argument ${args[i]}`);
}
if (!file) usage("give the workbook to render");
if (!existsSync(file)) usage(`${file} does not exist`);
if (!(dpi > 0)) usage("--dpi takes a positive number");

const soffice = which("soffice") || which("libreoffice");
const pdftoppm = which("pdftoppm");
if (!soffice || !pdftoppm) {
  process.stderr.write("render: install LibreOffice Calc (soffice) and poppler-utils (pdftoppm) first.\n");
  process.exit(1);
}

const outDir = path.resolve(out ?? path.dirname(file));
mkdirSync(outDir, { recursive: true });
const base = path.basename(file).replace(/\.xlsx$/i, "");
const profile = mkdtempSync(path.join(tmpdir(), "lo-render-"));
try {
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  const pdf = path.join(outDir, `${base}.pdf`);
  if (!existsSync(pdf)) {
    process.stderr.write(`render: LibreOffice did not print ${file}: ${run.stderr || run.error?.message}\n`);
    process.exit(1);
  }
  for (const old of readdirSync(outDir)) {
    if (new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d+\\.png$`).test(old))
      rmSync(path.join(outDir, old));
  }
  const png = spawnSync(pdftoppm, ["-png", "-r", String(dpi), pdf, path.join(outDir, base)], {
    encoding: "utf8",
    timeout: 120_000,
  });
  if (png.status !== 0) {
    process.stderr.write(`render: pdftoppm failed: ${png.stderr}\n`);
    process.exit(1);
  }
  const pages = readdirSync(outDir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)[1]) - Number(/-(\d+)\.png$/.exec(b)[1]));
  console.log(pdf);
  for (const page of pages) console.log(path.join(outDir, page));
  console.log(`${pages.length} page${pages.length === 1 ? "" : "s"}.`);
} finally {
  rmSync(profile, { recursive: true, force: true });
}
