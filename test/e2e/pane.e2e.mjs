/* global document -- read inside page.evaluate, in the browser */
/** Browser tests of the task pane in the test build, outside Excel (so the pane offers the .xlsx download). */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { assert, assertCleanLog, openPane } from "./pane-page.mjs";

const require = createRequire(import.meta.url);
const ORGANISATION = "Northshire NHS Foundation Trust";

/**
 * Fluent's focus manager (tabster) puts invisible `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`
 * sentinels around focus groups; focusing one moves focus on at once, so no user ever rests on them. axe's
 * aria-hidden-focus rule cannot know that, so only those sentinels are left out; everything else is checked.
 */
const axe = (page) => new AxeBuilder({ page }).exclude("[data-tabster-dummy]");

export const tests = [
  {
    name: "pane renders at 350 px with no console errors and no request off 127.0.0.1",
    async run({ browser, baseUrl, results }) {
      const { context, page, log, loadMs, inPageMs } = await openPane(browser, baseUrl);
      try {
        await page.getByRole("button", { name: "Download workbook (.xlsx)" }).waitFor();
        for (const name of ["Action plan", "Data", "Functions", "Help"])
          await page.getByRole("tab", { name }).waitFor();
        // Nothing may be wider than the pane: no sideways scrolling at 350 px.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert(overflow <= 0, `page is ${overflow} px wider than the 350 px pane`);
        mkdirSync(results, { recursive: true });
        await page.screenshot({ path: resolve(results, "pane-350.png"), fullPage: true });
        // office.js starts some work on timers (its browser fallback opens a telemetry frame after 3 s):
        // stay a while so late requests and errors are caught too.
        await page.waitForTimeout(4_500);
        assertCleanLog(log);
        assert(log.requests.length > 0, "no requests were recorded: the request log is not working");
        return `form visible ${loadMs} ms after navigation (in-page ${Math.round(inPageMs)} ms); ${log.requests.length} requests, all local; screenshot test-results/pane-350.png`;
      } finally {
        await context.close();
      }
    },
  },
  {
    name: "still fits at 320 px, on every tab",
    async run({ browser, baseUrl, results }) {
      const { context, page, log } = await openPane(browser, baseUrl, { width: 320 });
      try {
        for (const name of ["Action plan", "Data", "Functions", "Help"]) {
          await page.getByRole("tab", { name }).click();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          assert(overflow <= 0, `${name} tab is ${overflow} px wider than a 320 px pane`);
        }
        await page.getByRole("tab", { name: "Functions" }).click();
        await page.screenshot({ path: resolve(results, "pane-320-functions.png"), fullPage: false });
        assertCleanLog(log);
        return undefined;
      } finally {
        await context.close();
      }
    },
  },
  {
    name: "axe-core finds no serious or critical violations on any tab",
    async run({ browser, baseUrl }) {
      const { context, page, log } = await openPane(browser, baseUrl);
      try {
        await page.getByRole("button", { name: "Download workbook (.xlsx)" }).waitFor();
        const found = [];
        let checked = 0;
        for (const name of ["Action plan", "Data", "Functions", "Help"]) {
          await page.getByRole("tab", { name }).click();
          const report = await axe(page).analyze();
          checked += report.passes.length;
          for (const v of report.violations) {
            if (v.impact === "serious" || v.impact === "critical") {
              found.push(
                `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
                  .map((n) => n.target.join(" "))
                  .slice(0, 3)
                  .join("; ")}`,
              );
            }
          }
        }
        // The form's error state must pass too: messages under fields, invalid markers.
        await page.getByRole("tab", { name: "Action plan" }).click();
        await page.getByRole("textbox", { name: /Period/ }).fill("2025-27");
        await page.getByRole("button", { name: "Download workbook (.xlsx)" }).click();
        await page.getByText("The second year must follow the first, as in 2025-26.").waitFor();
        const invalid = await axe(page).analyze();
        for (const v of invalid.violations) {
          if (v.impact === "serious" || v.impact === "critical")
            found.push(`form with errors: ${v.id} (${v.impact}) ${v.help}`);
        }
        assert(found.length === 0, `axe violations:\n${found.join("\n")}`);
        assert(checked > 0, "axe reported no passing rules: it did not run");
        assertCleanLog(log);
        return `${checked} passing rule checks over 4 tabs`;
      } finally {
        await context.close();
      }
    },
  },
  {
    name: "Tab reaches the tabs and the primary button; arrow keys move between tabs",
    async run({ browser, baseUrl }) {
      const { context, page, log } = await openPane(browser, baseUrl);
      try {
        const button = page.getByRole("button", { name: "Download workbook (.xlsx)" });
        await button.waitFor();
        const seen = new Set();
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press("Tab");
          const what = await page.evaluate(() => {
            const el = document.activeElement;
            return el
              ? `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${(el.textContent ?? "").trim().slice(0, 40)}`
              : "";
          });
          seen.add(what);
          if (what === "button:Download workbook (.xlsx)") break;
        }
        assert(
          seen.has("tab:Action plan"),
          `Tab never reached the Action plan tab (saw ${[...seen].join(", ")})`,
        );
        assert(
          seen.has("button:Download workbook (.xlsx)"),
          `Tab never reached the primary button (saw ${[...seen].join(", ")})`,
        );
        await page.getByRole("tab", { name: "Action plan" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Enter");
        // The tab after "Action plan" is "Data".
        const selected = await page.getByRole("tab", { name: "Data" }).getAttribute("aria-selected");
        assert(selected === "true", "ArrowRight then Enter did not select the Data tab");
        assertCleanLog(log);
        return undefined;
      } finally {
        await context.close();
      }
    },
  },
  {
    name: "Download workbook (.xlsx) gives a workbook holding the plan sheet with the organisation's title",
    async run({ browser, baseUrl, results }) {
      const { context, page, log } = await openPane(browser, baseUrl);
      try {
        await page.getByRole("textbox", { name: /Organisation/ }).fill(ORGANISATION);
        const button = page.getByRole("button", { name: "Download workbook (.xlsx)" });
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: 30_000 }),
          button.click(),
        ]);
        const file = resolve(results, download.suggestedFilename());
        await download.saveAs(file);
        assert(
          /\.xlsx$/.test(download.suggestedFilename()),
          `download is not an .xlsx: ${download.suggestedFilename()}`,
        );
        await page.getByText("Workbook ready.").waitFor({ timeout: 10_000 });

        const ExcelJS = require("exceljs");
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(file));
        // Title line from spec/action-plan.md: "<organisation> — Workforce Race Equality Standard Action Plan <period>".
        const title = `${ORGANISATION} — Workforce Race Equality Standard Action Plan 2025-26`;
        let titleSheet;
        workbook.eachSheet((ws) => {
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              if (!titleSheet && String(cell.text ?? "").includes(title)) titleSheet = ws.name;
            }),
          );
        });
        assert(
          titleSheet,
          `no sheet holds the title "${title}" (sheets: ${workbook.worksheets.map((w) => w.name).join(", ")})`,
        );
        assertCleanLog(log);
        return `${download.suggestedFilename()}: sheets ${workbook.worksheets.map((w) => `"${w.name}"`).join(", ")}; title on "${titleSheet}"`;
      } finally {
        await context.close();
      }
    },
  },
  {
    name: "Start next year's plan from an uploaded workbook gives next year's plan, read and built in the browser",
    async run({ browser, baseUrl, results }) {
      const { context, page, log } = await openPane(browser, baseUrl);
      try {
        // Last year's workbook: the pane's own download of a 2025-26 plan.
        await page.getByRole("textbox", { name: /Organisation/ }).fill(ORGANISATION);
        const [lastYear] = await Promise.all([
          page.waitForEvent("download", { timeout: 30_000 }),
          page.getByRole("button", { name: "Download workbook (.xlsx)" }).click(),
        ]);
        const lastFile = resolve(results, `last-year-${lastYear.suggestedFilename()}`);
        await lastYear.saveAs(lastFile);

        await page.getByLabel("Last year's workbook (.xlsx)").setInputFiles(lastFile);
        const [next] = await Promise.all([
          page.waitForEvent("download", { timeout: 30_000 }),
          page.getByRole("button", { name: "Download next year's plan (.xlsx)" }).click(),
        ]);
        assert(
          next.suggestedFilename() === "WRES action plan 2026-27.xlsx",
          `next year's file is named ${next.suggestedFilename()}`,
        );
        const file = resolve(results, next.suggestedFilename());
        await next.saveAs(file);
        await page.getByText("Next year's plan ready.").waitFor({ timeout: 10_000 });

        const ExcelJS = require("exceljs");
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(file));
        const names = workbook.worksheets.map((w) => w.name);
        for (const sheet of ["WRES plan 2026-27", "WRES data 2026-27"])
          assert(
            names.includes(sheet),
            `no sheet "${sheet}" in next year's file (sheets: ${names.join(", ")})`,
          );
        const title = workbook.getWorksheet("WRES plan 2026-27").getCell("A1").text;
        assert(
          title === `${ORGANISATION} — Workforce Race Equality Standard Action Plan 2026-27`,
          `next year's title is "${title}"`,
        );
        const violations = (await axe(page).analyze()).violations;
        assert(violations.length === 0, `axe: ${violations.map((v) => v.id).join(", ")}`);
        assertCleanLog(log);
        return `${next.suggestedFilename()}: sheets ${names.map((n) => `"${n}"`).join(", ")}`;
      } finally {
        await context.close();
      }
    },
  },
];
