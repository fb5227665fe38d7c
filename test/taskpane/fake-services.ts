/** Fake PlanServices for pane tests: every method a jest.fn, host status chosen per test. */
import type { PlanOptions } from "../../src/plan/options";
import type {
  CreatedPlan,
  HostStatus,
  NextYearCreated,
  NextYearDownloaded,
  PlanServices,
} from "../../src/taskpane/services";
import type { Standard } from "../../src/wres/indicators";
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

const NEXT_YEAR = {
  fromSheet: "WRES plan 2025-26",
  fromPeriod: "2025-26",
  period: "2026-27",
  carried: 7,
  delivered: 2,
  previousInputs: 29,
  historyYears: ["2025-26"],
  notes: [],
};

export const NEXT_YEAR_CREATED: NextYearCreated = {
  ...NEXT_YEAR,
  sheets: [
    { id: "plan", name: "WRES plan 2026-27" },
    { id: "data", name: "WRES data 2026-27" },
    { id: "delivered", name: "WRES delivered 2025-26" },
    { id: "history", name: "WRES history to 2025-26" },
  ],
};

export const NEXT_YEAR_DOWNLOADED: NextYearDownloaded = {
  ...NEXT_YEAR,
  fileName: "WRES action plan 2026-27.xlsx",
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
    // No plan in the workbook unless a test says so, so the next-year offer stays hidden.
    findPlans: jest.fn(() => Promise.resolve([])),
    startNextYear: jest.fn((_standard: Standard) => Promise.resolve(NEXT_YEAR_CREATED)),
    downloadNextYear: jest.fn((_file: Uint8Array) => Promise.resolve(NEXT_YEAR_DOWNLOADED)),
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
