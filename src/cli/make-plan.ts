/**
 * make-plan: writes an action-plan workbook (.xlsx) from the command line, optionally filled with counts from
 * record-level CSV extracts, streamed so that any size works. Exit code 0 on success; otherwise 1 (or 2 for a
 * bad command line) with one line on stderr and no file left behind. An existing file is never replaced
 * without --overwrite, and never by the workbook when it is one of the extracts.
 */
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs, type MakePlanArgs } from "./args";
import { TargetExistsError, writeFileAtomic } from "./atomic-write";
import { HELP } from "./help";
import { Progress } from "./progress";
import { readExtracts } from "./read-extracts";
import { rollForwardMain, wantsRollForward } from "./roll-forward";
import { summaryLines } from "./summary";
import { visibleText } from "../wres/visible-text";
import { planWorkbook } from "./plan-workbook";
import { hasDataSheet } from "../plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, planOptionsSchema, type PlanOptions } from "../plan/options";
import { KINDS, kindOf } from "../wres/extract-kinds";
import { writeXlsx } from "../xlsx/write-xlsx";
import { holdYoungGeneration } from "./young-generation";
import { deflateStoredZip } from "./deflate-zip";

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function planOptions(args: MakePlanArgs): PlanOptions {
  const parsed = planOptionsSchema.safeParse({
    ...DEFAULT_PLAN_OPTIONS,
    standard: args.standard,
    layout: args.layout,
    organisation: args.org,
    period: args.period,
    actionsPerIndicator: args.actions,
    formulaStyle: args.formulas,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag =
    { organisation: "org", actionsPerIndicator: "actions", formulaStyle: "formulas" }[
      String(issue.path[0])
    ] ?? String(issue.path[0]);
  throw new CliError(`--${flag}: ${issue.message}`, 2);
}

/** The same file, following links; a path that does not exist yet is compared as written. */
const canonical = async (file: string): Promise<string> => realpath(file).catch(() => path.resolve(file));

/** The folder must exist; the file must not be an extract, nor exist unless --overwrite. */
async function checkOutput(args: MakePlanArgs): Promise<void> {
  const out = path.resolve(args.out);
  const dir = path.dirname(out);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new CliError(`--out: the folder "${dir}" does not exist.`, 2);
  const target = await canonical(out);
  for (const kind of KINDS) {
    const file = args.files[kind];
    if (file !== undefined && (await canonical(file)) === target) {
      throw new CliError(
        `--out: "${args.out}" is the --${kindOf(kind).flag} extract itself; write the workbook to another file.`,
        2,
      );
    }
  }
  const existing = await stat(out).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(`--out: "${args.out}" is a folder.`, 2);
  if (existing && !args.overwrite) {
    throw new CliError(
      `--out: "${args.out}" already exists; add --overwrite to replace it, or choose another file name.`,
      2,
    );
  }
}

async function main(argv: readonly string[]): Promise<number> {
  // Next year's plan from last year's workbook: its own options (src/cli/roll-forward.ts).
  if (wantsRollForward(argv)) return rollForwardMain(argv);
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) throw new CliError(parsed.message, 2);
    if (parsed.value === "help") {
      process.stdout.write(HELP);
      return 0;
    }
    const args = parsed.value;
    const options = planOptions(args);
    const extractGiven = KINDS.find((k) => args.files[k] !== undefined);
    if (extractGiven !== undefined && !hasDataSheet(options)) {
      throw new CliError(
        `--${kindOf(extractGiven).flag}: a ${options.standard} plan has no WRES data sheet to fill; leave out the extracts or use --standard WRES.`,
        2,
      );
    }
    await checkOutput(args);
    const progress = new Progress(process.stderr);
    const read = await readExtracts(args, (bytes, total, rows) => progress.update(bytes, total, rows));
    progress.end();
    if (!read.ok) throw new CliError(read.message, 1);
    const model = planWorkbook(options, read.value, args.files);
    const bytes = deflateStoredZip(await writeXlsx(model, { compress: false }));
    await writeFileAtomic(args.out, bytes, { replace: args.overwrite });
    if (read.value) {
      for (const line of summaryLines(read.value)) console.log(line);
      const rate = progress.rate();
      if (rate) console.log(rate);
    }
    if (model.sheets.some((s) => s.charts.length > 0)) {
      console.log(
        "Charts are not included: this file format writer cannot make them (the figures behind them are there).",
      );
    }
    console.log(`Wrote ${args.out} (${model.sheets.map((s) => s.name).join(", ")}).`);
    return 0;
  } catch (caught) {
    let error = caught;
    // A file made at --out while the extracts were read is not replaced either.
    if (error instanceof TargetExistsError) error = new CliError(`--out: ${error.message}`, 2);
    const message =
      error instanceof CliError
        ? error.message
        : `Could not make the plan: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`make-plan: ${visibleText(message.replace(/\s*\n\s*/g, " "))}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

holdYoungGeneration();
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
