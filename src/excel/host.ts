/** Where the pane is running: inside Excel (and which requirement sets it lacks) or in a plain browser. */
import { checkRequirements, type SetChecker } from "./requirements";

/** Same shape as `HostStatus` in src/taskpane/services.ts (excel/ may not import the pane). */
export interface ExcelHostStatus {
  readonly inExcel: boolean;
  readonly missingRequirementSets: readonly string[];
}

export async function getHostStatus(isSetSupported?: SetChecker): Promise<ExcelHostStatus> {
  // Without office.js loaded at all (tests, a plain page) there is no host to wait for.
  if (typeof Office === "undefined") return { inExcel: false, missingRequirementSets: [] };
  // Outside Office, onReady still resolves, with host null.
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return { inExcel, missingRequirementSets: inExcel ? checkRequirements(isSetSupported).missing : [] };
}
