/** Builds the plan as an .xlsx and offers it for download, for use outside Excel or on an older Excel. */
import { useCallback } from "react";
import type { PlanOptions } from "../../plan/options";
import { useServices } from "../services-context";
import { useAsyncAction, type AsyncAction } from "./use-async-action";

export function useDownloadWorkbook(): AsyncAction<[PlanOptions], { readonly fileName: string }> {
  const services = useServices();
  const call = useCallback((options: PlanOptions) => services.downloadWorkbook(options), [services]);
  return useAsyncAction(call);
}
