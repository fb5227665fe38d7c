/**
 * One rule, two writers: every model Excel would refuse is refused by both the Excel writer and the .xlsx
 * writer, with the same message and before anything is written; and what both accept, they name and cut
 * the same way.
 */
import { applyWorkbook } from "../../src/excel/apply-workbook";
import { clip, literalListSource, VALIDATION_LIMITS } from "../../src/plan/model-rules";
import type { SheetModel, WorkbookModel } from "../../src/plan/sheet-model";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { FakeOffice } from "../excel/fake-excel";
import { SMALL_MODEL } from "../excel/fixtures/small-model";
import { internals, readWorkbook } from "../xlsx/read-back";

const [summary, data] = SMALL_MODEL.sheets;
const withSummary = (change: Partial<SheetModel>): WorkbookModel => ({
  ...SMALL_MODEL,
  sheets: [{ ...summary, ...change }, data],
});

async function excelOutcome(model: WorkbookModel): Promise<{ error: string; calls: number }> {
  const office = new FakeOffice({ pageLayoutShowing: true });
  const remove = office.install();
  try {
    const error = await applyWorkbook(model).then(
      () => "",
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    return { error, calls: office.state.calls.length };
  } finally {
    remove();
  }
}

const xlsxError = (model: WorkbookModel): Promise<string> =>
  writeXlsx(model).then(
    () => "",
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );

describe("both writers refuse what Excel would refuse, before writing anything", () => {
  const validation = summary.validations[0];
  it.each<[string, WorkbookModel, string]>([
    // Excel splits literal options at commas
    [
      "an option holding a comma",
      withSummary({ validations: [{ ...validation, source: { values: ["On Track, Good Progress"] } }] }),
      'The drop-down option "On Track, Good Progress" contains a comma',
    ],
    // Excel refuses a literal list over 255 characters
    [
      "literal options over 255 characters",
      withSummary({
        validations: [{ ...validation, source: { values: ["x".repeat(200), "y".repeat(60)] } }],
      }),
      "longer than Excel's 255-character limit",
    ],
    [
      "a ragged block",
      withSummary({
        blocks: [
          {
            anchor: "A1",
            rows: [[{ kind: "blank" }, { kind: "blank" }], [{ kind: "blank" }]],
          },
        ],
      }),
      "Row 2 of the cell block at A1 has 1 cells, not 2.",
    ],
    [
      "a number no cell can hold",
      withSummary({
        blocks: [{ anchor: "A1", rows: [[{ kind: "number", value: Number.POSITIVE_INFINITY }]] }],
      }),
      "A number cell holds Infinity, which Excel cannot store.",
    ],
    [
      "a bad range",
      withSummary({ formats: [{ range: "A1:B", style: { bold: true } }] }),
      'Not a range address: "A1:B"',
    ],
    ["a merge off the sheet", withSummary({ merges: ["A0:B1"] }), 'Cell outside the sheet: "A0"'],
    [
      "a chart anchored on a range",
      withSummary({ charts: [{ ...summary.charts[0], anchor: "F3:G4" }] }),
      'Not a cell address: "F3:G4"',
    ],
    [
      "a number format over whole columns",
      withSummary({ formats: [{ range: "C:C", style: { numberFormat: "0" } }] }),
      "Give the number format for C:C a bounded range",
    ],
    [
      "a rule naming a sheet the model lacks",
      withSummary({
        conditionalFormats: [{ range: "C4", formula: "={{sheet:nope}}!A1=1", description: "x" }],
      }),
      'Unknown sheet id "nope"',
    ],
    [
      "a cell formula naming a sheet the model lacks",
      { ...SMALL_MODEL, sheets: [summary] },
      'Unknown sheet id "data"',
    ],
    [
      "a defined name that is not a formula",
      { ...SMALL_MODEL, names: [{ name: "WRES_X", formula: "1", comment: "" }] },
      'The defined name WRES_X needs a formula starting with "="',
    ],
  ])("%s", async (_what, model, message) => {
    const excel = await excelOutcome(model);
    expect(excel.error).toContain(message);
    expect(excel.calls).toBe(0);
    expect(await xlsxError(model)).toBe(excel.error);
  });
});

describe("both writers name and cut the same way", () => {
  it("gives sheets and tables the names Excel accepts, the same in both", async () => {
    const model: WorkbookModel = {
      ...SMALL_MODEL,
      sheets: [
        { ...summary, name: "Plan: 2025/26 [draft]", tables: [{ ...summary.tables[0], name: "2025 plan" }] },
        { ...data, name: "Workforce Race Equality Standard data" },
      ],
    };
    const office = new FakeOffice({ pageLayoutShowing: true });
    const remove = office.install();
    let excelNames: { sheets: Record<string, string>; tables: Record<string, string> };
    try {
      const report = await applyWorkbook(model);
      excelNames = { sheets: { ...report.sheets }, tables: { ...report.tables } };
    } finally {
      remove();
    }
    expect(excelNames.sheets).toEqual({
      summary: "Plan- 2025-26 -draft-",
      data: "Workforce Race Equality Standar",
    });
    expect(excelNames.tables).toEqual({ actions: "_2025_plan" });
    const wb = await readWorkbook(await writeXlsx(model));
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(excelNames.sheets));
    expect(
      internals(wb.worksheets[0])
        .getTables()
        .map((t) => t.name),
    ).toEqual(["_2025_plan"]);
  });

  it("cuts validation texts to Excel's limits in both", async () => {
    const long = {
      errorTitle: "A title that is far too long for Excel",
      errorMessage: "e".repeat(300),
      prompt: "p".repeat(300),
    };
    const model = withSummary({ validations: [{ ...summary.validations[0], ...long }] });
    const office = new FakeOffice({ pageLayoutShowing: true });
    const remove = office.install();
    try {
      await applyWorkbook(model);
    } finally {
      remove();
    }
    const [inExcel] = office.state.sheet("Summary").validations;
    const inFile = internals((await readWorkbook(await writeXlsx(model))).worksheets[0]).dataValidations.model
      .C4;
    expect(inFile).toMatchObject({
      errorTitle: inExcel.errorAlert?.title,
      error: inExcel.errorAlert?.message,
      prompt: inExcel.prompt?.message,
    });
    expect([inFile.errorTitle, inFile.error, inFile.prompt].map((x) => x?.length)).toEqual([
      VALIDATION_LIMITS.title,
      VALIDATION_LIMITS.errorMessage,
      VALIDATION_LIMITS.prompt,
    ]);
  });
});

describe("clip", () => {
  it.each([
    // within the limit: unchanged
    ["Choose a status", 32, "Choose a status"],
    // exactly at the limit: unchanged
    ["x".repeat(32), 32, "x".repeat(32)],
    // one over: cut to 31 and an ellipsis, 32 in all
    ["y".repeat(33), 32, `${"y".repeat(31)}…`],
  ])("%s (limit %d) → %s", (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe("literalListSource", () => {
  it("joins options with commas up to exactly 255 characters", () => {
    const options = ["a".repeat(127), "b".repeat(127)];
    expect(literalListSource(options)).toHaveLength(255);
    expect(() => literalListSource([...options, ""])).toThrow("255-character limit");
  });
});
