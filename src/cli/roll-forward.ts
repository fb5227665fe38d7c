/**
 * `make-plan --from last-year.xlsx --out next-year.xlsx [--staff …]`: next year's plan from last year's saved
 * workbook, as "Start next year's plan" does inside Excel. Last year's file is only read. Extracts given
 * fill this year's counts (and add the analysis and Data quality sheets), as for a new plan. Exit code 0 on
 * success; 1 when the workbook holds no plan to start from or a file cannot be read; 2 for a bad command line.
 */
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs, tokenise, type MakePlanArgs } from "./args";
import { TargetExistsError, writeFileAtomic } from "./atomic-write";
import { HELP } from "./help";
import { planWorkbook } from "./plan-workbook";
import { Progress } from "./progress";
import { fileError, readExtracts } from "./read-extracts";
import { summaryLines } from "./summary";
import { summarise, type NextYearSummary } from "../plan/roll-forward";
import { KINDS, kindOf } from "../wres/extract-kinds";
import type { Standard } from "../wres/indicators";
import { visibleText } from "../wres/visible-text";
import { nextYearFile } from "../xlsx/next-year-file";
import { UnreadableWorkbookError } from "../xlsx/read-workbook";

class RollForwardError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Options a new plan takes but next year's plan inherits from last year's. */
const INHERITED = { layout: "layout", period: "period", formulas: "formula style" } as const;

export function wantsRollForward(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--from" || a.startsWith("--from="));
}

/** argv without `--from` and its value, for the ordinary parser to check the rest. */
function withoutFrom(argv: readonly string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--from") i++;
    else if (!argv[i].startsWith("--from=")) rest.push(argv[i]);
  }
  return rest;
}

const canonical = async (file: string): Promise<string> => realpath(file).catch(() => path.resolve(file));

/** The folder must exist; the file must be neither last year's workbook nor an extract, nor exist unless --overwrite. */
async function checkOutput(args: MakePlanArgs, from: string): Promise<void> {
  const folder = path.dirname(path.resolve(args.out));
  if (!(await stat(folder).catch(() => undefined))?.isDirectory())
    throw new RollForwardError(`--out: the folder "${folder}" does not exist.`, 2);
  const target = await canonical(args.out);
  if ((await canonical(from)) === target)
    throw new RollForwardError(
      "--out: that is last year's workbook; write next year's plan to a new file.",
      2,
    );
  for (const kind of KINDS) {
    const file = args.files[kind];
    if (file !== undefined && (await canonical(file)) === target)
      throw new RollForwardError(`--out: "${args.out}" is the --${kindOf(kind).flag} extract itself.`, 2);
  }
  const existing = await stat(args.out).catch(() => undefined);
  if (existing && !args.overwrite)
    throw new RollForwardError(
      `--out: "${args.out}" already exists; add --overwrite to replace it, or choose another file name.`,
      2,
    );
}

async function readLastYear(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new RollForwardError(fileError("from", file, error), 1);
  }
}

function reportLines(s: NextYearSummary, from: string): string[] {
  const lines = [
    `Next year's plan ${s.period} from “${s.fromSheet}” in ${from}:`,
    s.carried === 0
      ? `  No actions were open in ${s.fromPeriod}, so none were carried over.`
      : `  ${s.carried} action${s.carried === 1 ? "" : "s"} carried over (noted “Carried over from ${s.fromPeriod}”).`,
  ];
  if (s.delivered > 0)
    lines.push(`  ${s.delivered} delivered action${s.delivered === 1 ? "" : "s"} kept as the record.`);
  if (s.previousInputs > 0)
    lines.push(`  ${s.previousInputs} previous-year inputs filled from ${s.fromPeriod}'s data sheet.`);
  if (s.historyYears.length > 0) lines.push(`  History of headline figures: ${s.historyYears.join(", ")}.`);
  for (const note of s.notes) lines.push(`  ${note}`);
  return lines;
}

export async function rollForwardMain(argv: readonly string[]): Promise<number> {
  try {
    const raw = tokenise(argv);
    if (!raw.ok) throw new RollForwardError(raw.message, 2);
    const values = raw.value.values;
    const from = values.from?.trim() ?? "";
    if (!/\.xlsx$/i.test(from))
      throw new RollForwardError(`--from: give last year's workbook, a .xlsx file (got "${from}").`, 2);
    for (const [flag, what] of Object.entries(INHERITED)) {
      if (values[flag] !== undefined)
        throw new RollForwardError(
          `--${flag}: next year's plan keeps last year's ${what}; leave --${flag} out.`,
          2,
        );
    }
    // The ordinary parser checks the rest (--out, --standard, --actions, the extracts and their column maps);
    // --org is optional here, as last year's title names the organisation.
    const parsed = parseArgs([
      ...withoutFrom(argv),
      ...(values.org === undefined ? ["--org", "unused"] : []),
    ]);
    if (!parsed.ok) throw new RollForwardError(parsed.message, 2);
    if (parsed.value === "help") {
      process.stdout.write(HELP);
      return 0;
    }
    const args = parsed.value;
    await checkOutput(args, from);

    const lastYear = await readLastYear(from);
    const progress = new Progress(process.stderr);
    const read = await readExtracts(args, (bytes, total, rows) => progress.update(bytes, total, rows));
    progress.end();
    if (!read.ok) throw new RollForwardError(read.message, 1);
    const counted = read.value;
    const made = await nextYearFile(lastYear, {
      ...(values.standard === undefined ? {} : { standard: args.standard as Standard }),
      ...(values.actions === undefined ? {} : { actionsPerIndicator: args.actions }),
      ...(values.org === undefined ? {} : { organisation: args.org }),
      ...(counted ? { inputs: counted.inputs } : {}),
      extend: (next) => planWorkbook(next.options, counted, args.files, next.model),
    }).catch((error: unknown) => {
      if (error instanceof UnreadableWorkbookError)
        throw new RollForwardError(`--from "${from}": ${error.message}`, 1);
      throw error;
    });
    if (!made.ok) throw new RollForwardError(`--from "${from}": ${made.message}`, 1);
    const extract = KINDS.find((k) => args.files[k] !== undefined);
    if (extract !== undefined && !made.next.options.includeDataSheet) {
      throw new RollForwardError(
        `--${kindOf(extract).flag}: last year's plan has no WRES data sheet to fill; leave out the extracts.`,
        2,
      );
    }
    await writeFileAtomic(args.out, made.bytes, { replace: args.overwrite }).catch((error: unknown) => {
      if (error instanceof TargetExistsError) throw new RollForwardError(`--out: ${error.message}`, 2);
      throw error;
    });
    if (counted) for (const line of summaryLines(counted)) console.log(line);
    for (const line of reportLines(summarise(made.next), from)) console.log(line);
    if (made.model.sheets.some((s) => s.charts.length > 0)) {
      console.log(
        "Charts are not included: this file format writer cannot make them (the figures behind them are there, with in-cell bars on the History sheet).",
      );
    }
    console.log(`Wrote ${args.out} (${made.model.sheets.map((s) => s.name).join(", ")}).`);
    return 0;
  } catch (error) {
    const message =
      error instanceof RollForwardError
        ? error.message
        : `Could not start next year's plan: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`make-plan: ${visibleText(message.replace(/\s*\n\s*/g, " "))}\n`);
    return error instanceof RollForwardError ? error.exitCode : 1;
  }
}
