/**
 * "Delivered in 2025-26": the actions last year's plan marked with its delivered status, listed on a sheet of
 * their own when next year's plan is started, so the record stays visible while the new plan carries only
 * what is still open.
 */
import { standardName, type Standard } from "../wres/indicators";
import { rangeAddress } from "./a1";
import { blank, num, text } from "./cells";
import { blockLabel } from "./plan-blocks";
import { DATE_FORMAT, DUE_DATE_HEADER, PROGRESS_UPDATE_HEADER, STATUS_HEADER } from "./plan-sheet";
import type { PlanAction } from "./read-plan";
import { FIRST_RECORD_ROW, buildRecordSheet } from "./record-sheet";
import type { Cell, SheetModel } from "./sheet-model";

const DELIVERED_SHEET_ID = "delivered";
const RATIONALE_HEADER = "Rationale / intended outcome";

interface DeliveredInput {
  readonly standard: Standard;
  readonly organisation: string;
  /** The year the actions were delivered in, e.g. "2025-26". */
  readonly period: string;
  /** The plan sheet they came from, named in the note. */
  readonly fromSheet: string;
  readonly actions: readonly PlanAction[];
  /** Whether last year's layout had a rationale column (metric-led). */
  readonly withRationale: boolean;
}

function deliveredSheetName(standard: Standard, period: string): string {
  return `${standard} delivered ${period}`;
}

const textOrBlank = (value: string): Cell => (value === "" ? blank : text(value));

export function buildDeliveredSheet(input: DeliveredInput): SheetModel {
  const columns = [
    { header: "Section", width: 34 },
    { header: "Action", width: 50 },
    ...(input.withRationale ? [{ header: RATIONALE_HEADER, width: 36 }] : []),
    { header: "Lead", width: 22 },
    { header: DUE_DATE_HEADER, width: 13 },
    { header: STATUS_HEADER, width: 16 },
    { header: PROGRESS_UPDATE_HEADER, width: 40 },
  ];
  const body = input.actions.map((a) => [
    text(blockLabel(input.standard, a.block)),
    textOrBlank(a.action),
    ...(input.withRationale ? [textOrBlank(a.rationale)] : []),
    textOrBlank(a.lead),
    typeof a.due === "number" ? num(a.due) : a.due ? text(a.due) : blank,
    textOrBlank(a.status),
    textOrBlank(a.progress),
  ]);
  const due = columns.findIndex((c) => c.header === DUE_DATE_HEADER) + 1;
  const last = FIRST_RECORD_ROW + Math.max(body.length, 1) - 1;
  return buildRecordSheet({
    id: DELIVERED_SHEET_ID,
    role: "delivered",
    name: deliveredSheetName(input.standard, input.period),
    tabColor: "#0070C0",
    title: `Delivered in ${input.period}`,
    note: `${input.organisation} — actions the ${standardName(input.standard)} action plan ${input.period} (sheet “${input.fromSheet}”) marked delivered, kept as the record when next year's plan was started.`,
    columns,
    body,
    tableName: `${input.standard}_delivered_${input.period.replace("-", "_")}`,
    formats: [
      { range: rangeAddress(due, FIRST_RECORD_ROW, due, last), style: { numberFormat: DATE_FORMAT } },
    ],
  });
}
