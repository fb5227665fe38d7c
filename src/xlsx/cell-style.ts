/** The model's CellStyle as ExcelJS style objects. */
import type { Alignment, Border, Borders, Fill, Font, Style } from "exceljs";
import type { CellStyle } from "../plan/sheet-model";

/** ExcelJS's default workbook font (the one column widths are measured in). */
const DEFAULT_FONT = "Calibri";
const DEFAULT_SIZE = 11;

/** "#C00000" → "FFC00000" (ExcelJS wants opaque ARGB). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function solidFill(hex: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/** Later styles win property by property, as the model's "later entries win" rule asks. */
export function mergeStyles(a: CellStyle | undefined, b: CellStyle): CellStyle {
  return { ...a, ...b };
}

export function toExcelStyle(s: CellStyle): Partial<Style> {
  const style: { -readonly [K in keyof Style]?: Style[K] } = {};
  const font: Partial<Font> = {};
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
  // A font entry replaces the default one, so it must name the default face and size too.
  if (Object.keys(font).length > 0) style.font = { name: DEFAULT_FONT, size: DEFAULT_SIZE, ...font };
  if (s.fill !== undefined) style.fill = solidFill(s.fill);
  if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
  const alignment: Partial<Alignment> = {};
  if (s.wrap !== undefined) alignment.wrapText = s.wrap;
  if (s.horizontal !== undefined) alignment.horizontal = s.horizontal;
  if (s.vertical !== undefined) alignment.vertical = s.vertical === "center" ? "middle" : s.vertical;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (s.border !== undefined) {
    const edge: Partial<Border> = { style: "thin", color: { argb: argb(s.border) } };
    const borders: Partial<Borders> = { top: edge, left: edge, bottom: edge, right: edge };
    style.border = borders;
  }
  if (s.locked !== undefined) style.protection = { locked: s.locked };
  return style;
}
