/**
 * The scaffold every plan layout shares: title, board-approval line, status key with its counts, the plan
 * table, the Status drop-down and fills, the overdue rule, frozen header and print setup. A layout only
 * supplies its columns and body rows. The builder returns, beside the sheet, the typed addresses of the key
 * and of the Status and Due date columns, which the dashboard reads.
 */
import { standardName, type Standard } from "../wres/indicators";
import { address, cellAddress, columnLetter, rangeAddress, rangeRef, ref, rowsRef, type Address } from "./a1";
import { INPUT_FILL, blank, formula, padRow, text } from "./cells";
import type { PlanOptions } from "./options";
import {
  OVERDUE_FILL,
  OVERDUE_FONT,
  OVERDUE_KEY_TEXT,
  deliveredIndex,
  overdueCountFormula,
  overdueRule,
  statusCountFormula,
  statusRules,
  statusValidation,
} from "./rag";
import { textColourOn } from "./colour";
import { withRowHeights } from "./row-height";
import type { Cell, CellStyle, RangeFormat, SheetModel } from "./sheet-model";

export const PLAN_SHEET_ID = "plan";
const PLAN_TABLE_ID = "plan";
/** The drop-down of the status key (one of its labels). */
export const STATUS_HEADER = "Status";
/** Free text: the narrative update the published plans write beside each action. */
export const PROGRESS_UPDATE_HEADER = "Progress update";
export const DUE_DATE_HEADER = "Due date";
export const DATE_FORMAT = "dd/mm/yyyy";

/** Rows of the scaffold above the table. */
const PLAN_ROWS = { title: 1, approval: 2, key: 3, counts: 4, header: 6 } as const;

export interface PlanColumn {
  readonly header: string;
  readonly width: number;
  /** Cells the user types into (left unlocked). */
  readonly input?: boolean;
  readonly numberFormat?: string;
}

/** A style for some cells of one body row (0-based row and column indexes within the body). */
export interface BodyStyle {
  readonly row: number;
  readonly fromColumn: number;
  readonly toColumn: number;
  readonly style: CellStyle;
}

export interface PlanBody {
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly (readonly Cell[])[];
  readonly styles: readonly BodyStyle[];
  /** The longest text a body formula cell can show (0-based row and column), for the row's height. */
  readonly longest: readonly { readonly row: number; readonly column: number; readonly text: string }[];
}

/** The plan sheet's cells other builders refer to. */
export interface PlanCells {
  readonly sheetId: string;
  /** The key's label cells, one per status, in the key's order. */
  readonly key: readonly Address[];
  /** The position in `key` of the delivered status. */
  readonly delivered: number;
  /** First and last body cells of the Status and Due date columns. */
  readonly status: { readonly first: Address; readonly last: Address };
  readonly due: { readonly first: Address; readonly last: Address };
}

interface PlanSheet {
  readonly sheet: SheetModel;
  readonly cells: PlanCells;
}

export function planSheetName(standard: Standard, period: string): string {
  return `${standard} plan ${period}`;
}

function planTitle(options: PlanOptions): string {
  return `${options.organisation} — ${standardName(options.standard)} Action Plan ${options.period}`;
}

const HEADER_FILL = "#1F4E78";
const BORDER = "#BFBFBF";

