/** Writes the plan into the open workbook through services.createPlan. */
import { useCallback } from "react";
import type { PlanOptions } from "../../plan/options";
import { useServices } from "../services-context";
import type { CreatedPlan } from "../services";
import { useAsyncAction, type AsyncAction } from "./use-async-action";

export function useCreatePlan(): AsyncAction<[PlanOptions], CreatedPlan> {
  const services = useServices();
  const call = useCallback((options: PlanOptions) => services.createPlan(options), [services]);
  return useAsyncAction(call);
}
