/**
 * "Start next year's plan": inside Excel, looks once for a plan in the open workbook and starts next year's
 * from it; outside Excel, reads the workbook the user picks and downloads next year's plan built from it.
 */
import { useCallback, useEffect, useState } from "react";
import type { Standard } from "../../wres/indicators";
import { useServices } from "../services-context";
import type { NextYearCreated, NextYearDownloaded, PlanFound } from "../services";
import { errorMessage, useAsyncAction, type AsyncAction } from "./use-async-action";

export interface NextYearState {
  /** The plans found in the open workbook; null while looking, outside Excel, or when looking failed. */
  readonly plans: readonly PlanFound[] | null;
  readonly lookError: string | null;
  readonly start: AsyncAction<[Standard], NextYearCreated>;
  readonly download: AsyncAction<[Blob], NextYearDownloaded>;
}

/** The bytes of a picked file (FileReader, which every browser the pane runs in has). */
function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error("The file could not be read. Try choosing it again."));
    reader.readAsArrayBuffer(file);
  });
}

export function useNextYear(inExcel: boolean): NextYearState {
  const services = useServices();
  const [found, setFound] = useState<{ plans: readonly PlanFound[] | null; error: string | null }>({
    plans: null,
    error: null,
  });
  // Looked for again after each start, so the offer names the plan the workbook now ends with.
  const [looks, setLooks] = useState(0);
  useEffect(() => {
    if (!inExcel) return;
    let live = true;
    services.findPlans().then(
      (plans) => live && setFound({ plans, error: null }),
      (err: unknown) => live && setFound({ plans: null, error: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [services, inExcel, looks]);

  const start = useAsyncAction(
    useCallback(
      async (standard: Standard) => {
        const created = await services.startNextYear(standard);
        setLooks((n) => n + 1);
        return created;
      },
      [services],
    ),
  );
  const download = useAsyncAction(
    useCallback(async (file: Blob) => services.downloadNextYear(await readFileBytes(file)), [services]),
  );
  return { plans: inExcel ? found.plans : null, lookError: found.error, start, download };
}
