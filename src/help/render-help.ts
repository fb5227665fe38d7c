/**
 * The help page, rendered at build time (webpack.config.js) from help.html, the page's fixed sections, and the
 * function declarations: one section per function with its arguments in order, what it computes, its WRES
 * meaning, worked examples with numbers and its errors, saying which errors carry a message in Excel.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ALL_FUNCTIONS } from "../functions/all-functions";
import { CATEGORIES, type DeclaredFunction, type ErrorCode, type Example } from "../functions/declaration";
import { CUSTOM_MESSAGE_DOCUMENTATION, EXCEL_ERRORS, errorInfo } from "../functions/excel-errors";
import { cellsNote, exampleFormula, resultText, signature } from "../functions/examples";

const HELP_TEMPLATE = path.join(__dirname, "help.html");

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The declarations' text style: `code` and **strong**, everything else plain text. */
function markup(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}

const anchor = (fn: DeclaredFunction): string => fn.name.toLowerCase();

function contents(): string {
  return CATEGORIES.map((category) => {
    const links = ALL_FUNCTIONS.filter((f) => f.category === category)
      .map((f) => `<a href="#${anchor(f)}">${f.name}</a>`)
      .join(", ");
    return `<li>${escapeHtml(category)}: ${links}</li>`;
  }).join("\n");
}

/** Numbers in example tables: whole numbers as they are, fractions to 4 decimal places. */
const tableCell = (v: unknown): string =>
  typeof v === "number" && !Number.isInteger(v) ? String(Number(v.toFixed(4))) : escapeHtml(String(v));

/** A 2-D result of more than one cell as a table; the first row is a header when it is all text over numbers. */
function resultTable(fn: DeclaredFunction, result: unknown[][]): string {
  const header = result.length > 1 && result[0].length > 1 && result[0].every((c) => typeof c === "string");
  const body = header ? result.slice(1) : result;
  const row = (cells: unknown[], tag: "td" | "th"): string =>
    `<tr>${cells.map((c, i) => (i === 0 && typeof c === "string" && tag === "td" ? `<th scope="row">${tableCell(c)}</th>` : `<${tag}${tag === "th" ? ' scope="col"' : ""}>${tableCell(c)}</${tag}>`)).join("")}</tr>`;
  return [
    "<table>",
    `<caption>${fn.name} for this example</caption>`,
    header ? `<thead>${row(result[0], "th")}</thead>` : "",
    `<tbody>${body.map((r) => row(r, "td")).join("")}</tbody>`,
    "</table>",
  ].join("");
}

function example(fn: DeclaredFunction, e: Example): string {
  const note = cellsNote(e);
  const result = e.result;
  const spilled = Array.isArray(result) && (result.length > 1 || (result[0] as unknown[]).length > 1);
  const gives = spilled
    ? ` spills${e.shown ? ` ${escapeHtml(e.shown)}` : ""}:`
    : ` gives <strong>${escapeHtml(resultText(e))}</strong>.`;
  return [
    `<p>${note ? `When ${escapeHtml(note.replace(/\.$/, ""))}, ` : ""}<code>${escapeHtml(exampleFormula(fn, e, "cells"))}</code>${gives}</p>`,
    spilled ? resultTable(fn, result as unknown[][]) : "",
    `<p>${markup(e.working)}</p>`,
  ].join("\n");
}

function errors(fn: DeclaredFunction): string {
  const codes = Object.keys(fn.help.errors) as ErrorCode[];
  if (codes.length === 0) return "<p>None: every value gives a result.</p>";
  const items = codes.map((code) => {
    const label = errorInfo(code).carriesMessage
      ? "with a message naming the argument and the rule"
      : "no message in Excel";
    return `<li><code>${code}</code> (${label}): ${markup(fn.help.errors[code] ?? "")}</li>`;
  });
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

function section(fn: DeclaredFunction): string {
  const args = fn.parameters
    .map(
      (p, i) =>
        `<tr><td>${i + 1}</td><th scope="row"><code>${p.name}</code>${p.optional ? " (optional)" : ""}</th><td>${escapeHtml(p.kind.label)}</td><td>${markup(p.description)}</td></tr>`,
    )
    .join("\n");
  return [
    `<h2 id="${anchor(fn)}">${fn.name}</h2>`,
    `<p><code>=WRES.${escapeHtml(signature(fn))}</code></p>`,
    `<p>${markup(fn.description)}</p>`,
    "<h3>Arguments</h3>",
    `<table><caption>Arguments of ${fn.name}, in order</caption><thead><tr><th scope="col">#</th><th scope="col">Argument</th><th scope="col">Kind</th><th scope="col">Which figure</th></tr></thead><tbody>\n${args}\n</tbody></table>`,
    "<h3>What it computes</h3>",
    `<p>${markup(fn.help.computes)}</p>`,
    "<h3>WRES meaning</h3>",
    `<p>${markup(fn.help.meaning)}</p>`,
    "<h3>Worked example</h3>",
    ...fn.help.examples.map((e) => example(fn, e)),
    "<h3>Errors</h3>",
    errors(fn),
  ].join("\n");
}

function errorsInGeneral(): string {
  const items = EXCEL_ERRORS.map(
    (e) =>
      `<li><code>${e.code}</code>: ${escapeHtml(e.when)}. ${e.carriesMessage ? "Excel shows the function's message with it." : "Excel shows no message with it."}</li>`,
  );
  return [
    "<p>No function returns a meaningless number: where a figure cannot be given, the cell shows one of four errors.</p>",
    `<ul>\n${items.join("\n")}\n</ul>`,
    `<p>Excel shows a custom function's message only with <code>#VALUE!</code> and <code>#N/A</code>: hover over the error flag of the cell (or select it and choose the warning icon) to read a message naming the argument and the rule. With <code>#DIV/0!</code> and <code>#NUM!</code> Excel shows no message (<a href="${CUSTOM_MESSAGE_DOCUMENTATION}">Microsoft's reference</a>), so each function's section above says when it returns them.</p>`,
  ].join("\n");
}

/** The complete help page. */
export function renderHelpPage(template = readFileSync(HELP_TEMPLATE, "utf8")): string {
  const fill = (text: string, marker: string, content: string): string => {
    if (!text.includes(marker)) throw new Error(`help.html has no ${marker}`);
    return text.replace(marker, () => content);
  };
  let page = fill(template, "<!-- FUNCTION CONTENTS -->", contents());
  page = fill(page, "<!-- FUNCTION SECTIONS -->", ALL_FUNCTIONS.map(section).join("\n\n"));
  return fill(page, "<!-- ERRORS -->", errorsInGeneral());
}
