/** Fake PlanServices for pane tests: every method a jest.fn, host status chosen per test. */
import type { PlanOptions } from "../../src/plan/options";
import type { CreatedPlan, HostStatus, PlanServices } from "../../src/taskpane/services";
import type { AnalyseRequest, ProgressCallback } from "../../src/taskpane/analyse-types";
import { EMPTY_RESULT, NO_SOURCES } from "./fake-analysis";

export const IN_EXCEL: HostStatus = { inExcel: true, missingRequirementSets: [] };
export const OUTSIDE_EXCEL: HostStatus = { inExcel: false, missingRequirementSets: [] };

export const CREATED: CreatedPlan = {
  sheets: [
    { id: "plan", name: "WRES Action Plan" },
    { id: "data", name: "WRES Data (2)" },
  ],
};

export type FakeServices = {
  [K in keyof PlanServices]: jest.Mock<ReturnType<PlanServices[K]>, Parameters<PlanServices[K]>>;
};

export function fakeServices(host: HostStatus = IN_EXCEL): FakeServices {
  return {
    getHostStatus: jest.fn(() => Promise.resolve(host)),
    createPlan: jest.fn((_options: PlanOptions) => Promise.resolve(CREATED)),
    activateSheet: jest.fn((_name: string) => Promise.resolve()),
    insertFormula: jest.fn((_formula: string) => Promise.resolve()),
    downloadWorkbook: jest.fn((_options: PlanOptions) =>
      Promise.resolve({ fileName: "WRES action plan 2025-26.xlsx" }),
    ),
    listDataSources: jest.fn((_usedRangeOf: readonly string[]) => Promise.resolve(NO_SOURCES)),
    analyseData: jest.fn((_request: AnalyseRequest, _onProgress: ProgressCallback) =>
      Promise.resolve(EMPTY_RESULT),
    ),
    refreshAnalysis: jest.fn((_onProgress: ProgressCallback) => Promise.resolve(EMPTY_RESULT)),
    lastAnalysis: jest.fn(() => Promise.resolve(null)),
  };
}

/** A promise the test settles by hand, to look at the pane while a call is pending. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
