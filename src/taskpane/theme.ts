/** Picks the Fluent theme that matches Office's, so the pane never glares white inside dark Excel. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { relativeLuminance } from "../plan/colour";

/** The parts of Office.OfficeTheme we read; kept structural so tests need no office.js. */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

export function isDarkOfficeTheme(officeTheme: OfficeThemeLike | undefined): boolean {
  if (!officeTheme) return false;
  if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme;
  // Older hosts give only colours: a dark body background means a dark theme.
  const lum = officeTheme.bodyBackgroundColor
    ? relativeLuminance(officeTheme.bodyBackgroundColor)
    : undefined;
  return lum !== undefined && lum < 0.2;
}

export function pickTheme(officeTheme: OfficeThemeLike | undefined): Theme {
  return isDarkOfficeTheme(officeTheme) ? webDarkTheme : webLightTheme;
}