export function buildPlanSheet(options: PlanOptions, body: PlanBody): PlanSheet {
  const width = body.columns.length;
  const statuses = options.statuses;
  const statusColumn = body.columns.findIndex((c) => c.header === STATUS_HEADER) + 1;
  const dueColumn = body.columns.findIndex((c) => c.header === DUE_DATE_HEADER) + 1;
  const firstBodyRow = PLAN_ROWS.header + 1;
  const lastBodyRow = PLAN_ROWS.header + Math.max(body.rows.length, 1);
  const statusFirst = address(statusColumn, firstBodyRow);
  const statusLast = address(statusColumn, lastBodyRow);
  const dueFirst = address(dueColumn, firstBodyRow);
  const dueLast = address(dueColumn, lastBodyRow);
  const statusRange = rangeRef(statusFirst, statusLast);
  const dueRange = rangeRef(dueFirst, dueLast);
  const statusAbs = rangeRef(statusFirst, statusLast, "absolute");
  const dueAbs = rangeRef(dueFirst, dueLast, "absolute");

  // The key starts in column B: label in A, one cell per status, then "Overdue".
  const keyCells = statuses.map((_s, i) => address(2 + i, PLAN_ROWS.key));
  const keyRefs = keyCells.map((c) => ref(c, "absolute"));
  const delivered = deliveredIndex(statuses);
  const overdueColumn = 2 + statuses.length;
  const sheetWidth = Math.max(width, overdueColumn);
  const keyRow: Cell[] = [text("Status key"), ...statuses.map((s) => text(s.label)), text(OVERDUE_KEY_TEXT)];
  const countRow: Cell[] = [
    text("Actions"),
    ...keyRefs.map((keyCell) => formula(statusCountFormula(statusAbs, keyCell))),
    formula(overdueCountFormula(dueAbs, statusAbs, keyRefs[delivered])),
  ];

  const bodyRows = body.rows.length > 0 ? body.rows.map((r) => padRow(r, width)) : [padRow([], width)];
  const blocks: SheetModel["blocks"][number][] = [
    {
      anchor: "A1",
      rows: [
        padRow([text(planTitle(options))], sheetWidth),
        padRow([text("Approved by the Board on:"), blank], sheetWidth),
        padRow(keyRow, sheetWidth),
        padRow(countRow, sheetWidth),
        padRow([], sheetWidth),
      ],
    },
    {
      anchor: cellAddress(1, PLAN_ROWS.header),
      rows: [body.columns.map((c) => text(c.header)), ...bodyRows],
    },
  ];

  const keyStyle = (fill: string, font: string): CellStyle => ({
    fill,
    fontColor: font,
    bold: true,
    wrap: true,
    horizontal: "center",
    vertical: "center",
    border: BORDER,
  });
  const formats: RangeFormat[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2:A4", style: { bold: true, vertical: "center" } },
    {
      range: "B2",
      style: {
        numberFormat: DATE_FORMAT,
        fill: INPUT_FILL,
        locked: false,
        border: BORDER,
        horizontal: "left",
      },
    },
    ...statuses.map((s, i) => ({
      range: ref(keyCells[i]),
      style: keyStyle(s.colour, textColourOn(s.colour)),
    })),
    { range: cellAddress(overdueColumn, PLAN_ROWS.key), style: keyStyle(OVERDUE_FILL, OVERDUE_FONT) },
    {
      range: rangeAddress(2, PLAN_ROWS.counts, overdueColumn, PLAN_ROWS.counts),
      style: { horizontal: "center", border: BORDER, numberFormat: "0" },
    },
    {
      range: rangeAddress(1, PLAN_ROWS.header, width, PLAN_ROWS.header),
      style: { bold: true, wrap: true, vertical: "top", fill: HEADER_FILL, fontColor: "#FFFFFF" },
    },
    { range: rangeAddress(1, firstBodyRow, width, lastBodyRow), style: { wrap: true, vertical: "top" } },
  ];
  body.columns.forEach((c, i) => {
    const style: CellStyle = {
      ...(c.input ? { locked: false } : {}),
      ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
    };
    if (Object.keys(style).length > 0)
      formats.push({ range: rangeAddress(i + 1, firstBodyRow, i + 1, lastBodyRow), style });
  });
  for (const s of body.styles) {
    formats.push({
      range: rangeAddress(s.fromColumn + 1, firstBodyRow + s.row, s.toColumn + 1, firstBodyRow + s.row),
      style: s.style,
    });
  }

  const columns = body.columns.map((c, i) => ({ column: columnLetter(i + 1), width: c.width }));
  for (let col = width + 1; col <= sheetWidth; col++) columns.push({ column: columnLetter(col), width: 16 });

  const sheet: SheetModel = {
    id: PLAN_SHEET_ID,
    role: "plan",
    name: planSheetName(options.standard, options.period),
    tabColor: "#0070C0",
    blocks,
    formats,
    columns,
    merges: [rangeAddress(1, PLAN_ROWS.title, sheetWidth, PLAN_ROWS.title)],
    tables: [
      {
        id: PLAN_TABLE_ID,
        name: `${options.standard}_plan_${options.period.replace("-", "_")}`,
        range: rangeAddress(1, PLAN_ROWS.header, width, lastBodyRow),
        style: "TableStyleLight9",
        bandedRows: true,
        filterButtons: true,
      },
    ],
    validations: [
      statusValidation(statusRange, rangeRef(keyCells[0], keyCells[keyCells.length - 1], "absolute")),
    ],
    conditionalFormats: [
      ...statusRules(statusRange, ref(statusFirst, "column"), keyRefs, statuses),
      overdueRule(dueRange, ref(dueFirst, "column"), ref(statusFirst, "column"), keyRefs[delivered]),
    ],
    freeze: { rows: PLAN_ROWS.header, columns: 0 },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: rowsRef(PLAN_ROWS.header),
      paperSize: "A4",
      centerFooter: "Page &P of &N",
    },
    charts: [],
    inputs: { "plan.board_approval_date": "B2" },
    outputs: {
      ...Object.fromEntries(
        statuses.map((s, i) => [`count.${s.label}`, cellAddress(2 + i, PLAN_ROWS.counts)]),
      ),
      "count.overdue": cellAddress(overdueColumn, PLAN_ROWS.counts),
    },
  };
  const displayed = Object.fromEntries(
    body.longest.map((l) => [cellAddress(l.column + 1, firstBodyRow + l.row), l.text]),
  );
  return {
    sheet: withRowHeights(sheet, displayed),
    cells: {
      sheetId: PLAN_SHEET_ID,
      key: keyCells,
      delivered,
      status: { first: statusFirst, last: statusLast },
      due: { first: dueFirst, last: dueLast },
    },
  };
}
