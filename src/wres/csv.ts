/**
 * RFC 4180 CSV: comma-separated fields, double-quoted fields may hold commas, quotes ("") and line breaks;
 * records end with CRLF, LF or CR; a leading byte-order mark is dropped. The first record is the header.
 * Lines that are completely empty (including a final line break) are not records.
 */
import { fail, ok, type Result } from "./issues";

export interface CsvTable {
  readonly header: string[];
  readonly rows: string[][];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export function parseCsv(text: string): Result<CsvTable> {
  const records: string[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let record: string[] = [];
  let line = 1;
  while (i <= n) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted field: runs to the next lone quote; "" is a literal quote.
      const startLine = line;
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          return fail("value", "bad_csv", undefined, {
            detail: { line: startLine, reason: "a quoted field is never closed" },
          });
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === LF) line++;
      // Be forgiving about text between the closing quote and the delimiter ("a"b → a"b is not RFC, keep it).
      let j = i;
      while (j < n && text.charCodeAt(j) !== COMMA && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR)
        j++;
      field = j > i ? value + text.slice(i, j) : value;
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF || c === CR) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    record.push(field);
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === COMMA) {
      i++;
      continue;
    }
    // End of record: line break or end of text.
    if (!(record.length === 1 && record[0] === "")) records.push(record);
    record = [];
    if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else i++;
    line++;
  }
  const [header = [], ...rows] = records;
  return ok({ header, rows });
}
