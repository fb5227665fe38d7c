import {
  activateSheet,
  createPlanInExcel,
  insertFormula,
  isCompleteCall,
} from "../../src/excel/excel-services";
import { getHostStatus } from "../../src/excel/host";
import { ExcelServiceError, IncompleteWriteError, withOfficeErrors } from "../../src/excel/office-errors";
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "../../src/plan/options";
import { FakeOffice, FakeOfficeError, SheetState, type FakeOptions } from "./fake-excel";

const OPTIONS: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, organisation: "Example NHS Trust" };

async function withFake<T>(options: FakeOptions, work: (office: FakeOffice) => Promise<T>): Promise<T> {
  const office = new FakeOffice(options);
  const remove = office.install();
  try {
    return await work(office);
  } finally {
    remove();
  }
}

describe("getHostStatus", () => {
  it.each([
    // inside a current Excel: nothing missing
    [
      { host: "Excel", excelApi: "1.9" },
      { inExcel: true, missingRequirementSets: [] },
    ],
    // an older Excel: the pane says what is missing
    [
      { host: "Excel", excelApi: "1.8" },
      { inExcel: true, missingRequirementSets: ["ExcelApi 1.9"] },
    ],
    // office.js loaded in a plain browser: onReady resolves with host null
    [{ host: null }, { inExcel: false, missingRequirementSets: [] }],
  ] as const)("%j → %j", async (fake, status) => {
    await withFake(fake, async () => expect(await getHostStatus()).toEqual(status));
  });

  it("reports not in Excel when office.js is not loaded at all", async () => {
    expect(await getHostStatus()).toEqual({ inExcel: false, missingRequirementSets: [] });
  });
});

describe("createPlanInExcel", () => {
  it("validates, builds, writes and shows the plan in two syncs", async () => {
    await withFake({ pageLayoutShowing: true }, async (office) => {
      const created = await createPlanInExcel(OPTIONS);
      // sheet names from the plan builder's agreed ids; data sheet included by default for WRES
      expect(created.sheets.map((s) => s.id)).toEqual(["plan", "data"]);
      expect(office.state.sheets.map((s) => s.name)).toEqual([
        "Sheet1",
        ...created.sheets.map((s) => s.name),
      ]);
      expect(office.state.activeSheet).toBe(created.sheets[0].name);
      expect(office.state.syncsPerRun).toEqual([2]);
      expect(created.skippedFeatures).toEqual([]);
    });
  });

  it("says which sheets to check when the write fails after the names were chosen", async () => {
    await withFake({}, async (office) => {
      // the user adds a sheet of that name between our two syncs
      office.state.onSync = (n) => {
        if (n === 2) office.state.sheets.push(new SheetState("WRES plan 2025-26"));
      };
      const error = await createPlanInExcel(OPTIONS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelServiceError);
      expect(error).toMatchObject({
        code: "item_already_exists",
        officeCode: "ItemAlreadyExists",
        message:
          "Could not create the plan. A sheet, table or name with that name already exists in this workbook. " +
          "Part of it may already be in the workbook: check the sheets “WRES plan 2025-26” and “WRES data 2025-26” " +
          "and delete what is incomplete before trying again.",
      });
    });
  });

  it("refuses options that fail the schema, with the schema's message, before touching Excel", async () => {
    await withFake({}, async (office) => {
      const error = await createPlanInExcel({ ...OPTIONS, organisation: "  " }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelServiceError);
      expect(error).toMatchObject({ code: "invalid_options", message: "Enter your organisation's name." });
      expect(office.state.calls).toEqual([]);
    });
  });
});

describe("activateSheet", () => {
  it("activates an existing sheet in one sync", async () => {
    await withFake({ sheets: ["Sheet1", "WRES plan 2025-26"] }, async (office) => {
      await activateSheet("WRES plan 2025-26");
      expect(office.state.activeSheet).toBe("WRES plan 2025-26");
      expect(office.state.syncsPerRun).toEqual([1]);
    });
  });

  it("explains a sheet that has gone", async () => {
    await withFake({}, async () => {
      await expect(activateSheet("Gone")).rejects.toMatchObject({
        code: "item_not_found",
        officeCode: "ItemNotFound",
        message:
          "Could not open the sheet “Gone”. Excel could not find that sheet or item; it may have been renamed or deleted.",
      });
    });
  });
});

