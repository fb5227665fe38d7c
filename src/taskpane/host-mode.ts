/** Decides what the primary button does: write into Excel, or build an .xlsx to download. */
import type { HostStatus } from "./services";

export type PlanTarget =
  | { readonly mode: "checking" }
  | { readonly mode: "excel" }
  | { readonly mode: "download"; readonly reason: string };

export function planTarget(host: HostStatus | null, checking: boolean): PlanTarget {
  if (checking) return { mode: "checking" };
  if (!host)
    return {
      mode: "download",
      reason: "Excel could not be reached, so the plan is offered as a file instead.",
    };
  if (!host.inExcel)
    return {
      mode: "download",
      reason: "This page is not running inside Excel, so the plan is offered as a file to open in Excel.",
    };
  if (host.missingRequirementSets.length > 0) {
    const sets = host.missingRequirementSets.join(", ");
    return {
      mode: "download",
      reason: `This version of Excel lacks ${sets}, which writing the plan needs, so the plan is offered as a file instead.`,
    };
  }
  return { mode: "excel" };
}
