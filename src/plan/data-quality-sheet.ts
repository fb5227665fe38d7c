/**
 * The Data quality sheet: what counting the extracts found, so the doubts travel with the figures. Per
 * extract, rows read and counted; every kind of problem with its rows and every affected line; every
 * unrecognised value with how many rows it touched and what it was counted as. Three columns (extract, rows,
 * detail), no wrapped text: long line lists continue on the next rows, so nothing is cut off in print.
 */
import { lineRanges, type DataQuality } from "../wres/data-quality";
import { FIELDS, kindOf, type ExtractKind } from "../wres/extract-kinds";
import { qualityIssueText } from "../wres/messages";
import { visibleText } from "../wres/visible-text";
import { blank, num, text } from "./cells";
import type { Cell, RangeFormat, SheetModel } from "./sheet-model";

const DATA_QUALITY_SHEET_ID = "data-quality";

/** Characters of line numbers per row of the sheet, and of a value shown. */
const LINE_TEXT = 100;
const VALUE_TEXT = 60;
const HEAD_FILL = "#D9E1F2";

const rows = (x: number): string => `${x.toLocaleString("en-GB")} ${x === 1 ? "row" : "rows"}`;

/** "6, 9–11, 15, …" cut at run boundaries into pieces of at most `width` characters. */
export function lineChunks(lines: readonly number[], width = LINE_TEXT): string[] {
  const runs = lineRanges(lines).split(", ");
  const out: string[] = [];
  let current = "";
  for (const run of runs) {
    const next = current === "" ? run : `${current}, ${run}`;
    if (next.length > width && current !== "") {
      out.push(`${current},`);
      current = run;
    } else current = next;
  }
  if (current !== "") out.push(current);
  return out;
}

/** A value as the cell shows it: control characters escaped, long values cut. */
function shown(raw: string): string {
  const value = visibleText(raw);
  return value.length > VALUE_TEXT ? `${value.slice(0, VALUE_TEXT)}…` : value === "" ? "(blank)" : value;
}

interface DataQualityInput {
  readonly quality: DataQuality;
  /** Where each extract was read from (a file name, a table), as the user knows it. */
  readonly sources?: Readonly<Partial<Record<ExtractKind, string>>>;
}

export function buildDataQualitySheet({ quality, sources = {} }: DataQualityInput): SheetModel {
  const body: Cell[][] = [];
  const formats: RangeFormat[] = [];
  const add = (cells: readonly Cell[]) => body.push([...cells, blank, blank, blank].slice(0, 3));
  const heading = (label: string, columns: readonly string[]) => {
    add([]);
    add([text(label)]);
    formats.push({ range: `A${body.length}`, style: { bold: true, fontSize: 12 } });
    add(columns.map(text));
    formats.push({ range: `A${body.length}:C${body.length}`, style: { bold: true, fill: HEAD_FILL } });
  };
  add([text("Data quality")]);
  formats.push({ range: "A1", style: { bold: true, fontSize: 14 } });
  // Under the title, running on over the empty cells to its right (nothing is wrapped on this sheet).
  add([
    text("Every row up to the last one with data in a column read is a person, counted once (a blank row"),
  ]);
  add([
    text("as Unknown); blank rows after it are padding. Lines are the file's own lines (the header is line"),
  ]);
  add([text("1; blank lines and line breaks inside quotes count) or, for a sheet, its row numbers.")]);

  heading("Extracts", ["Extract", "Rows read", "Counted, skipped and problems"]);
  for (const e of quality.extracts) {
    const from = sources[e.kind];
    add([
      text(kindOf(e.kind).title),
      num(e.rowsRead),
      text(
        `${rows(e.rowsCounted)} counted; ${rows(e.blankRows)} wholly blank at the end, skipped; ${rows(e.rowsWithProblems)} with a problem.`,
      ),
    ]);
    // On a row of its own: after the counts a file's path ran past column C, off the table on the page.
    if (from) add([blank, blank, text(`Read from ${shown(from)}.`)]);
  }

  heading("Problems (each row is still counted as described)", ["Extract", "Rows", "Problem, and its lines"]);
  let problems = 0;
  for (const e of quality.extracts) {
    const list = [
      ...e.issues.map((i) => ({ what: qualityIssueText(i), rows: i.rows, lines: i.lines })),
      ...(e.blankRows > 0
        ? [
            {
              what: "wholly blank rows after the last row with data; skipped (padding, not a problem)",
              rows: e.blankRows,
              lines: e.blankLines,
            },
          ]
        : []),
    ];
    for (const item of list) {
      problems++;
      add([text(kindOf(e.kind).title), num(item.rows), text(item.what)]);
      const word = item.lines.length === 1 ? "Line" : "Lines";
      for (const chunk of lineChunks(item.lines)) add([blank, blank, text(`${word} ${chunk}`)]);
    }
  }
  if (problems === 0) add([blank, blank, text("None: every row was read cleanly.")]);

  heading("Unrecognised values", ["Extract", "Rows", "Field, value and what it was counted as"]);
  let values = 0;
  for (const e of quality.extracts) {
    for (const v of e.values) {
      values++;
      add([
        text(kindOf(e.kind).title),
        num(v.rows),
        text(`${FIELDS[v.field].label}: "${shown(v.value)}", counted as ${v.countedAs}`),
      ]);
    }
    if (e.valuesNotListed.rows > 0) {
      add([
        text(kindOf(e.kind).title),
        num(e.valuesNotListed.rows),
        text(
          `${e.valuesNotListed.distinct.toLocaleString("en-GB")} further distinct values, not listed one by one (their lines are under Problems)`,
        ),
      ]);
    }
  }
  if (values === 0) add([blank, blank, text("None.")]);

  formats.push({ range: `B1:B${body.length}`, style: { horizontal: "center", numberFormat: "#,##0" } });
  return {
    id: DATA_QUALITY_SHEET_ID,
    role: "data-quality",
    name: "Data quality",
    blocks: [{ anchor: "A1", rows: body }],
    formats,
    columns: [
      { column: "A", width: 30 },
      { column: "B", width: 12 },
      { column: "C", width: 110 },
    ],
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      paperSize: "A4",
      centerFooter: "Data quality — page &P of &N",
    },
    charts: [],
    inputs: {},
    outputs: {},
  };
}
