/**
 * The shapes "Analyse data" passes between the pane and its services. Type-only re-exports: the pane
 * bundle takes no office.js code from here.
 */
export type { AnalyseRequest, AnalyseResult } from "../excel/analyse-data";
export type { DataSources, SourceRef } from "../excel/data-sources";

/** Rows done and rows in all, as counting reports them. */
export type ProgressCallback = (done: number, total: number) => void;
