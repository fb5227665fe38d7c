/** Picks the Fluent theme that matches Office's, so the pane never glares white inside dark Excel. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The parts of Office.OfficeTheme we read; kept structural so tests need no office.js. */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of a #RRGGBB colour (WCAG formula); undefined when the text is not a colour. */
export function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const channel = (i: number): number => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function isDarkOfficeTheme(officeTheme: OfficeThemeLike | undefined): boolean {
  if (!officeTheme) return false;
  if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme;
  // Older hosts give only colours: a dark body background means a dark theme.
  const lum = officeTheme.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : undefined;
  return lum !== undefined && lum < 0.2;
}

export function pickTheme(officeTheme: OfficeThemeLike | undefined): Theme {
  return isDarkOfficeTheme(officeTheme) ? webDarkTheme : webLightTheme;
}
