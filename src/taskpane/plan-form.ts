/**
 * The plan form as plain data: what the user has typed, how it becomes PlanOptions, and which message
 * belongs under which field. Kept out of the components so the rules are tested without React.
 */
import {
  DEFAULT_PLAN_OPTIONS,
  DEFAULT_STATUSES,
  NOT_STARTED,
  planOptionsSchema,
  type FormulaStyle,
  type Layout,
  type PlanOptions,
  type Standard,
} from "../plan/options";

export interface PlanFormValues {
  readonly standard: Standard;
  readonly layout: Layout;
  readonly organisation: string;
  readonly period: string;
  /** Text, so a half-typed or cleared number is kept and reported rather than silently replaced. */
  readonly actionsPerIndicator: string;
  /** Labels of the four default states, in key order; colours stay the defaults. */
  readonly statusLabels: readonly string[];
  readonly includeNotStarted: boolean;
  readonly includeDataSheet: boolean;
  readonly formulaStyle: FormulaStyle;
}

export const INITIAL_FORM_VALUES: PlanFormValues = {
  standard: DEFAULT_PLAN_OPTIONS.standard,
  layout: DEFAULT_PLAN_OPTIONS.layout,
  organisation: DEFAULT_PLAN_OPTIONS.organisation,
  period: DEFAULT_PLAN_OPTIONS.period,
  actionsPerIndicator: String(DEFAULT_PLAN_OPTIONS.actionsPerIndicator),
  statusLabels: DEFAULT_STATUSES.map((s) => s.label),
  includeNotStarted: false,
  includeDataSheet: DEFAULT_PLAN_OPTIONS.includeDataSheet,
  formulaStyle: DEFAULT_PLAN_OPTIONS.formulaStyle,
};

/** Field keys the form shows messages under: top-level option names, or `statuses.<i>` for one label. */
export type FieldErrors = Readonly<Record<string, string>>;

type FormResult =
  { readonly ok: true; readonly options: PlanOptions } | { readonly ok: false; readonly errors: FieldErrors };

function toNumber(text: string): number {
  const trimmed = text.trim();
  // Empty must fail validation, not become 0.
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

function formToCandidate(values: PlanFormValues): unknown {
  const statuses = values.statusLabels.map((label, i) => ({ label, colour: DEFAULT_STATUSES[i].colour }));
  return {
    standard: values.standard,
    layout: values.layout,
    organisation: values.organisation,
    period: values.period,
    actionsPerIndicator: toNumber(values.actionsPerIndicator),
    statuses: values.includeNotStarted ? [...statuses, NOT_STARTED] : statuses,
    includeDataSheet: values.includeDataSheet,
    formulaStyle: values.formulaStyle,
  };
}

/** Validates with the shared schema; the first message per field wins, as a field shows one message. */
export function validatePlanForm(values: PlanFormValues): FormResult {
  const parsed = planOptionsSchema.safeParse(formToCandidate(values));
  if (parsed.success) return { ok: true, options: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [field, index] = issue.path;
    const key =
      field === "statuses" && typeof index === "number" ? `statuses.${index}` : String(field ?? "form");
    // zod says "expected number, received NaN" for an empty box; say it in the pane's words.
    const message =
      field === "actionsPerIndicator" && issue.code === "invalid_type"
        ? "Enter a whole number from 0 to 50."
        : issue.message;
    if (!(key in errors)) errors[key] = message;
  }
  return { ok: false, errors };
}

/**
 * Field keys in on-screen order, to move focus to the first one that needs fixing: one per status label the
 * form shows, however many there are.
 */
export function fieldOrder(values: PlanFormValues): string[] {
  return [
    "organisation",
    "period",
    "actionsPerIndicator",
    ...values.statusLabels.map((_label, i) => `statuses.${i}`),
    "statuses",
  ];
}

/** The first field, in on-screen order, with a message. */
export function firstInvalidField(values: PlanFormValues, errors: FieldErrors): string | undefined {
  return fieldOrder(values).find((key) => key in errors);
}
