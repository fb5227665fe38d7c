/** @jest-environment jsdom */
/**
 * The services the pane really uses, run against the typed fake of Excel: each does in the workbook what the
 * pane tells the user it does. Expected counts are the sample trust's expected.json.
 */
import { memoryStore } from "../support/memory-settings";
import { DEFAULT_PLAN_OPTIONS } from "../../src/plan/options";
import { createServices } from "../../src/taskpane/create-services";
import { planFileName } from "../../src/xlsx/file-name";
import { FakeOffice } from "../excel/fake-excel";
import "../excel/fake-excel-analysis";
import { SAMPLE_FILES, readSample, seedExtractTable } from "../excel/sample-trust-workbook";
import { sampleTrust } from "../support/sample-trust";
import { readWorkbook } from "../xlsx/read-back";
import { readBlob } from "../support/read-blob";

const options = { ...DEFAULT_PLAN_OPTIONS, organisation: "Northshire NHS Trust" };
const board = readSample(SAMPLE_FILES.board);

let office: FakeOffice;
let remove: () => void;

function install(excelApi?: string) {
  office = new FakeOffice({ sheets: ["Sheet1"], ...(excelApi ? { excelApi } : {}) });
  // The workbook's own settings, where Analyse data remembers what it read for Refresh.
  Object.assign(office.office.context, { document: { settings: memoryStore() } });
  remove = office.install();
}

afterEach(() => {
  remove();
  jest.restoreAllMocks();
});

describe("the pane's services in Excel", () => {
  beforeEach(() => install());

  it("reports a current Excel as able to take the plan, and names what an older one lacks", async () => {
    await expect(createServices().getHostStatus()).resolves.toEqual({
      inExcel: true,
      missingRequirementSets: [],
    });
    remove();
    install("1.8");
    await expect(createServices().getHostStatus()).resolves.toEqual({
      inExcel: true,
      missingRequirementSets: ["ExcelApi 1.9"],
    });
  });

  it("writes the plan and data sheet into the open workbook, and a second plan beside it, never over it", async () => {
    const services = createServices();
    const first = await services.createPlan(options);
    expect(first.sheets.map((s) => s.name)).toEqual(["WRES plan 2025-26", "WRES data 2025-26"]);
    const second = await services.createPlan(options);
    expect(second.sheets.map((s) => s.name)).toEqual(["WRES plan 2025-26 (2)", "WRES data 2025-26 (2)"]);
    expect(office.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...first.sheets.map((s) => s.name),
      ...second.sheets.map((s) => s.name),
    ]);
  });

  it("brings a sheet to the front", async () => {
    const services = createServices();
    await services.createPlan(options);
    await services.activateSheet("WRES data 2025-26");
    expect(office.state.activeSheet).toBe("WRES data 2025-26");
  });

  // A worked example from the catalogue goes in as a formula; anything that is not one complete call does not.
  it("writes a catalogue example into the active cell, and refuses an incomplete call", async () => {
    const services = createServices();
    await services.insertFormula("=WRES.APPOINTMENT_RL(200, 50, 300, 40)");
    expect(office.state.cell(office.state.activeSheet, "A1")).toEqual({
      kind: "formula",
      formula: "=WRES.APPOINTMENT_RL(200, 50, 300, 40)",
    });
    await expect(services.insertFormula("=WRES.TREND(")).rejects.toMatchObject({ code: "invalid_formula" });
  });

  it("lists an extract, analyses it into the data sheet, remembers it and refreshes it", async () => {
    const services = createServices();
    await services.createPlan(options);
    seedExtractTable(office, "Board data", "Board", board.header, board.rows);
    const listed = await services.listDataSources([]);
    expect(listed.tables.find((t) => t.name === "Board")).toEqual({
      name: "Board",
      sheet: "Board data",
      headers: board.header,
      rowCount: board.rows.length,
    });
    expect(await services.lastAnalysis()).toBeNull();
    const progress: number[] = [];
    const request = {
      sources: { board: { kind: "table", table: "Board" } as const },
      dataSheet: "WRES data 2025-26",
    };
    const result = await services.analyseData(request, (done) => progress.push(done));
    const v = sampleTrust.counts.board_voting;
    expect(result.counts.boardVoting).toEqual({ white: v.White, bme: v.BME, unknown: v.Unknown });
    expect(progress.at(-1)).toBe(14);
    expect(await services.lastAnalysis()).toMatchObject(request);
    const again = await services.refreshAnalysis(() => undefined);
    expect(again.counts.boardVoting).toEqual(result.counts.boardVoting);
    expect(again.sheetsWritten).toEqual(result.sheetsWritten);
  });
});

describe("the pane's download", () => {
  it("offers the plan as one .xlsx file, named for the plan, holding the plan sheet", async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return "blob:test/1";
      },
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    install();
    const { fileName } = await createServices().downloadWorkbook(options);
    expect(fileName).toBe(planFileName(options));
    expect(blobs).toHaveLength(1);
    const workbook = await readWorkbook(await readBlob(blobs[0]));
    expect(workbook.worksheets.map((w) => w.name)).toContain("WRES plan 2025-26");
  });
});
