/**
 * Every workbook the project writes (`WORKBOOK_KINDS`: each layout × standard × formula style, with and
 * without the sample trust's extracts, and the pane's download) must be valid against the ECMA-376 schemas
 * Excel enforces, part by part, or Excel answers with "We found a problem with some content… Do you want us
 * to try to recover?"; and openpyxl (so pandas) must open it. Needs xmllint (libxml2-utils) and Debian's
 * python3-openpyxl, which `.ci/run` installs; without them this test fails rather than pass unchecked.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { WorkbookModel } from "../../src/plan/sheet-model";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { validateWorkbooks, type SchemaReport } from "../support/ooxml-schema";
import { openWithOpenpyxl, openpyxlAvailable, type OpenpyxlResult } from "../support/openpyxl";
import { WORKBOOK_KINDS } from "../support/workbook-kinds";
import { fixtureModel } from "./fixture-model";

jest.setTimeout(120_000);

const files: { label: string; bytes: Uint8Array; model: WorkbookModel }[] = [];
let report: SchemaReport;
let opened: Map<string, OpenpyxlResult>;
let dir: string;

beforeAll(async () => {
  for (const kind of WORKBOOK_KINDS)
    files.push({ label: kind.label, bytes: await kind.bytes(), model: await kind.model() });
  // The hand-made model uses every feature of the sheet model once, including ones no builder uses yet.
  files.push({ label: "fixture model", bytes: await writeXlsx(fixtureModel), model: fixtureModel });
  report = await validateWorkbooks(files);
  dir = mkdtempSync(path.join(tmpdir(), "schema-valid-"));
  const paths = files.map((f, i) => {
    const file = path.join(dir, `${i + 1}.xlsx`);
    writeFileSync(file, f.bytes);
    return file;
  });
  opened = new Map(
    openpyxlAvailable()
      ? openWithOpenpyxl(paths).map((r, i) => [files[i].label, r])
      : files.map((f) => [
          f.label,
          { file: "", error: "Debian's python3-openpyxl is not installed", warnings: [] },
        ]),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("every workbook the project writes", () => {
  it("covers each kind of workbook and each kind of part", () => {
    // 29 new plans (make-plan and download), 6 next-year plans (layout × standard, rolled forward) and one
    // after three roll-forwards.
    expect(WORKBOOK_KINDS.length).toBe(36);
    // workbook, worksheets, styles, shared strings, tables; theme; package parts; document properties
    expect(Object.keys(report.perSchema).sort()).toEqual([
      "dml-main.xsd",
      "opc-xsd/opc-contentTypes.xsd",
      "opc-xsd/opc-coreProperties.xsd",
      "opc-xsd/opc-relationships.xsd",
      "shared-documentPropertiesExtended.xsd",
      "sml.xsd",
    ]);
    expect(report.parts).toBeGreaterThan(files.length * 10);
  });

  it("has zero parts invalid against the ECMA-376 schemas", () => {
    expect(report.invalid).toEqual([]);
  });

  it.each([...WORKBOOK_KINDS.map((k) => k.label), "fixture model"])(
    "%s opens in openpyxl, full and read-only, with the model's sheets",
    (label) => {
      const file = files.find((f) => f.label === label)!;
      const result = opened.get(label);
      expect(result?.error).toBeUndefined();
      expect(result?.sheets).toEqual(file.model.sheets.map((s) => s.name));
      expect(Object.keys(result?.rows ?? {})).toEqual(file.model.sheets.map((s) => s.name));
    },
  );
});

describe("the schema check itself", () => {
  // Excel's own name for a stop alert is "stop"; "error" was what the writer once wrote.
  it('rejects a Progress drop-down written with errorStyle="error"', async () => {
    const zip = await JSZip.loadAsync(files[0].bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain('errorStyle="stop"');
    zip.file("xl/worksheets/sheet1.xml", sheet.replace(/errorStyle="stop"/g, 'errorStyle="error"'));
    const broken = await zip.generateAsync({ type: "uint8array" });
    const result = await validateWorkbooks([{ label: "broken", bytes: broken }]);
    expect(result.invalid).toHaveLength(1);
    expect(result.invalid[0].where).toEqual(["broken: xl/worksheets/sheet1.xml"]);
    expect(result.invalid[0].errors.join("\n")).toContain(
      "The value 'error' is not an element of the set {'stop', 'warning', 'information'}",
    );
  });

  it("reports a part it has no schema for instead of passing it", async () => {
    const zip = new JSZip();
    zip.file("custom.xml", '<x xmlns="urn:example"/>');
    const result = await validateWorkbooks([
      { label: "odd", bytes: await zip.generateAsync({ type: "uint8array" }) },
    ]);
    expect(result.invalid).toEqual([
      { where: ["odd: custom.xml"], schema: "(none)", errors: ["no schema for a {urn:example}x part"] },
    ]);
  });
});
