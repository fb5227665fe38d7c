/**
 * The help page as the build renders it from the function declarations (src/help/render-help.ts): one complete
 * section per spec function, the general sections the README and the pane link to, and exactly which errors
 * carry a message in Excel. Also the office.js files the offline test build copies.
 */
import { existsSync } from "fs";
import path from "path";
import { renderHelpPage } from "../../src/help/render-help";
import { readSpecFunctions, specSignature } from "../support/functions-spec";

const ROOT = path.resolve(__dirname, "../..");
const help = renderHelpPage();
const { OFFICE_JS_FILES } = require("../../webpack.config.js") as { OFFICE_JS_FILES: string[] };

/** The HTML between a section's h2 and the next h2. */
function section(id: string): string {
  const start = help.indexOf(`<h2 id="${id}"`);
  if (start < 0) return "";
  const next = help.indexOf("<h2", start + 1);
  return help.slice(start, next < 0 ? undefined : next);
}

const text = (html: string): string => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("help page", () => {
  it("is British English and has one h1", () => {
    expect(help).toMatch(/<html lang="en-GB">/);
    expect(help.match(/<h1\b/g)).toHaveLength(1);
  });

  // The spec asks for: what it computes, its WRES meaning, a worked example with numbers, its errors.
  it.each(readSpecFunctions().map((f) => [f.name, f] as const))(
    "%s has a complete section with its signature and a worked example",
    (name, spec) => {
      const html = section(name.toLowerCase());
      expect(html).not.toBe("");
      for (const heading of ["Arguments", "What it computes", "WRES meaning", "Worked example", "Errors"]) {
        expect(html).toContain(`<h3>${heading}</h3>`);
      }
      expect(html).toContain(`<code>=WRES.${specSignature(spec)}</code>`);
      expect(html).toMatch(new RegExp(`=WRES\\.${name}\\([^)]*\\d`));
    },
  );

  it.each([["reading-indicators"], ["privacy"], ["differences"], ["errors"]])("has the %s section", (id) => {
    expect(section(id)).not.toBe("");
  });

  // The non-adverse range is stated with both bounds inclusive.
  it("states the non-adverse range 0.80 to 1.25", () => {
    expect(section("reading-indicators")).toMatch(/0\.80 to 1\.25/);
  });

  // Issue 9 finding 4: Excel shows a custom message only with #VALUE! and #N/A. The old page told users to
  // hover over any error for a message.
  it("says exactly which errors carry a message in Excel", () => {
    const html = section("errors");
    const item = (code: string): string =>
      text(
        /<li><code>([^<]+)<\/code>(.*?)<\/li>/gs.exec(
          html.slice(html.indexOf(`<code>${code}</code>`) - 4),
        )?.[2] ?? "",
      );
    expect(text(html)).toMatch(/only with #VALUE! and #N\/A/);
    expect(item("#VALUE!")).toMatch(/Excel shows the function's message with it/);
    expect(item("#N/A")).toMatch(/Excel shows the function's message with it/);
    expect(item("#DIV/0!")).toMatch(/Excel shows no message with it/);
    expect(item("#NUM!")).toMatch(/Excel shows no message with it/);
  });

  // Issue 11: "pool first, then outcome" holds only for the indicator functions.
  it("says which functions take the outcome count first", () => {
    expect(text(section("groups"))).toMatch(
      /RELATIVE_LIKELIHOOD, RL_CI and SHORTFALL are the other way round: each group's outcome count first, then its total/,
    );
    for (const id of ["relative_likelihood", "rl_ci", "shortfall"]) {
      expect(text(section(id))).toMatch(/outcome count comes first, then its total/);
      expect(text(section(id))).not.toMatch(/pool first/);
    }
  });

  it("loads nothing from the network", () => {
    expect(help).not.toMatch(/<(script|link|img)\b[^>]*(src|href)="?https?:/);
  });
});

describe("office.js files copied by the test build", () => {
  const dist = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

  // A renamed file in a new @microsoft/office-js would silently break the offline pane.
  it.each(OFFICE_JS_FILES.map((f) => [f]))("%s exists in @microsoft/office-js", (file) => {
    expect(existsSync(path.join(dist, file))).toBe(true);
  });

  it("includes office.js, the host table, Excel on the web and the English strings", () => {
    for (const f of [
      "office.js",
      "o15apptofilemappingtable.js",
      "excel-web-16.00.js",
      "en-us/office_strings.js",
    ]) {
      expect(OFFICE_JS_FILES).toContain(f);
    }
  });
});
