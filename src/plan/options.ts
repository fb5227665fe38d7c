/** The choices behind a plan, as the pane's form and the make-plan command collect them. */
import { z } from "zod";
import { STANDARDS, type Standard } from "../wres/indicators";

export { STANDARDS, type Standard };
export const LAYOUTS = ["metric-led", "objective-led", "theme-led"] as const;
const FORMULA_STYLES = ["native", "lambda", "addin"] as const;

export type Layout = (typeof LAYOUTS)[number];
export type FormulaStyle = (typeof FORMULA_STYLES)[number];

const hexColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, "Use a colour like #C00000.");

const statusSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, "Give the status a label.")
    .max(60, "Keep status labels under 60 characters."),
  colour: hexColour,
});
export type Status = z.infer<typeof statusSchema>;

/** The four-state key of wres.md (red, amber, green, blue), then the optional "Not started" (grey). */
export const DEFAULT_STATUSES: readonly Status[] = [
  { label: "Slippage / Critical", colour: "#FF0000" },
  { label: "Slippage likely / Not Critical", colour: "#FFC000" },
  { label: "On Track, Good Progress", colour: "#00B050" },
  { label: "Delivered", colour: "#0070C0" },
];
export const NOT_STARTED: Status = { label: "Not started", colour: "#BFBFBF" };

/** "2025-26": a start year and the next year's last two digits. */
export const periodSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}$/, "Write the period like 2025-26.")
  .refine(
    (p) => (Number(p.slice(0, 4)) + 1) % 100 === Number(p.slice(5)),
    "The second year must follow the first, as in 2025-26.",
  )
  // WRES began in 2015; a year outside this century is a typing slip (1925-26, 2205-06), not a plan.
  .refine(
    (p) => Number(p.slice(0, 4)) >= 2000 && Number(p.slice(0, 4)) <= 2099,
    "Use a period from 2000-01 to 2099-00.",
  );

export const planOptionsSchema = z
  .object({
    standard: z.enum(STANDARDS),
    layout: z.enum(LAYOUTS),
    organisation: z
      .string()
      .trim()
      .min(1, "Enter your organisation's name.")
      .max(120, "Keep the name under 120 characters."),
    period: periodSchema,
    actionsPerIndicator: z
      .number()
      .int("Use a whole number.")
      .min(0, "Use 0 or more.")
      .max(50, "Use 50 or fewer."),
    statuses: z
      .array(statusSchema)
      .min(2, "Keep at least two statuses.")
      .max(8, "Use at most eight statuses.")
      .refine(
        (s) => new Set(s.map((x) => x.label.toLowerCase())).size === s.length,
        "Status labels must differ.",
      ),
    includeDataSheet: z.boolean(),
    formulaStyle: z.enum(FORMULA_STYLES),
  })
  .strict();

export type PlanOptions = z.infer<typeof planOptionsSchema>;

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  standard: "WRES",
  layout: "metric-led",
  organisation: "",
  period: "2025-26",
  actionsPerIndicator: 3,
  statuses: [...DEFAULT_STATUSES],
  includeDataSheet: true,
  formulaStyle: "native",
};
