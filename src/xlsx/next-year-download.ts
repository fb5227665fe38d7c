/**
 * The pane's "Start next year's plan" outside Excel: the user picks last year's saved workbook, the browser
 * reads it, rolls the plan forward and offers next year's workbook for download. Nothing leaves the
 * computer. ExcelJS loads only here, through a dynamic import, as for the ordinary download.
 */
import { summarise, type NextYearSummary } from "../plan/roll-forward";
import type { Standard } from "../wres/indicators";
import { offerDownload, type DownloadEnvironment } from "./download";

/** Larger files are refused before reading: a plan workbook is well under a megabyte. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

interface NextYearDownload extends NextYearSummary {
  readonly fileName: string;
}

export async function downloadNextYear(
  file: Uint8Array,
  request: { readonly standard?: Standard } = {},
  env?: DownloadEnvironment,
): Promise<NextYearDownload> {
  if (file.byteLength > MAX_UPLOAD_BYTES) {
    throw new Error("This file is larger than 50 MB, too large to be last year's plan workbook.");
  }
  const { nextYearFile } = await import(/* webpackChunkName: "xlsx-writer" */ "./next-year-file");
  const made = await nextYearFile(file, request);
  if (!made.ok) throw new Error(made.message);
  offerDownload(made.bytes, made.fileName, env);
  return { ...summarise(made.next), fileName: made.fileName };
}
