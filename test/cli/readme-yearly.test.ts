/**
 * README's "Every year" section says what a user types and what they get: its make-plan --from command, run
 * as written (file names put in a scratch folder), must start next year's plan, and the sheets and note the
 * section names must be in the file it writes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { filledPlan } from "../plan/support/filled-plan";
import { readWorkbook } from "../xlsx/read-back";
import { REPO, runMakePlan } from "./run-make-plan";

jest.setTimeout(120_000);

const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
/** The section as one line of words: a quoted name may break across lines of the Markdown source. */
const section = readme
  .slice(readme.indexOf("## Every year"), readme.indexOf("\n## ", readme.indexOf("## Every year") + 1))
  .replace(/\s+/g, " ");

/** The section's `npm run make-plan -- --from …` command, split into arguments as a shell would. */
function readmeCommand(): string[] {
  const command = /`(npm run make-plan -- --from [^`]+)`/.exec(section)?.[1];
  if (!command) throw new Error("README's yearly section shows no make-plan --from command");
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

describe("README's yearly workflow", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "readme-yearly-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the pane's button and the command", () => {
    expect(section).toContain("**Start next year's plan**");
    expect(readmeCommand().slice(0, 4)).toEqual(["npm", "run", "make-plan", "--"]);
  });

  it("its command, run as written, writes next year's plan with the sheets and note the README names", async () => {
    const args = readmeCommand().slice(4);
    const from = args[args.indexOf("--from") + 1];
    const out = args[args.indexOf("--out") + 1];
    const filled = filledPlan("metric-led", "WRES");
    writeFileSync(path.join(dir, from), await writeXlsx(filled.model));
    const placed = args.map((a) => (a === from || a === out ? path.join(dir, a) : a));
    const run = runMakePlan(placed);
    expect({ status: run.status, error: run.stderr.match(/make-plan:.*/)?.[0] }).toEqual({
      status: 0,
      error: undefined,
    });
    expect(existsSync(path.join(dir, out))).toBe(true);

    const wb = await readWorkbook(new Uint8Array(readFileSync(path.join(dir, out))));
    const names = wb.worksheets.map((w) => w.name);
    for (const quoted of ["WRES delivered 2025-26", "WRES history to 2025-26"]) {
      expect(section).toContain(`"${quoted}"`);
      expect(names).toContain(quoted);
    }
    const texts: string[] = [];
    wb.getWorksheet("WRES plan 2026-27")!.eachRow((row) =>
      row.eachCell((c) => typeof c.value === "string" && texts.push(c.value)),
    );
    expect(section).toContain('noted "Carried over from 2025-26"');
    expect(texts.filter((t) => t.startsWith("Carried over from 2025-26.")).length).toBe(
      filled.carried.length,
    );
  });
});
