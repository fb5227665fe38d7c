/**
 * The pane's "Download .xlsx": builds the plan in the browser and hands it to the user as a file, with no
 * network. ExcelJS is loaded only here, through a dynamic import, so webpack puts it in its own chunk and the
 * pane does not pay for it until someone downloads.
 */
import { buildWorkbook } from "../plan/build-workbook";
import { planOptionsSchema, type PlanOptions } from "../plan/options";
import type { IndicatorInputs } from "../wres/indicator-inputs";
import { planFileName } from "./file-name";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Browser pieces, injectable for tests. */
export interface DownloadEnvironment {
  readonly document: Document;
  readonly createObjectURL: (blob: Blob) => string;
  readonly revokeObjectURL: (url: string) => void;
}

const browser = (): DownloadEnvironment => ({
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
});

/** Builds the workbook bytes for validated options. */
async function workbookBytes(options: PlanOptions, inputs?: IndicatorInputs): Promise<Uint8Array> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "./write-xlsx");
  return writeXlsx(buildWorkbook(options, inputs));
}

export async function downloadWorkbook(
  options: PlanOptions,
  inputs?: IndicatorInputs,
  env: DownloadEnvironment = browser(),
): Promise<{ readonly fileName: string }> {
  const parsed = planOptionsSchema.safeParse(options);
  // The pane validates first; this guards other callers. The message is the schema's British-English text.
  if (!parsed.success) throw new Error(parsed.error.issues[0].message);
  const bytes = await workbookBytes(parsed.data, inputs);
  const fileName = planFileName(parsed.data);
  offerDownload(bytes, fileName, env);
  return { fileName };
}

/** Hands `bytes` to the browser as a file called `fileName`, with no network. */
export function offerDownload(
  bytes: Uint8Array,
  fileName: string,
  env: DownloadEnvironment = browser(),
): void {
  const url = env.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const link = env.document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  env.document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => env.revokeObjectURL(url), 30_000);
  }
}
