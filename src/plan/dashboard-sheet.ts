/**
 * The dashboard: actions by status and overdue, counted by formula from the plan sheet's table, with a
 * column chart in the status colours; and the nine indicators this year, last year and nationally, read by
 * formula from the data sheet's output cells. Plain COUNTIF/COUNTIFS over ranges (no SUMPRODUCT array
 * tricks, no table references) so Excel, LibreOffice and HyperFormula all evaluate them.
 */
import {
  absoluteRange,
  cellAddress,
  contains,
  formulaString,
  parseCell,
  parseRange,
  rangeAddress,
} from "./a1";
import { blank, formula, text } from "./cells";
import type { Status } from "./options";
import { textColourOn } from "./colour";
import { deliveredStatus, literalCriterion, overdueCountFormula } from "./rag";
import type { Cell, CellBlock, CellStyle, ChartSpec, RangeFormat, SheetModel } from "./sheet-model";

export const DASHBOARD_SHEET_ID = "dashboard";
/** The plan table and its column headers, as agreed with `build-workbook.ts`. */
export const PLAN_TABLE = "plan";
export const PROGRESS = "Status";
export const DUE_DATE = "Due date";
export const INDICATOR_COUNT = 9;

/** A model address as 1-based column and row, the way the builders count. */
function position(address: string): { col: number; row: number } {
  const ref = parseCell(address);
  return { col: ref.column + 1, row: ref.row + 1 };
}

/** The model's cell at a 1-based column and row, if a block writes one. */
export function cellAt(sheet: SheetModel, col: number, row: number): Cell | undefined {
  for (const block of sheet.blocks) {
    const a = position(block.anchor);
    const r = row - a.row;
    const c = col - a.col;
    if (r >= 0 && r < block.rows.length && c >= 0 && c < block.rows[r].length) return block.rows[r][c];
  }
  return undefined;
}

const textAt = (sheet: SheetModel, col: number, row: number): string => {
  const cell = cellAt(sheet, col, row);
  return cell?.kind === "text" ? cell.text : "";
};

/** Where the plan table's Progress and Due date columns are, as absolute ranges over its body. */
export interface PlanColumns {
  /** e.g. "$G$7:$G$40" (no sheet prefix). */
  readonly progress?: string;
  readonly due?: string;
}

export function findPlanColumns(plan: SheetModel): PlanColumns {
  const table = plan.tables.find((t) => t.id === PLAN_TABLE) ?? plan.tables[0];
  if (!table) return {};
  const [from, to = from] = table.range.split(":");
  const a = position(from);
  const b = position(to);
  const column = (header: string): string | undefined => {
    for (let col = a.col; col <= b.col; col++) {
      if (textAt(plan, col, a.row).trim().toLowerCase() === header.toLowerCase()) {
        return absoluteRange(col, a.row + 1, col, Math.max(b.row, a.row + 1));
      }
    }
    return undefined;
  };
  return { progress: column(PROGRESS), due: column(DUE_DATE) };
}

/** Exact-match count of one status: "=" stops a label like "<5 days" reading as a comparison. */
export function statusCountFormula(progress: string, label: string): string {
  return `=COUNTIF(${progress},${formulaString(`=${literalCriterion(label)}`)})`;
}

interface IndicatorRow {
  readonly key: string;
  readonly label: string;
  readonly numberFormat?: string;
}

/** The last format in `sheet.formats` that sets a number format on `address`. */
function numberFormatOf(sheet: SheetModel, address: string): string | undefined {
  const at = parseCell(address);
  let found: string | undefined;
  for (const f of sheet.formats) {
    if (f.style.numberFormat && contains(parseRange(f.range), at)) found = f.style.numberFormat;
  }
  return found;
}

/** Indicators the data sheet computes, labelled as the data sheet labels them (its columns A and B). */
function indicatorRows(data: SheetModel): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (let n = 1; n <= INDICATOR_COUNT; n++) {
    const key = `ind${n}`;
    const current = data.outputs[`${key}.current`];
    if (!current) continue;
    const { row } = parseCell(current);
    const label = textAt(data, 1, row) || `Indicator ${n}`;
    const figure = textAt(data, 2, row);
    rows.push({
      key,
      label: figure ? `${label} — ${figure}` : label,
      numberFormat: numberFormatOf(data, current),
    });
  }
  return rows;
}

const STATUS_HEADER_ROW = 5;
const CHART_HEIGHT = 14;
const INDICATOR_COLUMNS = ["Indicator", "This year", "Last year", "National (NHS trusts in England)"];

/**
 * Builds the dashboard for `planSheet` (and `dataSheet`, if the workbook has one). `statuses` is the plan's
 * status key; the overdue count leaves out its delivered status (rag.ts `deliveredStatus`).
 */
