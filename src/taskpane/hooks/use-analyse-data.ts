/** Runs "Analyse" or "Refresh" through the services, once per click, with the counting progress. */
import { useCallback, useState } from "react";
import type { AnalyseRequest, AnalyseResult } from "../analyse-types";
import { useServices } from "../services-context";
import { useAsyncAction, type ActionStatus } from "./use-async-action";

interface AnalyseProgress {
  readonly done: number;
  readonly total: number;
}

export interface AnalyseAction {
  readonly status: ActionStatus;
  readonly error: string | null;
  readonly result: AnalyseResult | null;
  /** Null before counting starts. */
  readonly progress: AnalyseProgress | null;
  /** A request analyses those sources; "refresh" recounts the last analysis remembered in the workbook. */
  readonly run: (what: AnalyseRequest | "refresh") => Promise<void>;
}

export function useAnalyseData(): AnalyseAction {
  const services = useServices();
  const [progress, setProgress] = useState<AnalyseProgress | null>(null);
  const call = useCallback(
    (what: AnalyseRequest | "refresh") => {
      setProgress(null);
      const onProgress = (done: number, total: number) => setProgress({ done, total });
      return what === "refresh"
        ? services.refreshAnalysis(onProgress)
        : services.analyseData(what, onProgress);
    },
    [services],
  );
  const action = useAsyncAction(call);
  return { status: action.status, error: action.error, result: action.data, progress, run: action.run };
}
