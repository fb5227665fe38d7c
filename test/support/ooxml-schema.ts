/**
 * Validates every part of .xlsx files against the ECMA-376 transitional schemas in `../shared/ooxml/xsd/`
 * with `xmllint --schema`, after markup-compatibility processing (`./markup-compatibility.ts`), as
 * `../shared/ooxml/README.md` says. Each distinct part is validated once, and all parts checked against one
 * schema go to a single xmllint call, so dozens of workbooks take about a second.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { applyMarkupCompatibility, type RootName } from "./markup-compatibility";

export const XSD_DIR = path.resolve(__dirname, "../../../shared/ooxml/xsd");

/** Root element namespace → schema file (the table in `../shared/ooxml/README.md`). */
const SCHEMA_BY_NAMESPACE: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "sml.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "dml-chart.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "dml-spreadsheetDrawing.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
  "http://schemas.openxmlformats.org/package/2006/content-types": "opc-xsd/opc-contentTypes.xsd",
  "http://schemas.openxmlformats.org/package/2006/relationships": "opc-xsd/opc-relationships.xsd",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
    "shared-documentPropertiesExtended.xsd",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "opc-xsd/opc-coreProperties.xsd",
};

/**
 * `opc-coreProperties.xsd` imports the Dublin Core schemas from dublincore.org, which are not in
 * `../shared/` and must not be fetched. These stand-ins declare what DCMI's 2003-04-02 schemas declare for
 * the elements a core-properties part may hold: each element as text, `dcterms:W3CDTF` as an XML Schema date
 * or time; and the xml namespace's `xml:lang`, which it imports without a location. The core-properties schema itself (which elements, in which namespace, how often) is checked as
 * published.
 */
const DC_STAND_IN = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://purl.org/dc/elements/1.1/"
  xmlns="http://purl.org/dc/elements/1.1/" elementFormDefault="qualified">
  <xs:complexType name="SimpleLiteral"><xs:complexContent mixed="true"><xs:restriction base="xs:anyType">
    <xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="0"/></xs:sequence>
  </xs:restriction></xs:complexContent></xs:complexType>
  ${[
    "any",
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "format",
    "identifier",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
  ]
    .map((n) => `<xs:element name="${n}" type="SimpleLiteral"${n === "any" ? ' abstract="true"' : ""}/>`)
    .join("\n  ")}
</xs:schema>`;
/** The W3C's xml.xsd declares these two attributes (xml:lang as a language tag or empty). */
const XML_STAND_IN = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang"><xs:simpleType><xs:union memberTypes="xs:language">
    <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value=""/></xs:restriction></xs:simpleType>
  </xs:union></xs:simpleType></xs:attribute>
  <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName">
    <xs:enumeration value="default"/><xs:enumeration value="preserve"/>
  </xs:restriction></xs:simpleType></xs:attribute>
</xs:schema>`;
const DCTERMS_STAND_IN = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://purl.org/dc/terms/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" elementFormDefault="qualified">
  <xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="dc.xsd"/>
  <xs:complexType name="W3CDTF"><xs:simpleContent><xs:restriction base="dc:SimpleLiteral">
    <xs:simpleType><xs:union memberTypes="xs:gYear xs:gYearMonth xs:date xs:dateTime"/></xs:simpleType>
  </xs:restriction></xs:simpleContent></xs:complexType>
  ${[
    "created",
    "modified",
    "issued",
    "available",
    "dateAccepted",
    "dateCopyrighted",
    "dateSubmitted",
    "valid",
  ]
    .map((n) => `<xs:element name="${n}" type="dc:SimpleLiteral"/>`)
    .join("\n  ")}
