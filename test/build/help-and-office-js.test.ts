/**
 * Sources the build ships as they are: the help page (one complete section per spec function, plus the
 * general sections the README and the pane link to) and the office.js files the offline test build copies.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { readSpecCatalogue } from "./spec-catalogue";

const ROOT = path.resolve(__dirname, "../..");
const help = readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
const { OFFICE_JS_FILES } = require("../../webpack.config.js") as { OFFICE_JS_FILES: string[] };

/** The HTML between a section's h2 and the next h2. */
function section(id: string): string {
  const start = help.indexOf(`<h2 id="${id}"`);
  if (start < 0) return "";
  const next = help.indexOf("<h2", start + 1);
  return help.slice(start, next < 0 ? undefined : next);
}

describe("help page", () => {
  it("is British English and has one h1", () => {
    expect(help).toMatch(/<html lang="en-GB">/);
    expect(help.match(/<h1\b/g)).toHaveLength(1);
  });

  // The spec asks for: what it computes, its WRES meaning, a worked example with numbers, its errors.
  it.each(readSpecCatalogue().map((f) => [f.name]))(
    "%s has a complete section with a worked example",
    (name) => {
      const html = section(name.toLowerCase());
      expect(html).not.toBe("");
      for (const heading of ["What it computes", "WRES meaning", "Worked example", "Errors"]) {
        expect(html).toContain(`<h3>${heading}</h3>`);
      }
      expect(html).toContain(`=WRES.${name}(`);
    },
  );

  it.each([["reading-indicators"], ["privacy"], ["differences"]])("has the %s section", (id) => {
    expect(section(id)).not.toBe("");
  });

  // The non-adverse range is stated with both bounds inclusive.
  it("states the non-adverse range 0.80 to 1.25", () => {
    expect(section("reading-indicators")).toMatch(/0\.80 to 1\.25/);
  });

  it("loads nothing from the network", () => {
    expect(help).not.toMatch(/<(script|link|img)\b[^>]*(src|href)="https?:/);
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
