/**
 * Installs the stand-in for Excel's `CustomFunctions` global (scripts/load-functions.js, the same stub the
 * bench and the bundle tests use), so the custom functions run in Node. Like Excel it keeps a message only
 * with #VALUE! and #N/A and drops it for #DIV/0! and #NUM!
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 */
import { makeCustomFunctionsStub } from "../../scripts/load-functions";

const stub = makeCustomFunctionsStub();

/** Defines `globalThis.CustomFunctions` (idempotent) and returns it. */
export function installCustomFunctionsStub(): typeof CustomFunctions {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) g.CustomFunctions = stub.CustomFunctions;
  return g.CustomFunctions as typeof CustomFunctions;
}
