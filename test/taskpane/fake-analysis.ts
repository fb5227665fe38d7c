/** Defaults for the "Analyse data" services in pane tests: a workbook with no extracts, nothing analysed. */
import type { AnalyseResult, DataSources } from "../../src/taskpane/analyse-types";

export const NO_SOURCES: DataSources = { tables: [], sheets: ["Sheet1"], usedRanges: [] };

export const EMPTY_RESULT: AnalyseResult = {
  dataSheet: "WRES data 2025-26",
  counts: {},
  rows: {},
  columns: {},
  inputsWritten: 0,
  quality: { extracts: [] },
  rowsWithProblems: 0,
  sheetsWritten: [],
  notes: [],
  skippedFeatures: [],
  engineMs: 0,
};
