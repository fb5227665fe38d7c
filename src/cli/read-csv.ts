/**
 * Streams a CSV extract as Excel saves it, record by record, never holding the file: "CSV UTF-8" (with a
 * byte-order mark), "CSV" (Windows-1252), "Unicode text" (UTF-16LE with tabs) and semicolon-separated files
 * from European locales. The encoding is detected from the byte-order mark, UTF-8 validity and `chardet`; the
 * separator from the header line. Parsing is Papa Parse's (measured 4–5× faster than csv-parse on a
 * 1,000,000-row extract); each record comes with its physical line number (blank lines and line breaks inside
 * quoted fields included), so problems can be found in the file.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import chardet from "chardet";
import iconv from "iconv-lite";
import Papa from "papaparse";

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface CsvFormat {
  readonly encoding: Encoding;
  readonly delimiter: string;
}

interface CsvHandlers {
  /** The first non-blank record. Return a message to stop reading. */
  readonly header: (cells: string[], format: CsvFormat) => string | undefined;
  /** Every later record, blank ones included (as one empty cell), with its first line. */
  readonly row: (cells: string[], line: number) => void;
  /** Bytes read so far, about every chunk. */
  readonly progress?: (bytes: number) => void;
}

type ReadOutcome =
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

/** iconv-lite's streaming decoder, as `iconv.getDecoder` returns it. */
interface TextChunkDecoder {
  write(bytes: Buffer): string;
  end(): string | undefined;
}

/**
 * Bytes read and handed to the parser at a time. 64 kB rather than 1 MB: a piece's records are still alive
 * when the young generation is collected, so smaller pieces mean less copied and promoted; measured on a
 * 1,000,000-row extract, peak memory fell from 150 MB to 100 MB and the run took less CPU time.
 */
const CHUNK_BYTES = 1 << 16;

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    let at = cell.indexOf("\n");
    while (at >= 0) {
      n++;
      at = cell.indexOf("\n", at + 1);
    }
  }
  return n;
}

const isBlankRecord = (cells: readonly string[]): boolean => cells.length === 1 && cells[0].trim() === "";

/** A carriage return not followed by a line feed: a line end of its own (rows appended in another editor). */
const LONE_CR = /\r(?!\n)/g;

/**
 * Records out of CSV text given piece by piece, each with its first physical line. Papa Parse's parser does
 * the CSV (quotes, doubled quotes, separators); this keeps what a chunk ends with that is not yet a whole
 * record and hands it back with the next chunk, as Papa Parse's own streamers do. Every line end Excel or
 * another editor may have written ends a record: "\r\n" and "\n" (Papa Parse splits on "\n" and the
 * "\r" before it is taken off the record's last field, or skipped after a closing quote), and a lone "\r"
 * (read as "\n").
 */
class RecordReader {
  private readonly parser: Papa.Parser;
  private rest = "";
  /** The physical line the next record starts on. */
  line = 1;

  constructor(
    delimiter: string,
    private readonly onRecord: (cells: string[], line: number) => boolean,
  ) {
    this.parser = new Papa.Parser({ delimiter, newline: "\n", quoteChar: '"' });
  }

  /** Parses `text` after what was left over; false when a record is too long or `onRecord` stopped. */
  push(text: string, last: boolean): { ok: true } | { ok: false; message?: string } {
    let input = this.rest + text;
    // A "\r" at the very end may be the first half of "\r\n": kept for the next chunk.
    if (!last && input.charCodeAt(input.length - 1) === 13) {
      this.rest = "\r";
      input = input.slice(0, -1);
    } else this.rest = "";
    if (input.includes("\r")) {
      LONE_CR.lastIndex = 0;
      if (LONE_CR.test(input)) input = input.replace(LONE_CR, "\n");
    }
    // Papa Parse reads a line end at the very end as the start of one more, empty, record: so a last piece
    // that ends with one is parsed like any other, and what is left of it can only be an open quote.
    const whole = last && input.charCodeAt(input.length - 1) !== 10;
    const result = this.parser.parse(input, 0, !whole) as {
      data: string[][];
      errors: { code: string }[];
      meta: { cursor: number };
    };
    const unclosed = (line: number) =>
      ({ ok: false, message: `a quoted field that starts on line ${line} is never closed` }) as const;
    if (whole && result.errors.some((e) => e.code === "MissingQuotes")) return unclosed(this.line);
    const rows = result.data;
    const quoted = input.includes('"');
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      const end = cells.length - 1;
      const lastCell = cells[end];
      if (lastCell.charCodeAt(lastCell.length - 1) === 13) cells[end] = lastCell.slice(0, -1);
      const at = this.line;
      this.line += quoted ? 1 + newlines(cells) : 1;
      if (!this.onRecord(cells, at)) return { ok: false };
    }
    const left = input.slice(result.meta.cursor);
    if (last) return left === "" || whole ? { ok: true } : unclosed(this.line);
    this.rest = left + this.rest;
    if (this.rest.length > MAX_RECORD_CHARS) {
      return {
        ok: false,
        message: `the record that starts on line ${this.line} is over ${MAX_RECORD_CHARS.toLocaleString("en-GB")} characters long (probably a quote that is never closed)`,
      };
    }
    return { ok: true };
  }
}

/**
 * Reads `file`, calling the handlers as it goes. Failures are one sentence, without the file name.
 * `chunkBytes` (tests) reads the file in smaller pieces, so that every kind of record crosses a boundary.
 */
export async function readCsv(
  file: string,
  handlers: CsvHandlers,
  { chunkBytes = CHUNK_BYTES }: { readonly chunkBytes?: number } = {},
): Promise<ReadOutcome> {
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

  let header = true;
  let stopped: string | undefined;
  const reader = new RecordReader(delimiter, (cells, line) => {
    if (!header) {
      handlers.row(cells, line);
      return true;
    }
    if (isBlankRecord(cells)) return true; // blank lines above the header
    header = false;
    stopped = handlers.header(cells, format);
    return stopped === undefined;
  });

  // Bytes are decoded here rather than by the stream, so progress counts bytes, not characters.
  const decoder =
    encoding === "utf-8" ? new StringDecoder("utf8") : (iconv.getDecoder(encoding) as TextChunkDecoder);
  const input = createReadStream(file, { highWaterMark: chunkBytes });
  let bytes = 0;
  let first = true;
  const parse = (text: string, last: boolean): string | undefined => {
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const pushed = reader.push(text, last);
    return pushed.ok ? undefined : (stopped ?? pushed.message ?? "reading stopped");
  };
  try {
    for await (const chunk of input) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      handlers.progress?.(bytes);
      const failed = parse(decoder.write(buffer), false);
      if (failed !== undefined) return { ok: false, message: failed };
    }
    const failed = parse(decoder.end() ?? "", true);
    if (failed !== undefined) return { ok: false, message: failed };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    input.destroy();
  }
  if (header) return { ok: false, message: "the file has no header row (only blank lines)" };
  return { ok: true, format, lines: reader.line - 1, bytes };
}
