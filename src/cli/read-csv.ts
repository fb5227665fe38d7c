/**
 * Streams a CSV extract as Excel saves it, record by record, never holding the file: "CSV UTF-8" (with a
 * byte-order mark), "CSV" (Windows-1252), "Unicode text" (UTF-16LE with tabs) and semicolon-separated files
 * from European locales. The encoding is detected from the byte-order mark, UTF-8 validity and `chardet`; the
 * separator from the header line. Parsing is csv-parse's; each record comes with its physical line number
 * (blank lines and line breaks inside quoted fields included), so problems can be found in the file.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import chardet from "chardet";
import { CsvError, parse } from "csv-parse";
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface CsvFormat {
  readonly encoding: Encoding;
  readonly delimiter: string;
}

export interface CsvHandlers {
  /** The first non-blank record. Return a message to stop reading. */
  readonly header: (cells: string[], format: CsvFormat) => string | undefined;
  /** Every later record, blank ones included (as one empty cell), with its first line. */
  readonly row: (cells: string[], line: number) => void;
  /** Bytes read so far, about every chunk. */
  readonly progress?: (bytes: number) => void;
}

export type ReadOutcome =
  | { readonly ok: true; readonly format: CsvFormat; readonly lines: number; readonly bytes: number }
  | { readonly ok: false; readonly message: string };

/** The longest record read (characters): a quote never closed would otherwise swallow the whole file. */
const MAX_RECORD_CHARS = 1_000_000;
const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [",", ";", "\t", "|"] as const;
const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ",": "commas",
  ";": "semicolons",
  "\t": "tabs",
  "|": "vertical bars",
};

/** Multi-byte encodings chardet can recognise that are not Excel's UK choices: named in the error. */
const FOREIGN = /^(shift_jis|euc-|big5|gb|iso-2022|koi8|utf-32)/i;

/** UTF-8 that is valid up to the sample's end (a character cut by the end of the sample is allowed). */
function isUtf8(sample: Uint8Array, complete: boolean): boolean {
  let end = sample.length;
  if (!complete) {
    // Step back over a last character the sample may have cut.
    let k = end - 1;
    while (k >= 0 && end - k <= 4 && (sample[k] & 0xc0) === 0x80) k--;
    if (k >= 0 && sample[k] >= 0xc0) end = k;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

function detectEncoding(sample: Uint8Array, complete: boolean): Encoding | { readonly found: string } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf-8";
  if (sample[0] === 0xff && sample[1] === 0xfe) return "utf-16le";
  if (sample[0] === 0xfe && sample[1] === 0xff) return "utf-16be";
  if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04)
    return { found: "an Excel workbook or other zip file, not CSV" };
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  // UTF-16 without a byte-order mark: ASCII text has a zero in every other byte.
  if (oddZeros > sample.length / 4 && evenZeros === 0) return "utf-16le";
  if (evenZeros > sample.length / 4 && oddZeros === 0) return "utf-16be";
  if (evenZeros + oddZeros > 0) return { found: "binary data, not text" };
  if (isUtf8(sample, complete)) return "utf-8";
  const guess = chardet.detect(sample) ?? "an unknown encoding";
  if (FOREIGN.test(guess)) return { found: `${guess} text` };
  // Not UTF-8 and single-byte: Excel's "CSV (Comma delimited)" on a UK or European Windows.
  return "windows-1252";
}

/** The separator the header line uses most, outside quotes; undefined when it has none of them. */
export function detectDelimiter(text: string): string | undefined {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(c))
      counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best ?? "") ?? 0)) best = d;
  return best;
}

const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  "windows-1252": "Windows-1252",
};

/** "UTF-8, separated by commas": how a file was read, for messages about what was found in it. */
export const describeFormat = (f: CsvFormat): string =>
  `${ENCODING_NAMES[f.encoding]}, separated by ${DELIMITER_NAMES[f.delimiter]}`;

/** csv-parse's errors in one sentence naming the line. */
function csvErrorMessage(error: CsvError, line: number): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED")
    return `a quoted field that starts on line ${line} is never closed`;
  if (error.code === "CSV_MAX_RECORD_SIZE")
    return `the record that starts on line ${line} is over ${MAX_RECORD_CHARS.toLocaleString("en-GB")} characters long (probably a quote that is never closed)`;
  return `line ${line}: ${error.message}`;
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    let at = cell.indexOf("\n");
    while (at >= 0) {
      n++;
      at = cell.indexOf("\n", at + 1);
    }
  }
  return n;
}

const isBlankRecord = (cells: readonly string[]): boolean => cells.length === 1 && cells[0].trim() === "";

/** Reads `file`, calling the handlers as it goes. Failures are one sentence, without the file name. */
export async function readCsv(file: string, handlers: CsvHandlers): Promise<ReadOutcome> {
  const handle = await open(file, "r");
  let sample: Uint8Array;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    sample = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (size === 0) return { ok: false, message: "the file is empty" };
  const encoding = detectEncoding(sample, sample.length === size);
  if (typeof encoding !== "string") {
    return {
      ok: false,
      message: `the file looks like ${encoding.found}; save it from Excel as "CSV UTF-8 (Comma delimited)"`,
    };
  }
  const decoded =
    encoding === "utf-8" ? Buffer.from(sample).toString("utf8") : iconv.decode(Buffer.from(sample), encoding);
  const firstLines = decoded.replace(/^\ufeff/, "").replace(/^(\s*\r?\n)+/, "");
  if (firstLines.trim() === "" && sample.length === size)
    return { ok: false, message: "the file has no header row (only blank lines)" };
  const delimiter = detectDelimiter(firstLines);
  if (delimiter === undefined) {
    return {
      ok: false,
      message: `its first line (read as ${ENCODING_NAMES[encoding]}) has no commas, semicolons or tabs, so it is not a table of columns`,
    };
  }
  const format: CsvFormat = { encoding, delimiter };

  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // Mixed line endings (rows appended in another editor) still end records.
    record_delimiter: ["\r\n", "\n", "\r"],
    max_record_size: MAX_RECORD_CHARS,
  });
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  input.on("data", (chunk) => {
    bytes += chunk.length;
    handlers.progress?.(bytes);
  });
  const source: NodeJS.ReadableStream =
    encoding === "utf-8" ? input : input.pipe(iconv.decodeStream(encoding));

  let line = 1;
  let header = true;
  let stopped: string | undefined;
  return new Promise<ReadOutcome>((resolve) => {
    const finish = (outcome: ReadOutcome) => {
      input.destroy();
      resolve(outcome);
    };
    parser.on("readable", () => {
      let cells: string[] | null;
      while ((cells = parser.read() as string[] | null) !== null) {
        const at = line;
        line += 1 + newlines(cells);
        if (header) {
          if (isBlankRecord(cells)) continue; // blank lines above the header
          header = false;
          stopped = handlers.header(cells, format);
          if (stopped !== undefined) {
            parser.destroy();
            finish({ ok: false, message: stopped });
            return;
          }
        } else handlers.row(cells, at);
      }
    });
    parser.on("error", (error) => {
      finish({
        ok: false,
        message: error instanceof CsvError ? csvErrorMessage(error, line) : String(error),
      });
    });
    parser.on("end", () => {
      if (stopped !== undefined) return;
      if (header) finish({ ok: false, message: "the file has no header row (only blank lines)" });
      else finish({ ok: true, format, lines: line - 1, bytes });
    });
    source.on("error", (error: Error) => finish({ ok: false, message: error.message }));
    source.pipe(parser);
  });
}
