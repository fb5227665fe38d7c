/**
 * make-plan: writes an action-plan workbook (.xlsx) from the command line, optionally filled with counts from
 * record-level CSV extracts. Exit code 0 on success; otherwise 1 (or 2 for a bad command line) with one line
 * on stderr and no file left behind.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs, type MakePlanArgs } from "./args";
import { writeFileAtomic } from "./atomic-write";
import { HELP } from "./help";
import { readExtracts } from "./read-extracts";
import { summaryLines } from "./summary";
import { withAnalysisSheets } from "../plan/analysis-sheets";
import { buildWorkbook, hasDataSheet } from "../plan/build-workbook";
import { DEFAULT_PLAN_OPTIONS, planOptionsSchema, type PlanOptions } from "../plan/options";
import { writeXlsx } from "../xlsx/write-xlsx";

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

async function checkOutputFolder(out: string): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new CliError(`--out: the folder "${dir}" does not exist.`, 2);
}

function progress(done: number, total: number): void {
  const line = `Reading extracts: ${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} rows`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
  else if (done === total || done % 50_000 === 0) process.stderr.write(`${line}\n`);
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) throw new CliError(parsed.message, 2);
    if (parsed.value === "help") {
      process.stdout.write(HELP);
      return 0;
    }
    const args = parsed.value;
    const options = planOptions(args);
    await checkOutputFolder(args.out);
    const extractGiven = ["staff", "staff-previous", "applications", "board"].find(
      (f) => args[f as keyof MakePlanArgs] !== undefined,
    );
    if (extractGiven !== undefined && !hasDataSheet(options)) {
      throw new CliError(
        `--${extractGiven}: a ${options.standard} plan has no WRES data sheet to fill; leave out the extracts or use --standard WRES.`,
        2,
      );
    }
    const read = await readExtracts(args, progress);
    if (!read.ok) throw new CliError(read.message, 1);
    const plan = buildWorkbook(options, read.value?.inputs);
    // With extracts, the workbook also gets the indicator 1 bands, Model Employer goals and the dashboard.
    const model = read.value
      ? withAnalysisSheets(plan, options, read.value.bandTables ? { bandTables: read.value.bandTables } : {})
      : plan;
    const bytes = await writeXlsx(model);
    await writeFileAtomic(args.out, bytes);
    if (read.value) for (const line of summaryLines(read.value)) console.log(line);
    if (model.sheets.some((s) => s.charts.length > 0)) {
      console.log(
        "Charts are not included: this file format writer cannot make them (the figures behind them are there).",
      );
    }
    console.log(`Wrote ${args.out} (${model.sheets.map((s) => s.name).join(", ")}).`);
    return 0;
  } catch (error) {
    const message =
      error instanceof CliError
        ? error.message
        : `Could not make the plan: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`make-plan: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
