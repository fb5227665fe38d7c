/**
 * Test helper: CSV text to a header and rows with csv-parse: a parser independent of the Papa Parse that make-plan streams with, for suites
 * that feed extracts to the engine in memory.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "csv-parse/sync";

export const SAMPLE_DIR = path.resolve(__dirname, "../../../shared/data/sample-trust");

export interface CsvText {
  readonly header: string[];
  readonly rows: string[][];
}

/**
 * Blank lines are left out, as a table pasted into Excel would have none; with `keepBlankLines` each is a row
 * of one empty cell, as a sheet made by opening the file in Excel has an empty row there.
 */
export function csvTable(text: string, { keepBlankLines = false } = {}): CsvText {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: !keepBlankLines,
  }) as string[][];
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** One of the sample trust's extracts (`staff.csv`, `board.csv` …). */
export const sampleCsv = (file: string): CsvText =>
  csvTable(fs.readFileSync(path.join(SAMPLE_DIR, file), "utf8"));
