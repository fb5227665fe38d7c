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

/** expected.json's count names → the data sheet's input measures (`indicator-inputs.ts`). */
export const SAMPLE_COUNT_KEYS: Readonly<Record<string, string>> = {
  headcount: "headcount",
  training: "training",
  disciplinary: "disciplinary",
  prev_headcount: "prev.headcount",
  prev_disciplinary: "prev.disciplinary",
  shortlisted: "shortlisted",
  appointed: "appointed",
  board_voting: "board.voting",
  board_executive: "board.executive",
};

/** The sample trust's counts as data-sheet inputs ("headcount.white" → 3422 …). */
export function sampleInputs(): Record<string, number> {
  const inputs: Record<string, number> = {};
  for (const [name, measure] of Object.entries(SAMPLE_COUNT_KEYS)) {
    const c = sampleTrust.counts[name as keyof SampleTrust["counts"]];
    inputs[`${measure}.white`] = c.White;
    inputs[`${measure}.bme`] = c.BME;
    inputs[`${measure}.unknown`] = c.Unknown;
  }
  return inputs;
}

export interface SampleBand {
  readonly band: string;
  readonly White: number;
  readonly BME: number;
  readonly Unknown: number;
  readonly total: number;
  readonly bme_share: number;
  readonly gap_vs_overall: number;
}

/** expected.json's all-staff band table. */
export const sampleBands = (): readonly SampleBand[] =>
  (sampleTrust as unknown as { band_table: SampleBand[] }).band_table;
