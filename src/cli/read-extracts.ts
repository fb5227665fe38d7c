/**
 * Streams the CSV extracts named on the command line through the shared counter, one record at a time, so
 * memory stays flat however large the files. Every failure is one sentence naming the option, the file and
 * the fix.
 */
import { stat } from "node:fs/promises";
import type { MakePlanArgs } from "./args";
import { describeFormat, readCsv } from "./read-csv";
import type { Problem } from "../wres/issues";
import { ExtractCount, combineCounts, type ExtractCounts, type ExtractResult } from "../wres/extract-counts";
import { KINDS, fieldFlagName, kindOf, type ExtractField, type ExtractKind } from "../wres/extract-kinds";
import { problemMessage } from "../wres/messages";

type ReadResult =
  | { readonly ok: true; readonly value: ExtractCounts | undefined }
  | { readonly ok: false; readonly message: string };

/** Bytes read of all files, bytes in all, and rows read so far. */
type ProgressCallback = (bytes: number, totalBytes: number, rows: number) => void;

/** "--staff: cannot read \"x.csv\": no such file." */
export function fileError(flag: string, file: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a folder"
        : code === "EACCES"
          ? "permission denied"
          : error instanceof Error
            ? error.message
            : String(error);
  return `--${flag}: cannot read "${file}": ${why}.`;
}

/** The engine's problem, plus how to choose the column on the command line. */
function columnMessage(kind: ExtractKind, problem: Problem): string {
  const field = problem.argument as ExtractField | undefined;
  const flag = `--map-${kindOf(kind).flag}`;
  const first = Number(problem.detail?.first ?? 0);
  const hint =
    field === undefined
      ? ""
      : problem.code === "duplicate_column" && first > 0
        ? ` For example ${flag} ${fieldFlagName(field)}=#${first}.`
        : problem.code === "missing_column" ||
            problem.code === "wrong_column" ||
            problem.code === "column_reused"
          ? ` Use ${flag} ${fieldFlagName(field)}="Header" or ${fieldFlagName(field)}=#N.`
          : "";
  return `${problemMessage(problem)}${hint}`;
}

/** Undefined value when no extract was given: the plan is then made with blank input cells. */
export async function readExtracts(args: MakePlanArgs, onProgress?: ProgressCallback): Promise<ReadResult> {
  const given = KINDS.filter((k) => args.files[k] !== undefined);
  if (given.length === 0) return { ok: true, value: undefined };
  let totalBytes = 0;
  for (const kind of given) {
    const file = args.files[kind] as string;
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
      totalBytes += info.size;
    } catch (error) {
      return { ok: false, message: fileError(kindOf(kind).flag, file, error) };
    }
  }
  const results: ExtractResult[] = [];
  let bytesBefore = 0;
  let rows = 0;
  for (const kind of given) {
    const file = args.files[kind] as string;
    const flag = kindOf(kind).flag;
    let count: ExtractCount | undefined;
    onProgress?.(bytesBefore, totalBytes, rows);
    let outcome;
    try {
      outcome = await readCsv(file, {
        header: (cells, format) => {
          const started = ExtractCount.start(kind, cells, args.columns[kind]);
          // How the file was read, in case the header was split wrongly (a separator or encoding not guessed).
          if (!started.ok)
            return `${columnMessage(kind, started.problem)} (Read as ${describeFormat(format)}.)`;
          count = started.value;
          return undefined;
        },
        row: (cells, line) => {
          count?.add(cells, line);
          rows++;
        },
        progress: (bytes) => onProgress?.(bytesBefore + bytes, totalBytes, rows),
      });
    } catch (error) {
      return { ok: false, message: fileError(flag, file, error) };
    }
    if (!outcome.ok) return { ok: false, message: `--${flag} "${file}": ${outcome.message}` };
    bytesBefore += outcome.bytes;
    const done = (count as ExtractCount | undefined)?.finish();
    if (!done) return { ok: false, message: `--${flag} "${file}": the file has no header row` };
    if (!done.ok) return { ok: false, message: `--${flag} "${file}": ${columnMessage(kind, done.problem)}` };
    results.push(done.value);
  }
  onProgress?.(totalBytes, totalBytes, rows);
  return { ok: true, value: combineCounts(results) };
}
