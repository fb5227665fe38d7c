/**
 * A stand-in for Excel's `CustomFunctions` global, so custom functions and `dist/functions.js` run in Node:
 * `Error` (with `code` and `message`), `ErrorCode`, and `associate` recording each registration.
 */

export const registered = new Map<string, (...args: unknown[]) => unknown>();

class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Defines `globalThis.CustomFunctions` (idempotent) and returns it. */
export function installCustomFunctionsStub(): typeof CustomFunctions {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) {
    g.CustomFunctions = {
      Error: CustomFunctionsError,
      ErrorCode,
      associate(
        id: string | Record<string, (...args: unknown[]) => unknown>,
        fn?: (...args: unknown[]) => unknown,
      ) {
        if (typeof id === "string") {
          if (fn) registered.set(id.toUpperCase(), fn);
        } else {
          for (const [k, f] of Object.entries(id)) registered.set(k.toUpperCase(), f);
        }
      },
    };
  }
  return g.CustomFunctions as typeof CustomFunctions;
}
