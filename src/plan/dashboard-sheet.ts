/**
 * The dashboard: actions by status and overdue, counted from the plan sheet's Status and Due date columns
 * against the plan's own status key (so a renamed status is renamed here too), with a column chart in the
 * status colours inside Excel and in-cell data bars in the .xlsx, where no chart can be written; and the
 * indicators this year, last year and nationally. Every indicator row is built from one figure of
 * `figures.ts`: its label and its cells come from the same object, so a label cannot sit beside another
 * figure's number.
 */
import { WRES_INDICATORS } from "../wres/indicators";
import { cellAddress, onSheet, rangeAddress, rangeRef, ref, rowsRef, type Address } from "./a1";
import { blank, formula, text } from "./cells";
import type { DataCells } from "./data-sheet";
import { FIGURES, HEADLINE, figureFormat } from "./figures";
import type { Status } from "./options";
import type { PlanCells } from "./plan-sheet";
import { textColourOn } from "./colour";
import { OVERDUE_FILL, OVERDUE_FONT, overdueCountFormula, statusCountFormula } from "./rag";
import { withRowHeights } from "./row-height";
import type { Cell, CellBlock, ChartSpec, ConditionalFormat, RangeFormat, SheetModel } from "./sheet-model";

const DASHBOARD_SHEET_ID = "dashboard";

/** The figures the dashboard shows: each indicator's headline, and the two-year and executive-board figures. */
export const DASHBOARD_FIGURES: readonly string[] = FIGURES.map((f) => f.key).filter(
  (key) => Object.values(HEADLINE).includes(key) || key === "ind3.two_year" || key === "ind9.executive",
);

const STATUS_HEADER_ROW = 5;
const CHART_HEIGHT = 14;
/** The chart sits right of the tables (column G on), so the tables need no room kept for it. */
const CHART_COLUMN = 7;
const HEADER_STYLE = {
  bold: true,
  wrap: true,
  fill: "#1F4E78",
  fontColor: "#FFFFFF",
  vertical: "top",
} as const;
const BAR_COLOUR = "#9DC3E6";
const INDICATOR_COLUMNS = [
  "Indicator",
  "This year",
  "Last year",
  "National (NHS trusts in England)",
  "Trend",
];

/**
 * Builds the dashboard for the plan sheet whose cells are `plan` (and the data sheet `data`, if the workbook
 * has one). `statuses` gives each key row its colour; the labels themselves are read from the plan's key.
 */
