/** Test helper: applies a model with `applyWorkbook` to a fresh fake Excel installed as the globals. */
import { applyWorkbook } from "../../src/excel/apply-workbook";
import type { WorkbookModel } from "../../src/plan/sheet-model";
import { FakeOffice, type FakeOptions, type FakeWorkbookState } from "./fake-excel";

export async function applyToFake(
  model: WorkbookModel,
  fake: FakeOptions = {},
  activateSheetId?: string,
): Promise<{ state: FakeWorkbookState; report: Awaited<ReturnType<typeof applyWorkbook>> }> {
  const office = new FakeOffice(fake);
  const remove = office.install();
  try {
    const report = await applyWorkbook(model, activateSheetId === undefined ? {} : { activateSheetId });
    return { state: office.state, report };
  } finally {
    remove();
  }
}
