/** Reads the CSV extracts named on the command line and counts them with the engine. */
import { readFile } from "node:fs/promises";
import type { MakePlanArgs } from "./args";
import { FILE_FLAGS } from "./args";
import type { ExtractKind } from "../wres/column-match";
import { parseCsv, type CsvTable } from "../wres/csv";
import { countExtracts, type ExtractCounts, type Extracts } from "../wres/extract-counts";
import { problemMessage } from "../wres/messages";

export type ReadResult =
  | { readonly ok: true; readonly value: ExtractCounts | undefined }
  | { readonly ok: false; readonly message: string };

const EXTRACT_KEYS: Readonly<Record<ExtractKind, keyof Extracts>> = {
  staff: "staff",
  "staff-previous": "staffPrevious",
  applications: "applications",
  board: "board",
};

function fileError(flag: string, file: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a folder"
        : code === "EACCES"
          ? "permission denied"
          : String(error);
  return `--${flag}: cannot read "${file}": ${why}.`;
}

/** Undefined value when no extract was given: the plan is then made with blank input cells. */
export async function readExtracts(
  args: MakePlanArgs,
  onProgress: (done: number, total: number) => void,
): Promise<ReadResult> {
  const extracts: { -readonly [K in keyof Extracts]?: CsvTable } = {};
  let any = false;
  for (const kind of Object.keys(FILE_FLAGS) as ExtractKind[]) {
    const flag = FILE_FLAGS[kind];
    const file = args[flag as keyof MakePlanArgs] as string | undefined;
    if (file === undefined) continue;
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      return { ok: false, message: fileError(flag, file, error) };
    }
    const table = parseCsv(text);
    if (!table.ok) return { ok: false, message: `--${flag} "${file}": ${problemMessage(table.problem)}` };
    extracts[EXTRACT_KEYS[kind]] = table.value;
    any = true;
  }
  if (!any) return { ok: true, value: undefined };
  const counted = countExtracts(extracts, { columns: args.columns, onProgress });
  if (!counted.ok) return { ok: false, message: problemMessage(counted.problem) };
  return { ok: true, value: counted.value };
}
