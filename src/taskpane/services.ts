/**
 * What the pane can ask for. The pane only ever calls these; the Excel implementation lives in
 * `src/excel/`, the download implementation in `src/xlsx/`, and tests pass fakes.
 */
import type { HostStatus } from "../excel/host";
import type { PlanOptions } from "../plan/options";
import type { PlanFound } from "../plan/read-plan";
import type { NextYearSummary } from "../plan/roll-forward";
import type { Standard } from "../wres/indicators";
import type { AnalyseRequest, AnalyseResult, DataSources, ProgressCallback } from "./analyse-types";

export type { HostStatus } from "../excel/host";
export type { PlanFound } from "../plan/read-plan";
export type { NextYearSummary } from "../plan/roll-forward";

interface CreatedSheet {
  readonly id: string;
  readonly name: string;
}

export interface CreatedPlan {
  readonly sheets: readonly CreatedSheet[];
  /**
   * Features this Excel could not take, for the pane to list: named LAMBDA formulas on an Excel without LAMBDA
   * (NO_LAMBDA_NOTE), or fit-to-pages printing Excel did not keep (fitNote), both in apply-workbook.ts.
   */
  readonly skippedFeatures?: readonly string[];
}

/** Next year's plan written into the open workbook. */
export interface NextYearCreated extends NextYearSummary {
  readonly sheets: readonly CreatedSheet[];
  readonly skippedFeatures?: readonly string[];
}

/** Next year's plan built from an uploaded workbook and saved as a file. */
export interface NextYearDownloaded extends NextYearSummary {
  readonly fileName: string;
}

export interface PlanServices {
  getHostStatus(): Promise<HostStatus>;
  /** Writes the plan (and data sheet) into the open workbook. Never overwrites: taken names get a suffix. */
  createPlan(options: PlanOptions): Promise<CreatedPlan>;
  activateSheet(name: string): Promise<void>;
  /** Writes a formula such as "=WRES.APPOINTMENT_RL(" into the active cell. */
  insertFormula(formula: string): Promise<void>;
  /** The plans in the open workbook that next year's plan can start from (one sync). */
  findPlans(): Promise<readonly PlanFound[]>;
  /** Writes next year's sheets beside last year's plan, which is left as it is (three syncs). */
  startNextYear(standard: Standard): Promise<NextYearCreated>;
  /** Reads last year's saved workbook in the browser and offers next year's plan for download. */
  downloadNextYear(file: Uint8Array): Promise<NextYearDownloaded>;
  /** Builds the same workbook as an .xlsx in the browser and offers it for download. */
  downloadWorkbook(options: PlanOptions): Promise<{ readonly fileName: string }>;
  /** Tables, the selection and sheet names, plus the used range of each sheet named (one sync). */
  listDataSources(usedRangeOf: readonly string[]): Promise<DataSources>;
  /** Counts the chosen extracts and fills the data sheet and analysis sheets (two syncs). */
  analyseData(request: AnalyseRequest, onProgress: ProgressCallback): Promise<AnalyseResult>;
  /** Recounts the last analysis remembered in this workbook, e.g. after an extract was replaced. */
  refreshAnalysis(onProgress: ProgressCallback): Promise<AnalyseResult>;
  /** The last analysis remembered in this workbook's settings, or null. */
  lastAnalysis(): Promise<AnalyseRequest | null>;
}