describe("insertFormula", () => {
  it("writes a catalogue example into the active cell as a formula, in one sync", async () => {
    await withFake({}, async (office) => {
      await insertFormula("=WRES.APPOINTMENT_RL(200, 50, 300, 40)");
      expect(office.state.cell("Sheet1", "A1")).toEqual({
        kind: "formula",
        formula: "=WRES.APPOINTMENT_RL(200, 50, 300, 40)",
      });
      expect(office.state.syncsPerRun).toEqual([1]);
    });
  });

  // Excel refuses a custom-function call short of its required arguments (office-js issue 710), so the old
  // Insert, which wrote "=WRES.APPOINTMENT_RL()", failed there; the fake refuses it the same way.
  it("is refused by Excel for a call without its required arguments", async () => {
    await withFake({}, async () => {
      await expect(
        Excel.run(async (context) => {
          context.workbook.getActiveCell().formulas = [["=WRES.APPOINTMENT_RL()"]];
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it.each([
    // not a function call: a DDE payload must never be inserted
    ["=cmd|' /C calc'!A0"],
    // not a formula at all
    ["WRES.APPOINTMENT_RL("],
    // an opened call: office.js cannot leave a cell in edit mode
    ["=WRES.APPOINTMENT_RL("],
    // a second expression after the call
    ["=WRES.RL_STATUS(1.2)+cmd|' /C calc'!A0"],
  ])("refuses %s without calling Excel", async (formula) => {
    await withFake({}, async (office) => {
      await expect(insertFormula(formula)).rejects.toMatchObject({ code: "invalid_formula" });
      expect(office.state.calls).toEqual([]);
    });
  });
});

describe("isCompleteCall", () => {
  it.each([
    ["=WRES.APPOINTMENT_RL(200, 50, 300, 40)", true],
    // array constants and text with brackets inside
    ['=WRES.GROUP_COUNTS({"A";"H"})', true],
    ['=WRES.TREND(1, 2, "(")', true],
    ["=WRES.APPOINTMENT_RL(", false],
    ["=SUM(A1)*2", false],
    ["=SUM(A1)+SUM(A2)", false],
  ])("%s → %p", (formula, complete) => {
    expect(isCompleteCall(formula)).toBe(complete);
  });
});

describe("withOfficeErrors", () => {
  it.each([
    [
      "InvalidArgument",
      "invalid_argument",
      "Excel did not accept part of the request (an address, name or formula was not valid).",
    ],
    [
      "ItemAlreadyExists",
      "item_already_exists",
      "A sheet, table or name with that name already exists in this workbook.",
    ],
    [
      "ApiNotFound",
      "api_not_found",
      "This version of Excel does not support a feature the add-in needs. Update Excel, or download the workbook instead.",
    ],
    [
      "InvalidOperationInCellEditMode",
      "cell_edit_mode",
      "Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.",
    ],
  ])("turns Office code %s into %s", async (officeCode, code, message) => {
    const error = await withOfficeErrors("Could not create the plan.", () =>
      Promise.reject(new FakeOfficeError(officeCode, "raw")),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelServiceError);
    expect(error).toMatchObject({ code, officeCode, message: `Could not create the plan. ${message}` });
  });

  it("unwraps an incomplete write whose cause is not a known Office error", async () => {
    const original = new FakeOfficeError("GeneralException", "raw");
    await expect(
      withOfficeErrors("Could not create the plan.", () =>
        Promise.reject(new IncompleteWriteError(original, ["Plan"])),
      ),
    ).rejects.toBe(original);
  });

  it("names a single sheet to check in the singular", async () => {
    const error = await withOfficeErrors("Could not create the plan.", () =>
      Promise.reject(new IncompleteWriteError(new FakeOfficeError("AccessDenied", "raw"), ["Plan"])),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message:
        "Could not create the plan. Excel refused the change; the workbook or sheet may be protected or shared read-only. " +
        "Part of it may already be in the workbook: check the sheet “Plan” and delete what is incomplete before trying again.",
    });
  });

  it.each([
    // an Office code we do not know: re-thrown as it came
    [new FakeOfficeError("GeneralException", "raw")],
    // a plain bug in our code
    [new TypeError("x is undefined")],
    // an Office-looking code that is an Object.prototype key must not be mistaken for a known one
    [new FakeOfficeError("toString", "raw")],
  ])("re-throws %s unchanged", async (original) => {
    await expect(withOfficeErrors("Could not create the plan.", () => Promise.reject(original))).rejects.toBe(
      original,
    );
  });
});
