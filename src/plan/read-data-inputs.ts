/**
 * Reads the input cells of last year's data sheet by their labels, not their addresses: each input is found
 * under its section's header row ("Counts", the Staff Survey header), in the column headed like the model's
 * ("BME 2025-26") and the row labelled like the model's ("Applicants shortlisted"). So a user who inserted
 * rows or columns on the data sheet still has every figure found.
 */
import { parseCell } from "./a1";
import type { Cell, SheetModel } from "./sheet-model";
import { columnCount, rowCount, sameText, textAt, valueAt, type SheetCells } from "./workbook-snapshot";

interface ReadInputs {
  /** Every input found with a number in it, by input key. */
  readonly inputs: Readonly<Record<string, number>>;
  /** Input keys whose label, header or section could not be found on the sheet. */
  readonly missing: readonly string[];
}

function modelCell(sheet: SheetModel, column: number, row: number): Cell | undefined {
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    const cell = block.rows[row - 1 - anchor.row]?.[column - 1 - anchor.column];
    if (cell) return cell;
  }
  return undefined;
}

const modelText = (sheet: SheetModel, column: number, row: number): string => {
  const cell = modelCell(sheet, column, row);
  return cell?.kind === "text" ? cell.text : "";
};

/** Where an input sits in the model, as words: its section, column header and row label. */
interface InputPlace {
  readonly section: string;
  readonly header: string;
  readonly label: string;
}

function placeOf(model: SheetModel, address: string): InputPlace | undefined {
  const { row, column } = parseCell(address);
  const label = modelText(model, 1, row + 1);
  for (let r = row; r >= 1; r--) {
    const header = modelText(model, column + 1, r);
    if (header !== "") return label ? { section: modelText(model, 1, r), header, label } : undefined;
  }
  return undefined;
}

/** 1-based rows whose first cell reads `section` and which have a cell reading `header`, with its column. */
function headerCells(sheet: SheetCells, place: InputPlace): { row: number; column: number }[] {
  const found: { row: number; column: number }[] = [];
  for (let row = 1; row <= rowCount(sheet); row++) {
    if (!sameText(textAt(sheet, 1, row), place.section)) continue;
    for (let column = 2; column <= columnCount(sheet); column++)
      if (sameText(textAt(sheet, column, row), place.header)) found.push({ row, column });
  }
  return found;
}

export function readDataInputs(sheet: SheetCells, model: SheetModel): ReadInputs {
  const inputs: Record<string, number> = {};
  const missing: string[] = [];
  const sectionRows = new Set<number>();
  for (const address of Object.values(model.inputs)) {
    const place = placeOf(model, address);
    if (place) for (const h of headerCells(sheet, place)) sectionRows.add(h.row);
  }
  for (const [key, address] of Object.entries(model.inputs)) {
    const place = placeOf(model, address);
    const header = place ? headerCells(sheet, place)[0] : undefined;
    let row: number | undefined;
    if (place && header) {
      // The labelled row below the header, before the next section starts.
      for (let r = header.row + 1; r <= rowCount(sheet) && !sectionRows.has(r); r++) {
        if (sameText(textAt(sheet, 1, r), place.label)) {
          row = r;
          break;
        }
      }
    }
    if (!header || row === undefined) {
      missing.push(key);
      continue;
    }
    const value = valueAt(sheet, header.column, row);
    if (typeof value === "number" && Number.isFinite(value)) inputs[key] = value;
  }
  return { inputs, missing };
}
