/** Brings a created sheet to the front. */
import { useCallback } from "react";
import { useServices } from "../services-context";
import { useAsyncAction, type AsyncAction } from "./use-async-action";

export function useActivateSheet(): AsyncAction<[string], void> {
  const services = useServices();
  const call = useCallback((name: string) => services.activateSheet(name), [services]);
  return useAsyncAction(call);
}
