/**
 * Column widths. The model gives the number of characters Excel's column-width dialog shows; the file stores
 * that plus cell padding (ECMA-376 Part 1, 18.3.1.13):
 *   width = Truncate([chars × maxDigitWidth + 5 px] / maxDigitWidth × 256) / 256
 * with maxDigitWidth = 7 px for the default font (Calibri 11 at 96 dpi). So 8.43 characters → 9.140625,
 * the width Excel itself writes for its default column.
 */
const MAX_DIGIT_WIDTH_PX = 7;
const PADDING_PX = 5;

export function fileColumnWidth(characters: number): number {
  return Math.trunc(((characters * MAX_DIGIT_WIDTH_PX + PADDING_PX) / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}