export function buildDashboardSheet(
  planSheet: SheetModel,
  dataSheet: SheetModel | undefined,
  statuses: readonly Status[],
): SheetModel {
  const plan = `{{sheet:${planSheet.id}}}!`;
  const cols = findPlanColumns(planSheet);
  const delivered = deliveredStatus(statuses);
  const outputs: Record<string, string> = {};
  const formats: RangeFormat[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true, fontColor: "#595959" } },
    { range: cellAddress(1, STATUS_HEADER_ROW - 1), style: { bold: true, fontSize: 12 } },
    {
      range: rangeAddress(1, STATUS_HEADER_ROW, 2, STATUS_HEADER_ROW),
      style: { bold: true, fill: "#1F4E78", fontColor: "#FFFFFF" },
    },
  ];

  const missing = (what: string): Cell => text(`– (the plan has no ${what} column)`);
  const statusRows: Cell[][] = statuses.map((s, i) => {
    const row = STATUS_HEADER_ROW + 1 + i;
    outputs[`count.${s.label}`] = cellAddress(2, row);
    const style: CellStyle = { fill: s.colour, fontColor: textColourOn(s.colour), bold: true };
    formats.push({ range: cellAddress(1, row), style });
    return [
      text(s.label),
      cols.progress ? formula(statusCountFormula(plan + cols.progress, s.label)) : missing(PROGRESS),
    ];
  });
  const lastStatusRow = STATUS_HEADER_ROW + statuses.length;
  const overdueRow = lastStatusRow + 1;
  const totalRow = overdueRow + 1;
  outputs["count.overdue"] = cellAddress(2, overdueRow);
  outputs["count.total"] = cellAddress(2, totalRow);
  formats.push(
    { range: cellAddress(1, overdueRow), style: { bold: true, fill: "#F4CCCC", fontColor: "#9C0006" } },
    { range: cellAddress(1, totalRow), style: { bold: true } },
    {
      range: rangeAddress(2, STATUS_HEADER_ROW + 1, 2, totalRow),
      style: { numberFormat: "0", horizontal: "center" },
    },
  );

  const blocks: CellBlock[] = [
    { anchor: "A1", rows: [[text("Dashboard — action plan progress and the WRES indicators")]] },
    {
      anchor: "A2",
      rows: [
        [
          text(
            `Counts come from the action plan's Status and Due date columns. Overdue: a due date before today and a status other than "${delivered.label}". ` +
              "Everything here is a formula; edit the plan and data sheets, not this one.",
          ),
        ],
      ],
    },
    { anchor: cellAddress(1, STATUS_HEADER_ROW - 1), rows: [[text("Actions by status")]] },
    {
      anchor: cellAddress(1, STATUS_HEADER_ROW),
      rows: [
        [text("Status"), text("Actions")],
        ...statusRows,
        [
          text(`Overdue (not ${delivered.label})`),
          cols.progress && cols.due
            ? formula(overdueCountFormula(plan + cols.due, plan + cols.progress, delivered))
            : missing(cols.due ? PROGRESS : DUE_DATE),
        ],
        [
          text("All actions with a status"),
          formula(`=SUM(${rangeAddress(2, STATUS_HEADER_ROW + 1, 2, lastStatusRow)})`),
        ],
      ],
    },
  ];

  const charts: ChartSpec[] = [
    {
      id: "dashboard_status_chart",
      type: "column",
      title: "Actions by status",
      dataRange: rangeAddress(1, STATUS_HEADER_ROW, 2, lastStatusRow),
      seriesBy: "columns",
      anchor: cellAddress(4, STATUS_HEADER_ROW - 1),
      widthColumns: 6,
      heightRows: CHART_HEIGHT,
      colors: statuses.map((s) => s.colour),
    },
  ];

  if (dataSheet) {
    const data = `{{sheet:${dataSheet.id}}}!`;
    const top = Math.max(totalRow, STATUS_HEADER_ROW - 1 + CHART_HEIGHT) + 2;
    const header = top + 1;
    const rows = indicatorRows(dataSheet);
    const pass = (address: string | undefined): Cell =>
      address ? formula(`=IF(${data}${address}="","",${data}${address})`) : text("–");
    blocks.push(
      { anchor: cellAddress(1, top), rows: [[text("The indicators: this year, last year and nationally")]] },
      {
        anchor: cellAddress(1, header),
        rows: [
          INDICATOR_COLUMNS.map(text),
          ...rows.map((r) => [
            text(r.label),
            pass(dataSheet.outputs[`${r.key}.current`]),
            pass(dataSheet.outputs[`${r.key}.previous`]),
            pass(dataSheet.outputs[`${r.key}.national`]),
          ]),
        ],
      },
    );
    formats.push(
      { range: cellAddress(1, top), style: { bold: true, fontSize: 12 } },
      {
        range: rangeAddress(1, header, 4, header),
        style: { bold: true, wrap: true, fill: "#1F4E78", fontColor: "#FFFFFF", vertical: "top" },
      },
      {
        range: rangeAddress(1, header + 1, 1, header + Math.max(rows.length, 1)),
        style: { wrap: true, vertical: "top" },
      },
    );
    rows.forEach((r, i) => {
      const row = header + 1 + i;
      outputs[`${r.key}.current`] = cellAddress(2, row);
      outputs[`${r.key}.previous`] = cellAddress(3, row);
      outputs[`${r.key}.national`] = cellAddress(4, row);
      if (r.numberFormat)
        formats.push({
          range: rangeAddress(2, row, 4, row),
          style: { numberFormat: r.numberFormat, horizontal: "right" },
        });
    });
  } else {
    blocks.push({
      anchor: cellAddress(1, Math.max(totalRow, STATUS_HEADER_ROW - 1 + CHART_HEIGHT) + 2),
      rows: [[text("Add the WRES data sheet to see the indicators here."), blank]],
    });
  }

  return {
    id: DASHBOARD_SHEET_ID,
    role: "dashboard",
    name: "Dashboard",
    tabColor: "#7030A0",
    blocks,
    formats,
    columns: [
      { column: "A", width: 60 },
      { column: "B", width: 12 },
      { column: "C", width: 12 },
      { column: "D", width: 16 },
    ],
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    print: { orientation: "landscape", fitToPagesWide: 1, fitToPagesTall: 0, paperSize: "A4" },
    charts,
    inputs: {},
    outputs,
  };
}
