/** What a layout needs besides the options: the data sheet's cells, when there is one, and carried actions. */
import type { DataCells } from "../data-sheet";
import type { PlanOptions } from "../options";
import { DUE_DATE_HEADER, PROGRESS_UPDATE_HEADER, STATUS_HEADER, type PlanColumn } from "../plan-sheet";

/**
 * An action carried over from last year's plan, written as it stood there (its number stays in `action`,
 * e.g. "[2.3] Review shortlisting"). The roll-forward has already added its "Carried over from …" note.
 */
export interface CarriedAction {
  readonly action: string;
  /** Empty for layouts without a rationale column. */
  readonly rationale: string;
  readonly lead: string;
  /** A date serial (the column is date-formatted) or the text the user typed ("Monthly"). */
  readonly due: number | string | null;
  readonly status: string;
  readonly progress: string;
}

/** Blocks of a plan, as carried actions are keyed: "ind2", "obj1", "theme3", "general" (`plan-blocks.ts`). */
export type BlockKey = string;

export interface LayoutContext {
  readonly options: PlanOptions;
  /** Where the data sheet's figures are, when the workbook has one. */
  readonly data?: DataCells;
  /** Last year's unfinished actions by block; they take the place of the first blank pre-numbered rows. */
  readonly carried?: Readonly<Record<BlockKey, readonly CarriedAction[]>>;
}

/**
 * The columns every layout ends with; the scaffold relies on the "Due date" and "Status" headers. Status is
 * the key's drop-down; Progress update is free text, as the published plans use their Progress column.
 */
export const TRAILING_COLUMNS: readonly PlanColumn[] = [
  { header: "Lead", width: 20, input: true },
  { header: DUE_DATE_HEADER, width: 13, input: true, numberFormat: "dd/mm/yyyy" },
  { header: STATUS_HEADER, width: 16, input: true },
  { header: PROGRESS_UPDATE_HEADER, width: 30, input: true },
];

/** Light fill for the row that opens a block (an indicator, objective or theme). */
export const BLOCK_FILL = "#DDEBF7";
