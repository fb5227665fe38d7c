/** Small constructors for the model's cells, so builders read as layouts rather than object literals. */
import type { Cell } from "./sheet-model";

export const text = (value: string): Cell => ({ kind: "text", text: value });
export const num = (value: number): Cell => ({ kind: "number", value });
export const formula = (value: string): Cell => ({ kind: "formula", formula: value });
export const blank: Cell = { kind: "blank" };

/** A row of `width` cells, the given ones first and blanks after. */
export function padRow(cells: readonly Cell[], width: number): Cell[] {
  const row = [...cells];
  while (row.length < width) row.push(blank);
  return row;
}

/** The fill that marks a cell the user types into. */
export const INPUT_FILL = "#FFF2CC";
