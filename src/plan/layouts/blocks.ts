/**
 * A plan's body is a list of blocks (an indicator, an objective, a theme, the general actions), each with a
 * stable key and an opening (its heading cells), followed by its action rows. The action rows of every layout
 * are built here and only here: the pre-numbered blank rows ([2.1], [2.2] … or [G1] …) and, when next year's
 * plan is rolled forward, the actions carried over from last year, which come first, keep their numbers and
 * take the place of the first blank rows.
 */
import { blank, num, text } from "../cells";
import type { BodyStyle } from "../plan-sheet";
import type { Cell } from "../sheet-model";
import type { BlockKey, CarriedAction } from "./layout-context";

export interface PlanBlock {
  /** Stable across years and rebuilds: "ind2", "obj1", "theme3", "general" (`plan-blocks.ts` reads them back). */
  readonly key: BlockKey;
  /** What the block's actions are numbered after: "2." gives [2.1], [2.2] …; "G" gives [G1] …. */
  readonly prefix: string;
  /**
   * The block's heading cells. "beside": row by row, the cells of the columns before the action column on
   * the block's first rows (a block has at least as many rows as its opening). "above": whole rows before
   * the action rows.
   */
  readonly opening: readonly (readonly Cell[])[];
  readonly placement: "beside" | "above";
  /** Styles of the block's own rows, `row` counted from the block's first row. */
  readonly styles: readonly BodyStyle[];
}

/** Where the action cells sit in a layout's row (0-based columns). */
interface ActionShape {
  /** The column the number and action text go in. */
  readonly action: number;
  /** The rationale column, in layouts that have one. */
  readonly rationale?: number;
  /** The first of the trailing Lead · Due date · Status · Progress update columns. */
  readonly trailing: number;
  readonly width: number;
}

const cellOf = (value: string | number | null): Cell =>
  value === null || value === "" ? blank : typeof value === "number" ? num(value) : text(value);

function carriedCells(a: CarriedAction, shape: ActionShape): Map<number, Cell> {
  const cells = new Map<number, Cell>([[shape.action, cellOf(a.action)]]);
  if (shape.rationale !== undefined) cells.set(shape.rationale, cellOf(a.rationale));
  [a.lead, a.due, a.status, a.progress].forEach((v, i) => cells.set(shape.trailing + i, cellOf(v)));
  return cells;
}

/** The last number in an action's label: "[2.3] …" → 3, "[G4] …" → 4. */
function actionNumber(action: string): number | undefined {
  const match = /^\s*\[(?:[A-Za-z]|\d+\.)?(\d+)\]/.exec(action);
  return match ? Number(match[1]) : undefined;
}

/**
 * The block's rows: its opening, then its carried actions, then blank rows numbered on after the highest
 * carried number, so the block has `actions` action rows at least. A block always has a row to type into.
 */
function blockRows(
  block: PlanBlock,
  shape: ActionShape,
  actions: number,
  carried: readonly CarriedAction[] = [],
): Cell[][] {
  let next = Math.max(0, ...carried.map((a) => actionNumber(a.action) ?? 0)) + 1;
  const blanks = Array.from(
    { length: Math.max(actions - carried.length, 0) },
    () => new Map([[shape.action, text(`[${block.prefix}${next++}]`)]]),
  );
  const rowsOfActions: Map<number, Cell>[] = [...carried.map((a) => carriedCells(a, shape)), ...blanks];
  const rows: Cell[][] = [];
  if (block.placement === "above") {
    for (const opening of block.opening) rows.push(pad(opening, shape.width));
    const count = Math.max(rowsOfActions.length, 1);
    for (let k = 0; k < count; k++) rows.push(row(new Map(), rowsOfActions[k], shape.width));
    return rows;
  }
  const count = Math.max(block.opening.length, rowsOfActions.length, 1);
  for (let k = 0; k < count; k++) {
    const lead = new Map((block.opening[k] ?? []).map((c, i) => [i, c] as const));
    rows.push(row(lead, rowsOfActions[k], shape.width));
  }
  return rows;
}

function row(
  lead: ReadonlyMap<number, Cell>,
  action: ReadonlyMap<number, Cell> | undefined,
  width: number,
): Cell[] {
  return Array.from({ length: width }, (_v, i) => action?.get(i) ?? lead.get(i) ?? blank);
}

function pad(cells: readonly Cell[], width: number): Cell[] {
  return Array.from({ length: width }, (_v, i) => cells[i] ?? blank);
}

/** All blocks laid out in order, with their styles moved to body rows. */
export function layoutBlocks(
  blocks: readonly PlanBlock[],
  shape: ActionShape,
  actions: number,
  carried: Readonly<Record<BlockKey, readonly CarriedAction[]>> = {},
): { rows: Cell[][]; styles: BodyStyle[]; starts: Readonly<Record<BlockKey, number>> } {
  const rows: Cell[][] = [];
  const styles: BodyStyle[] = [];
  const starts: Record<string, number> = {};
  for (const block of blocks) {
    starts[block.key] = rows.length;
    for (const s of block.styles) styles.push({ ...s, row: rows.length + s.row });
    rows.push(...blockRows(block, shape, actions, carried[block.key]));
  }
  return { rows, styles, starts };
}
