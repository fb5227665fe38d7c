/** Test helpers: open written .xlsx bytes with ExcelJS, or read one raw part of the zip. */
import ExcelJS from "exceljs";
// jszip is ExcelJS's own zip library (installed with it); ExcelJS drops what it cannot model, so raw parts
// are the only way to see LAMBDA names and calcPr.
import JSZip from "jszip";

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export async function readPart(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)?.async("string");
}

export async function partNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files);
}

/** ExcelJS turns a number in a date-formatted cell into a Date; give back the serial the file holds. */
export function serial(value: unknown): unknown {
  return value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value;
}

/** ECMA-376 Part 1, 18.3.1.13: stored width for a width in characters, maximum digit width 7 px (Calibri 11). */
export function ecmaColumnWidth(characters: number): number {
  return Math.trunc(((characters * 7 + 5) / 7) * 256) / 256;
}

export interface ReadTable {
  readonly name: string;
  readonly table: {
    readonly tableRef: string;
    readonly style: { theme: string; showRowStripes: boolean };
    readonly columns: { name: string; filterButton: boolean }[];
  };
}

/** ExcelJS's typings miss these read-side properties. */
export interface WorksheetInternals {
  readonly dataValidations: {
    readonly model: Record<
      string,
      {
        type: string;
        formulae: string[];
        allowBlank?: boolean;
        errorStyle?: string;
        errorTitle?: string;
        error?: string;
        showErrorMessage?: boolean;
        prompt?: string;
        promptTitle?: string;
      }
    >;
  };
  readonly conditionalFormattings: {
    ref: string;
    rules: {
      type: string;
      priority: number;
      formulae: string[];
      style: { fill?: { bgColor?: { argb: string } }; font?: { bold?: boolean; color?: { argb: string } } };
    }[];
  }[];
  getTables(): ReadTable[];
  readonly model: { merges: string[] };
}

export const internals = (ws: ExcelJS.Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;
