/** Writes a complete WRES.* call (a function's worked example) into the active cell. */
import { useCallback } from "react";
import { useServices } from "../services-context";
import { useAsyncAction, type AsyncAction } from "./use-async-action";

export function useInsertFormula(): AsyncAction<[string], void> {
  const services = useServices();
  const call = useCallback((formula: string) => services.insertFormula(formula), [services]);
  return useAsyncAction(call);
}
