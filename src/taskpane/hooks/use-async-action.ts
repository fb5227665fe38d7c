/** The shape every user action shares: `{ status, error, data, run }` around one service call. */
import { useCallback, useEffect, useRef, useState } from "react";

export type ActionStatus = "idle" | "pending" | "success" | "error";

export interface AsyncAction<A extends unknown[], R> {
  readonly status: ActionStatus;
  /** The message to show when the call failed; null otherwise. */
  readonly error: string | null;
  readonly data: R | null;
  /** Runs the call; a second run while one is pending is ignored, so a double click writes once. */
  readonly run: (...args: A) => Promise<void>;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  if (typeof err === "string" && err) return err;
  return "Something went wrong. Please try again.";
}

export function useAsyncAction<A extends unknown[], R>(call: (...args: A) => Promise<R>): AsyncAction<A, R> {
  const [state, setState] = useState<{ status: ActionStatus; error: string | null; data: R | null }>({
    status: "idle",
    error: null,
    data: null,
  });
  const pending = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (...args: A) => {
      if (pending.current) return;
      pending.current = true;
      setState((s) => ({ ...s, status: "pending", error: null }));
      try {
        const data = await call(...args);
        if (mounted.current) setState({ status: "success", error: null, data });
      } catch (err) {
        // Errors are handled here, once, at the edge: the pane shows the message.
        if (mounted.current) setState({ status: "error", error: errorMessage(err), data: null });
      } finally {
        pending.current = false;
      }
    },
    [call],
  );

  return { ...state, run };
}