export function buildDashboardSheet(
  plan: PlanCells,
  data: DataCells | undefined,
  statuses: readonly Status[],
): SheetModel {
  const onPlan = (reference: string): string => onSheet(plan.sheetId, reference);
  const statusRange = onPlan(rangeRef(plan.status.first, plan.status.last, "absolute"));
  const dueRange = onPlan(rangeRef(plan.due.first, plan.due.last, "absolute"));
  const keyCell = (i: number): string => onPlan(ref(plan.key[i], "absolute"));
  const outputs: Record<string, string> = {};
  const formats: RangeFormat[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true, fontColor: "#595959", wrap: true, vertical: "top" } },
    { range: cellAddress(1, STATUS_HEADER_ROW - 1), style: { bold: true, fontSize: 12 } },
    { range: rangeAddress(1, STATUS_HEADER_ROW, 2, STATUS_HEADER_ROW), style: HEADER_STYLE },
  ];
  const conditionalFormats: ConditionalFormat[] = [];

  const statusRows: Cell[][] = statuses.map((s, i) => {
    const row = STATUS_HEADER_ROW + 1 + i;
    outputs[`count.${s.label}`] = cellAddress(2, row);
    formats.push({
      range: cellAddress(1, row),
      style: { fill: s.colour, fontColor: textColourOn(s.colour), bold: true },
    });
    // The label is the plan's key cell, so renaming the status there renames it here.
    return [formula(`=${keyCell(i)}`), formula(statusCountFormula(statusRange, keyCell(i)))];
  });
  const lastStatusRow = STATUS_HEADER_ROW + statuses.length;
  const overdueRow = lastStatusRow + 1;
  const totalRow = overdueRow + 1;
  const delivered = keyCell(plan.delivered);
  outputs["count.overdue"] = cellAddress(2, overdueRow);
  outputs["count.total"] = cellAddress(2, totalRow);
  formats.push(
    { range: cellAddress(1, overdueRow), style: { bold: true, fill: OVERDUE_FILL, fontColor: OVERDUE_FONT } },
    { range: cellAddress(1, totalRow), style: { bold: true } },
    { range: rangeAddress(1, STATUS_HEADER_ROW + 1, 1, totalRow), style: { wrap: true, vertical: "top" } },
    {
      range: rangeAddress(2, STATUS_HEADER_ROW + 1, 2, totalRow),
      style: { numberFormat: "0", horizontal: "center" },
    },
  );
  // In the .xlsx, where no chart can be written, the counts carry their own bars.
  conditionalFormats.push({
    kind: "dataBar",
    range: rangeAddress(2, STATUS_HEADER_ROW + 1, 2, overdueRow),
    color: BAR_COLOUR,
    lower: 0,
    description: "actions by status and overdue, as bars",
  });

  const blocks: CellBlock[] = [
    { anchor: "A1", rows: [[text("Dashboard — action plan progress and the WRES indicators")]] },
    {
      anchor: "A2",
      rows: [
        [
          formula(
            `="Counts come from the action plan's Status and Due date columns. Overdue: a due date before today and a status other than "&${delivered}&". Everything here is a formula; edit the plan and data sheets, not this one."`,
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
          formula(`="Overdue (due date passed, not "&${delivered}&")"`),
          formula(overdueCountFormula(dueRange, statusRange, delivered)),
        ],
        [
          text("All actions with a status"),
          formula(`=SUM(${rangeAddress(2, STATUS_HEADER_ROW + 1, 2, lastStatusRow)})`),
        ],
      ],
    },
  ];
  const longest: Record<string, string> = {
    A2: "Counts come from the action plan's Status and Due date columns. Overdue: a due date before today and a status other than Slippage likely / Not Critical. Everything here is a formula; edit the plan and data sheets, not this one.",
    [cellAddress(1, overdueRow)]: "Overdue (due date passed, not Slippage likely / Not Critical)",
  };
  statuses.forEach((s, i) => {
    longest[cellAddress(1, STATUS_HEADER_ROW + 1 + i)] = s.label;
  });

  const charts: ChartSpec[] = [
    {
      id: "dashboard_status_chart",
      type: "column",
      title: "Actions by status",
      dataRange: rangeAddress(1, STATUS_HEADER_ROW, 2, lastStatusRow),
      seriesBy: "columns",
      anchor: cellAddress(CHART_COLUMN, STATUS_HEADER_ROW - 1),
      widthColumns: 6,
      heightRows: CHART_HEIGHT,
      colors: statuses.map((s) => s.colour),
    },
  ];

  const top = totalRow + 2;
  const header = top + 1;
  if (data) {
    const fromData = (cell: Address | undefined): Cell => {
      if (!cell) return text("–");
      const source = onSheet(data.sheetId, ref(cell, "absolute"));
      return formula(`=IF(${source}="","",${source})`);
    };
    const rows: Cell[][] = DASHBOARD_FIGURES.map((key, i) => {
      const f = FIGURES.find((x) => x.key === key)!;
      const cells = data.figures[key];
      const row = header + 1 + i;
      outputs[`${key}.current`] = cellAddress(2, row);
      outputs[`${key}.previous`] = cellAddress(3, row);
      outputs[`${key}.national`] = cellAddress(4, row);
      // The indicator's headline is known by the indicator's key too ("ind5.current").
      const alias = `ind${f.indicator}`;
      if (HEADLINE[f.indicator] === key && alias !== key) {
        outputs[`${alias}.current`] = cellAddress(2, row);
        outputs[`${alias}.previous`] = cellAddress(3, row);
        outputs[`${alias}.national`] = cellAddress(4, row);
      }
      formats.push({
        range: rangeAddress(2, row, 4, row),
        style: { numberFormat: figureFormat(f), horizontal: "right" },
      });
      conditionalFormats.push({
        kind: "dataBar",
        range: rangeAddress(2, row, 4, row),
        color: BAR_COLOUR,
        lower: 0,
        description: `${key}: this year, last year and nationally, as bars`,
      });
      return [
        text(`${f.indicator}. ${WRES_INDICATORS[f.indicator - 1].title} — ${f.meaning}`),
        fromData(cells?.current),
        fromData(cells?.previous),
        fromData(cells?.national),
        fromData(cells?.trend),
      ];
    });
    blocks.push(
      { anchor: cellAddress(1, top), rows: [[text("The indicators: this year, last year and nationally")]] },
      { anchor: cellAddress(1, header), rows: [INDICATOR_COLUMNS.map(text), ...rows] },
    );
    formats.push(
      { range: cellAddress(1, top), style: { bold: true, fontSize: 12 } },
      { range: rangeAddress(1, header, INDICATOR_COLUMNS.length, header), style: HEADER_STYLE },
      {
        range: rangeAddress(1, header + 1, INDICATOR_COLUMNS.length, header + rows.length),
        style: { wrap: true, vertical: "top", border: "#BFBFBF" },
      },
    );
  } else {
    blocks.push({
      anchor: cellAddress(1, top),
      rows: [[text("Add the WRES data sheet to see the indicators here."), blank]],
    });
  }

  const sheet: SheetModel = {
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
      { column: "E", width: 14 },
    ],
    merges: ["A2:E2"],
    tables: [],
    validations: [],
    conditionalFormats,
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      paperSize: "A4",
      ...(data ? { repeatRows: rowsRef(header) } : {}),
      centerFooter: "Page &P of &N",
    },
    charts,
    inputs: {},
    outputs,
  };
  return withRowHeights(sheet, longest);
}
