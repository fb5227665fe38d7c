/** Asks once where the pane runs, so the form can offer "Create plan" or the .xlsx download. */
import { useEffect, useState } from "react";
import { useServices } from "../services-context";
import type { HostStatus } from "../services";
import { errorMessage } from "./use-async-action";

export interface HostStatusState {
  readonly status: "pending" | "success" | "error";
  readonly error: string | null;
  readonly host: HostStatus | null;
}

export function useHostStatus(): HostStatusState {
  const services = useServices();
  const [state, setState] = useState<HostStatusState>({ status: "pending", error: null, host: null });
  useEffect(() => {
    let live = true;
    services.getHostStatus().then(
      (host) => live && setState({ status: "success", error: null, host }),
      (err: unknown) => live && setState({ status: "error", error: errorMessage(err), host: null }),
    );
    return () => {
      live = false;
    };
  }, [services]);
  return state;
}
