/** The sample trust's independently computed answers (`/work/shared/data/sample-trust/expected.json`). */
import * as fs from "node:fs";
import * as path from "node:path";

type Groups = { White: number; BME: number; Unknown: number };

export interface SampleTrust {
  counts: Record<
    | "headcount"
    | "training"
    | "disciplinary"
    | "prev_headcount"
    | "prev_disciplinary"
    | "shortlisted"
    | "appointed"
    | "board"
    | "board_voting"
    | "board_executive",
    Groups
  >;
  indicators: Record<string, number>;
  indicators_exact: Record<string, string>;
}

export const sampleTrust: SampleTrust = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../shared/data/sample-trust/expected.json"), "utf8"),
) as SampleTrust;

export const total = (g: Groups): number => g.White + g.BME + g.Unknown;

/** "1216125/841352" → the double nearest that fraction (one correctly rounded division). */
export function fraction(text: string): number {
  const [num, den] = text.split("/").map(Number);
  return num / den;
}
