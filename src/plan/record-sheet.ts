/**
 * The shape the roll-forward's record sheets share (Delivered, History): a title, a one-line note, then one
 * banded table with a frozen header row, printed landscape one page wide with the header on every page.
 */
import { cellAddress, columnLetter, rangeAddress, rowsRef } from "./a1";
import { padRow, text } from "./cells";
import { withRowHeights } from "./row-height";
import type { Cell, ChartSpec, ConditionalFormat, RangeFormat, SheetModel, SheetRole } from "./sheet-model";

export const RECORD_ROWS = { title: 1, note: 2, header: 4 } as const;
const HEADER_FILL = "#1F4E78";

interface RecordSheetInput {
  readonly id: string;
  readonly role: SheetRole;
  readonly name: string;
  readonly tabColor: string;
  readonly title: string;
  readonly note: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  /** Table body rows, from the row below the header. */
  readonly body: readonly (readonly Cell[])[];
  readonly tableName: string;
  /** Formats for body cells, besides the wrapping every body cell gets. */
  readonly formats?: readonly RangeFormat[];
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly charts?: readonly ChartSpec[];
}

/** The first body row. */
export const FIRST_RECORD_ROW = RECORD_ROWS.header + 1;

export function buildRecordSheet(input: RecordSheetInput): SheetModel {
  const width = input.columns.length;
  const last = RECORD_ROWS.header + Math.max(input.body.length, 1);
  return withRowHeights({
    id: input.id,
    role: input.role,
    name: input.name,
    tabColor: input.tabColor,
    blocks: [
      {
        anchor: "A1",
        rows: [padRow([text(input.title)], width), padRow([text(input.note)], width), padRow([], width)],
      },
      {
        anchor: cellAddress(1, RECORD_ROWS.header),
        rows: [
          input.columns.map((c) => text(c.header)),
          ...(input.body.length > 0 ? input.body.map((r) => padRow(r, width)) : [padRow([], width)]),
        ],
      },
    ],
    formats: [
      // Wrapped: an organisation's long name must not run off the printed page.
      { range: "A1", style: { bold: true, fontSize: 14, wrap: true, vertical: "top" } },
      { range: "A2", style: { italic: true, wrap: true, vertical: "top" } },
      {
        range: rangeAddress(1, RECORD_ROWS.header, width, RECORD_ROWS.header),
        style: { bold: true, wrap: true, vertical: "top", fill: HEADER_FILL, fontColor: "#FFFFFF" },
      },
      { range: rangeAddress(1, FIRST_RECORD_ROW, width, last), style: { wrap: true, vertical: "top" } },
      ...(input.formats ?? []),
    ],
    columns: input.columns.map((c, i) => ({ column: columnLetter(i + 1), width: c.width })),
    merges: [
      rangeAddress(1, RECORD_ROWS.title, width, RECORD_ROWS.title),
      rangeAddress(1, RECORD_ROWS.note, width, RECORD_ROWS.note),
    ],
    tables: [
      {
        id: input.id,
        name: input.tableName,
        range: rangeAddress(1, RECORD_ROWS.header, width, last),
        style: "TableStyleLight9",
        bandedRows: true,
        filterButtons: true,
      },
    ],
    validations: [],
    conditionalFormats: input.conditionalFormats ?? [],
    freeze: { rows: RECORD_ROWS.header, columns: 0 },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: rowsRef(RECORD_ROWS.header),
      paperSize: "A4",
      centerFooter: "Page &P of &N",
    },
    charts: input.charts ?? [],
    inputs: {},
    outputs: {},
  });
}
