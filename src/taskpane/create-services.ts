/**
 * The real PlanServices: Excel actions from src/excel/, the .xlsx download from src/xlsx/. The pane only ever
 * sees the interface; this file is the one place that knows where each service lives.
 */
import { analyseData, lastAnalysis, refreshAnalysis } from "../excel/analyse-data";
import { listDataSources } from "../excel/data-sources";
import { activateSheet, createPlanInExcel, insertFormula } from "../excel/excel-services";
import { getHostStatus } from "../excel/host";
import { withOfficeErrors } from "../excel/office-errors";
import { findPlansInExcel, startNextYearInExcel } from "../excel/roll-forward";
import { downloadNextYear } from "../xlsx/next-year-download";
import { downloadWorkbook } from "../xlsx/download";
import type { PlanServices } from "./services";

export function createServices(): PlanServices {
  return {
    getHostStatus: () => getHostStatus(),
    createPlan: async (options) => {
      const created = await createPlanInExcel(options);
      return { sheets: created.sheets, skippedFeatures: created.skippedFeatures };
    },
    activateSheet: (name) => activateSheet(name),
    insertFormula: (formula) => insertFormula(formula),
    downloadWorkbook: (options) => downloadWorkbook(options),
    findPlans: () => withOfficeErrors("Could not look for a plan.", () => findPlansInExcel()),
    startNextYear: (standard) =>
      withOfficeErrors("Could not start next year's plan.", () => startNextYearInExcel({ standard })),
    downloadNextYear: (file) => downloadNextYear(file),
    listDataSources: (usedRangeOf) => listDataSources(usedRangeOf),
    analyseData: (request, onProgress) => analyseData(request, { onProgress }),
    refreshAnalysis: (onProgress) => refreshAnalysis({ onProgress }),
    lastAnalysis: () => Promise.resolve(lastAnalysis() ?? null),
  };
}
