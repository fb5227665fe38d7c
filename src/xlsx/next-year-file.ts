/**
 * Next year's plan from a saved workbook, outside Excel (the make-plan command and the pane's upload): read
 * the file with ExcelJS, roll the plan forward with the same pure code as inside Excel, write a new .xlsx.
 *
 * The new file holds next year's sheets only (plan, data, Delivered, History); last year's file is never
 * written to and stays the record of last year. Copying last year's sheets into the new file through ExcelJS
 * would not keep them as they were: it drops charts and rewrites formulas and names it cannot model.
 */
import { startNextYear, type NextYear, type NextYearChoices } from "../plan/roll-forward";
import type { WorkbookModel } from "../plan/sheet-model";
import type { Standard } from "../wres/indicators";
import { planFileName } from "./file-name";
import { readWorkbookSnapshot } from "./read-workbook";
import { writeXlsx } from "./write-xlsx";

interface NextYearFileRequest extends NextYearChoices {
  readonly standard?: Standard;
  /** Adds sheets to the model before it is written (make-plan's analysis sheets from extracts). */
  readonly extend?: (next: NextYear) => WorkbookModel;
}

type NextYearFile =
  | {
      readonly ok: true;
      readonly next: NextYear;
      readonly model: WorkbookModel;
      readonly bytes: Uint8Array;
      /** E.g. "WRES action plan 2026-27.xlsx". */
      readonly fileName: string;
    }
  | { readonly ok: false; readonly message: string };

export async function nextYearFile(
  bytes: Uint8Array,
  request: NextYearFileRequest = {},
): Promise<NextYearFile> {
  const snapshot = await readWorkbookSnapshot(bytes);
  const result = startNextYear(snapshot, request);
  if (!result.ok) return result;
  const next = result.value;
  const model = request.extend ? request.extend(next) : next.model;
  return { ok: true, next, model, bytes: await writeXlsx(model), fileName: planFileName(next.options) };
}
