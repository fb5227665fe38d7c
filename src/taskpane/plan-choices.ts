/** Labels and one-line explanations for the form's choices, in British English. */
import type { FormulaStyle, Layout, Standard } from "../plan/options";

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly description: string;
}

export const STANDARD_CHOICES: readonly Choice<Standard>[] = [
  { value: "WRES", label: "WRES", description: "Workforce Race Equality Standard: nine indicators." },
  { value: "WDES", label: "WDES", description: "Workforce Disability Equality Standard: metrics 1 to 10." },
];

export const LAYOUT_CHOICES: readonly Choice<Layout>[] = [
  {
    value: "metric-led",
    label: "Metric-led",
    description: "One block per indicator: its result, then numbered actions.",
  },
  {
    value: "objective-led",
    label: "Objective-led",
    description: "One block per equality objective, naming the indicators it serves.",
  },
  {
    value: "theme-led",
    label: "Theme-led",
    description: "A section per theme, such as recruitment, with its aim and activities.",
  },
];

export const FORMULA_STYLE_CHOICES: readonly Choice<FormulaStyle>[] = [
  {
    value: "native",
    label: "Native formulas",
    description: "Plain formulas that work in any Excel, LibreOffice or Google Sheets, no add-in needed.",
  },
  {
    value: "lambda",
    label: "Named LAMBDA",
    description: "Names such as WRES_RL that read like functions; needs Excel 365 or 2024, no add-in.",
  },
  {
    value: "addin",
    label: "Add-in functions",
    description: "The WRES.* functions; everyone who opens the workbook needs this add-in.",
  },
];