</xs:schema>`;

export interface PartProblem {
  /** Where the part occurs: "workbook label: xl/worksheets/sheet1.xml", every workbook that has it. */
  readonly where: readonly string[];
  readonly schema: string;
  readonly errors: readonly string[];
}

export interface SchemaReport {
  readonly parts: number;
  readonly distinctParts: number;
  /** Distinct parts per schema file, e.g. { "sml.xsd": 40 }. */
  readonly perSchema: Readonly<Record<string, number>>;
  readonly invalid: readonly PartProblem[];
}

export interface NamedFile {
  readonly label: string;
  readonly bytes: Uint8Array;
}

interface Distinct {
  readonly file: string;
  readonly schema: string;
  readonly where: string[];
  readonly errors: string[];
}

function schemaFor(root: RootName): string | undefined {
  return SCHEMA_BY_NAMESPACE[root.namespace];
}

/** A copy of the core-properties schema that imports the local Dublin Core stand-ins. */
function coreSchema(dir: string): string {
  writeFileSync(path.join(dir, "dc.xsd"), DC_STAND_IN);
  writeFileSync(path.join(dir, "dcterms.xsd"), DCTERMS_STAND_IN);
  writeFileSync(path.join(dir, "xml.xsd"), XML_STAND_IN);
  const published = readFileSync(path.join(XSD_DIR, "opc-xsd/opc-coreProperties.xsd"), "utf8");
  const local = published
    .replace("http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd", "dc.xsd")
    .replace("http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd", "dcterms.xsd")
    .replace(
      '<xs:import id="xml" namespace="http://www.w3.org/XML/1998/namespace"/>',
      '<xs:import id="xml" namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>',
    );
  const file = path.join(dir, "opc-coreProperties.xsd");
  writeFileSync(file, local);
  return file;
}

/** Runs one xmllint over many files; returns each file's error lines (empty when it validates). */
function xmllint(schemaFile: string, files: readonly string[]): Map<string, string[]> {
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schemaFile, ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`xmllint could not run: ${run.error.message}`);
  const errors = new Map(files.map((f) => [f, [] as string[]]));
  const verdict = new Map<string, boolean>();
  for (const line of run.stderr.split("\n")) {
    if (line.trim() === "") continue;
    const file = files.find((f) => line.startsWith(`${f}:`) || line.startsWith(`${f} `));
    if (file === undefined) {
      // Anything not about one file (e.g. "WXS schema … failed to compile") fails every file.
      for (const list of errors.values()) list.push(line);
      continue;
    }
    if (line === `${file} validates`) verdict.set(file, true);
    else if (line === `${file} fails to validate`) verdict.set(file, false);
    else errors.get(file)?.push(line.slice(file.length + 1).trim());
  }
  for (const f of files) {
    if (verdict.get(f) === true && errors.get(f)?.length === 0) continue;
    if (errors.get(f)?.length === 0) errors.get(f)?.push(`xmllint gave no verdict (exit ${run.status})`);
  }
  return errors;
}

/** Every part of every file, validated once per distinct content. */
export async function validateWorkbooks(files: readonly NamedFile[]): Promise<SchemaReport> {
  const dir = mkdtempSync(path.join(tmpdir(), "ooxml-schema-"));
  try {
    const distinct = new Map<string, Distinct>();
    const unchecked: PartProblem[] = [];
    let parts = 0;
    for (const { label, bytes } of files) {
      const zip = await JSZip.loadAsync(bytes);
      for (const entry of Object.values(zip.files)) {
        if (entry.dir) continue;
        parts += 1;
        const where = `${label}: ${entry.name}`;
        const raw = await entry.async("string");
        let processed: { xml: string; root: RootName };
        try {
          processed = applyMarkupCompatibility(raw);
        } catch (error) {
          unchecked.push({
            where: [where],
            schema: "(none)",
            errors: [`not readable XML: ${String(error)}`],
          });
          continue;
        }
        const schema = schemaFor(processed.root);
        if (schema === undefined) {
          unchecked.push({
            where: [where],
            schema: "(none)",
            errors: [`no schema for a {${processed.root.namespace}}${processed.root.local} part`],
          });
          continue;
        }
        const key = createHash("sha1").update(schema).update("\0").update(processed.xml).digest("hex");
        const known = distinct.get(key);
        if (known) {
          known.where.push(where);
          continue;
        }
        const file = path.join(dir, `${distinct.size + 1}.xml`);
        writeFileSync(file, processed.xml);
        distinct.set(key, { file, schema, where: [where], errors: [] });
      }
    }
    const bySchema = new Map<string, Distinct[]>();
    for (const d of distinct.values()) bySchema.set(d.schema, [...(bySchema.get(d.schema) ?? []), d]);
    const perSchema: Record<string, number> = {};
    for (const [schema, list] of bySchema) {
      perSchema[schema] = list.length;
      const schemaFile =
        schema === "opc-xsd/opc-coreProperties.xsd" ? coreSchema(dir) : path.join(XSD_DIR, schema);
      const result = xmllint(
        schemaFile,
        list.map((d) => d.file),
      );
      for (const d of list) d.errors.push(...(result.get(d.file) ?? []));
    }
    const invalid = [
      ...unchecked,
      ...[...distinct.values()]
        .filter((d) => d.errors.length > 0)
        .map((d) => ({ where: d.where, schema: d.schema, errors: d.errors })),
    ];
    return { parts, distinctParts: distinct.size, perSchema, invalid };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
