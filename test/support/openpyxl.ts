/**
 * Opens .xlsx files with openpyxl in Debian's Python (`/usr/bin/python3`, package python3-openpyxl), the way
 * a Python user would: a full load (what a script editing the workbook does, and where openpyxl checks each
 * attribute against the schema's value lists) and a read-only, values-only pass over every row (what
 * `pandas.read_excel` does). One Python process for all files.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const DEBIAN_PYTHON = "/usr/bin/python3";

export interface OpenpyxlResult {
  readonly file: string;
  /** Sheet names in workbook order, or undefined when openpyxl could not open the file. */
  readonly sheets?: readonly string[];
  /** Rows read in the read-only pass, per sheet. */
  readonly rows?: Readonly<Record<string, number>>;
  readonly error?: string;
  /** Warnings openpyxl raised while reading (e.g. about parts it ignores). */
  readonly warnings: readonly string[];
}

const SCRIPT = String.raw`
import json, sys, warnings
import openpyxl

for path in sys.argv[1:]:
    result = {"file": path, "warnings": []}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            book = openpyxl.load_workbook(path)
            result["sheets"] = book.sheetnames
            book.close()
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            result["rows"] = {ws.title: sum(1 for _ in ws.iter_rows(values_only=True)) for ws in book.worksheets}
            book.close()
        except Exception as error:
            result.pop("sheets", None)
            result["error"] = type(error).__name__ + ": " + str(error)
        result["warnings"] = [str(w.message) for w in caught if not issubclass(w.category, ResourceWarning)]
    print(json.dumps(result))
`;

export function openpyxlAvailable(): boolean {
  return existsSync(DEBIAN_PYTHON) && spawnSync(DEBIAN_PYTHON, ["-c", "import openpyxl"]).status === 0;
}

export function openWithOpenpyxl(files: readonly string[]): OpenpyxlResult[] {
  const run = spawnSync(DEBIAN_PYTHON, ["-c", SCRIPT, ...files], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`openpyxl run failed: ${run.stderr || run.error?.message}`);
  return run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as OpenpyxlResult);
}
