/** A1-address helpers for the sheet builders. Columns and rows are 1-based, as Excel counts them. */

export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

export function absoluteAddress(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** "B3:E3" from two corners. */
export function rangeAddress(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${cellAddress(fromColumn, fromRow)}:${cellAddress(toColumn, toRow)}`;
}

export function absoluteRange(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${absoluteAddress(fromColumn, fromRow)}:${absoluteAddress(toColumn, toRow)}`;
}

/** A string literal inside a formula: quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
