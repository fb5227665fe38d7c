/**
 * The scaffold every plan layout shares: title, board-approval line, status key with its counts, the plan
 * table, the Status drop-down and fills, the overdue rule, frozen header and print setup. A layout only
 * supplies its columns and body rows.
 */
import { standardName, type Standard } from "../wres/indicators";
import { absoluteAddress, absoluteRange, cellAddress, columnLetter, rangeAddress } from "./a1";
import { INPUT_FILL, blank, formula, padRow, text } from "./cells";
import type { PlanOptions } from "./options";
import {
  OVERDUE_FILL,
  OVERDUE_FONT,
  deliveredStatus,
  overdueCountFormula,
  overdueRule,
  statusCountFormula,
  statusRules,
  statusValidation,
} from "./rag";
import { textColourOn } from "./colour";
import type { Cell, CellStyle, RangeFormat, SheetModel } from "./sheet-model";

export const PLAN_SHEET_ID = "plan";
export const PLAN_TABLE_ID = "plan";
/** The drop-down of the status key (one of its labels). */
export const STATUS_HEADER = "Status";
/** Free text: the narrative update the published plans write beside each action. */
export const PROGRESS_UPDATE_HEADER = "Progress update";
export const DUE_DATE_HEADER = "Due date";
export const DATE_FORMAT = "dd/mm/yyyy";

/** Rows of the scaffold above the table. */
export const PLAN_ROWS = { title: 1, approval: 2, key: 3, counts: 4, header: 6 } as const;

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
}

export function planSheetName(standard: Standard, period: string): string {
  return `${standard} plan ${period}`;
}

export function planTitle(options: PlanOptions): string {
  return `${options.organisation} — ${standardName(options.standard)} Action Plan ${options.period}`;
}

const HEADER_FILL = "#1F4E78";
const BORDER = "#BFBFBF";

export function buildPlanSheet(options: PlanOptions, body: PlanBody): SheetModel {
  const width = body.columns.length;
  const statuses = options.statuses;
  const delivered = deliveredStatus(statuses);
  const progressColumn = body.columns.findIndex((c) => c.header === STATUS_HEADER) + 1;
  const dueColumn = body.columns.findIndex((c) => c.header === DUE_DATE_HEADER) + 1;
  const firstBodyRow = PLAN_ROWS.header + 1;
  const lastBodyRow = PLAN_ROWS.header + Math.max(body.rows.length, 1);
  const progressRange = rangeAddress(progressColumn, firstBodyRow, progressColumn, lastBodyRow);
  const dueRange = rangeAddress(dueColumn, firstBodyRow, dueColumn, lastBodyRow);
  const progressAbs = absoluteRange(progressColumn, firstBodyRow, progressColumn, lastBodyRow);
  const dueAbs = absoluteRange(dueColumn, firstBodyRow, dueColumn, lastBodyRow);

  // The key starts in column B: label in A, one cell per status, then "Overdue".
  const keyFirst = 2;
  const keyLast = keyFirst + statuses.length - 1;
  const overdueColumn = keyLast + 1;
  const sheetWidth = Math.max(width, overdueColumn);
  const keyRow: Cell[] = [text("Status key"), ...statuses.map((s) => text(s.label)), text("Overdue")];
  const countRow: Cell[] = [
    text("Actions"),
    ...statuses.map((_s, i) =>
      formula(statusCountFormula(progressAbs, absoluteAddress(keyFirst + i, PLAN_ROWS.key))),
    ),
    formula(overdueCountFormula(dueAbs, progressAbs, delivered)),
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

  const formats: RangeFormat[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2:A4", style: { bold: true } },
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
      range: cellAddress(keyFirst + i, PLAN_ROWS.key),
      style: {
        fill: s.colour,
        fontColor: textColourOn(s.colour),
        bold: true,
        wrap: true,
        horizontal: "center",
        vertical: "center",
        border: BORDER,
      } as const,
    })),
    {
      range: cellAddress(overdueColumn, PLAN_ROWS.key),
      style: {
        fill: OVERDUE_FILL,
        fontColor: OVERDUE_FONT,
        bold: true,
        wrap: true,
        horizontal: "center",
        vertical: "center",
        border: BORDER,
      },
    },
    {
      range: rangeAddress(keyFirst, PLAN_ROWS.counts, overdueColumn, PLAN_ROWS.counts),
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

  const progressTopLeft = `$${columnLetter(progressColumn)}${firstBodyRow}`;
  const dueTopLeft = `$${columnLetter(dueColumn)}${firstBodyRow}`;
  const columns = body.columns.map((c, i) => ({ column: columnLetter(i + 1), width: c.width }));
  for (let col = width + 1; col <= sheetWidth; col++) columns.push({ column: columnLetter(col), width: 16 });

  return {
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
      statusValidation(progressRange, absoluteRange(keyFirst, PLAN_ROWS.key, keyLast, PLAN_ROWS.key)),
    ],
    conditionalFormats: [
      ...statusRules(progressRange, progressTopLeft, statuses),
      overdueRule(dueRange, dueTopLeft, progressTopLeft, delivered),
    ],
    freeze: { rows: PLAN_ROWS.header, columns: 0 },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: `$${PLAN_ROWS.header}:$${PLAN_ROWS.header}`,
      paperSize: "A4",
      centerFooter: "Page &P of &N",
    },
    charts: [],
    inputs: { "plan.board_approval_date": "B2" },
    outputs: {
      ...Object.fromEntries(
        statuses.map((s, i) => [`count.${s.label}`, cellAddress(keyFirst + i, PLAN_ROWS.counts)]),
      ),
      "count.overdue": cellAddress(overdueColumn, PLAN_ROWS.counts),
    },
  };
}
