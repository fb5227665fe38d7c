/** Where the pane is running: inside Excel (and which requirement sets it lacks) or in a plain browser. */
import { checkRequirements, type SetChecker } from "./requirements";

export interface HostStatus {
  /** True when running inside Excel (Office.onReady gave host Excel). */
  readonly inExcel: boolean;
  /** Requirement sets this Excel lacks for writing the plan, e.g. ["ExcelApi 1.9"]; empty when all is well. */
  readonly missingRequirementSets: readonly string[];
}

export async function getHostStatus(isSetSupported?: SetChecker): Promise<HostStatus> {
  // Without office.js loaded at all (tests, a plain page) there is no host to wait for.
  if (typeof Office === "undefined") return { inExcel: false, missingRequirementSets: [] };
  // Outside Office, onReady still resolves, with host null.
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return { inExcel, missingRequirementSets: inExcel ? checkRequirements(isSetSupported).missing : [] };
}
