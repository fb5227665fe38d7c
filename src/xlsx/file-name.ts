/** The name a downloaded plan is saved under, e.g. "WRES action plan 2025-26.xlsx". */
import type { PlanOptions } from "../plan/options";

/** Characters Windows, macOS or a browser refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|]/;

const safeChar = (ch: string): string =>
  UNSAFE.test(ch) || ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? "-" : ch;

export function planFileName(options: Pick<PlanOptions, "standard" | "period">): string {
  const base = [...`${options.standard} action plan ${options.period}`]
    .map(safeChar)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return `${base.slice(0, 120) || "Action plan"}.xlsx`;
}
