/**
 * Next year's plan from last year's, as a `WorkbookModel` of new sheets only (last year's are never
 * touched): every action not delivered is carried over with its fields and number, noted "Carried over from
 * 2025-26"; the delivered ones are listed on a sheet of their own; the data sheet's previous-year inputs are
 * last year's current-year inputs; and a new History sheet adds the year just closed to the years before.
 * Pure: the Excel and .xlsx paths read the workbook into a snapshot and write the model this returns.
 */
import type { IndicatorInputs } from "../wres/indicator-inputs";
import { buildWorkbook, type PlanWorkbook } from "./build-workbook";
import { buildDeliveredSheet } from "./delivered-sheet";
import { headlineFigures } from "./headline-figures";
import { buildHistorySheet, mergeHistory, type HistoryRow } from "./history-sheet";
import type { BlockKey, CarriedAction } from "./layouts/layout-context";
import { DEFAULT_PLAN_OPTIONS, planOptionsSchema, type FormulaStyle, type PlanOptions } from "./options";
import { nextPeriod } from "./period";
import { readPlan, type PlanAction, type ReadPlan } from "./read-plan";
import type { Standard } from "../wres/indicators";
import type { SheetModel } from "./sheet-model";
import type { WorkbookSnapshot } from "./workbook-snapshot";

export interface NextYearChoices {
  /** Blank rows per block besides the carried actions (default 3, as a new plan). */
  readonly actionsPerIndicator?: number;
  /** Replaces the organisation read from last year's title. */
  readonly organisation?: string;
  /** This year's counts (e.g. from extracts); a `prev.` key here wins over last year's figure. */
  readonly inputs?: IndicatorInputs;
  /** Replaces last year's formula style (e.g. native where this Excel has no LAMBDA). */
  readonly formulaStyle?: FormulaStyle;
}

export interface NextYear {
  readonly options: PlanOptions;
  /** The new sheets: plan, data (WRES), delivered (if any), History (if any figures), with the plan's cells. */
  readonly model: PlanWorkbook;
  /** Last year's plan as read. */
  readonly from: ReadPlan;
  readonly carried: readonly PlanAction[];
  readonly delivered: readonly PlanAction[];
  /** How many previous-year inputs were filled from last year's current-year inputs. */
  readonly previousInputs: number;
  /** The years the History sheet holds, oldest first. */
  readonly historyYears: readonly string[];
  /** What the user should know, in British English. */
  readonly notes: readonly string[];
}

type NextYearResult =
  { readonly ok: true; readonly value: NextYear } | { readonly ok: false; readonly message: string };

/** The note the published plans add ("Carried over from WRES 2020 – 21"). */
function carriedNote(period: string): string {
  return `Carried over from ${period}.`;
}

const withNote = (note: string, textValue: string): string =>
  textValue === "" ? note : `${note} ${textValue}`;

/**
 * Where the note goes: the rationale where the layout has one (metric-led, as the published plan does);
 * otherwise at the start of the progress update, the other narrative column of every layout.
 */
function carry(action: PlanAction, note: string, hasRationale: boolean): CarriedAction {
  return {
    action: action.action,
    rationale: hasRationale ? withNote(note, action.rationale) : action.rationale,
    lead: action.lead,
    due: action.due,
    status: action.status,
    progress: hasRationale ? action.progress : withNote(note, action.progress),
  };
}

/** Last year's current-year inputs as this year's previous-year inputs. */
function previousYearInputs(inputs: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(inputs)
      .filter(([key]) => !key.startsWith("prev."))
      .map(([key, value]) => [`prev.${key}`, value]),
  );
}

function nextOptions(plan: ReadPlan, choices: NextYearChoices): PlanOptions {
  const candidate: PlanOptions = {
    standard: plan.standard,
    layout: plan.layout,
    organisation: choices.organisation?.trim() || plan.organisation,
    period: nextPeriod(plan.period),
    actionsPerIndicator: choices.actionsPerIndicator ?? DEFAULT_PLAN_OPTIONS.actionsPerIndicator,
    statuses: [...plan.statuses],
    includeDataSheet: plan.data !== undefined,
    formulaStyle: choices.formulaStyle ?? plan.data?.formulaStyle ?? DEFAULT_PLAN_OPTIONS.formulaStyle,
  };
  return planOptionsSchema.parse(candidate);
}

function rollForward(plan: ReadPlan, choices: NextYearChoices = {}): NextYear {
  const options = nextOptions(plan, choices);
  const hasRationale = plan.layout === "metric-led";
  const note = carriedNote(plan.period);
  // Exact match, as the sheet's own rules compare (EXACT): a status typed another way is not delivered.
  const delivered = plan.actions.filter((a) => a.status === plan.delivered.label);
  const carried = plan.actions.filter((a) => a.status !== plan.delivered.label);
  const byBlock: Record<BlockKey, CarriedAction[]> = {};
  for (const a of carried) (byBlock[a.block] ??= []).push(carry(a, note, hasRationale));

  const previous = plan.data ? previousYearInputs(plan.data.inputs) : {};
  const inputs: IndicatorInputs = { ...previous, ...choices.inputs };
  const workbook = buildWorkbook(options, inputs, byBlock);

  const notes = [...plan.notes];
  if (!plan.organisationFromTitle && !choices.organisation) {
    notes.push(
      `Last year's title did not name the organisation the way the add-in writes it, so the new title starts “${options.organisation}”: type over it if that is not your organisation's name.`,
    );
  }
  if (plan.standard === "WRES" && !plan.data) {
    notes.push(
      `No data sheet for ${plan.period} was found, so the new plan has no data sheet and no History.`,
    );
  }
  if (plan.data && plan.data.missing.length > 0) {
    notes.push(
      `${plan.data.missing.length} input${plan.data.missing.length > 1 ? "s" : ""} on “${plan.data.sheet}” could not be found by their labels (${plan.data.missing.slice(0, 5).join(", ")}${plan.data.missing.length > 5 ? " …" : ""}), so their previous-year cells are blank.`,
    );
  }

  const extra: SheetModel[] = [];
  if (delivered.length > 0) {
    extra.push(
      buildDeliveredSheet({
        standard: plan.standard,
        organisation: options.organisation,
        period: plan.period,
        fromSheet: plan.sheet,
        actions: delivered,
        withRationale: hasRationale,
      }),
    );
  } else {
    notes.push(
      `No action in ${plan.period} was marked “${plan.delivered.label}”, so there is no Delivered sheet.`,
    );
  }

  const closing: HistoryRow[] = plan.data
    ? headlineFigures(plan.data.inputs).map((f) => ({ ...f, year: plan.period }))
    : [];
  const history = mergeHistory(plan.history, closing);
  if (history.length > 0 && plan.standard === "WRES") {
    extra.push(
      buildHistorySheet({
        standard: plan.standard,
        organisation: options.organisation,
        through: plan.period,
        rows: history,
      }),
    );
  }
  if (plan.data && closing.length === 0) {
    notes.push(
      `The data sheet “${plan.data.sheet}” gives no figures yet, so ${plan.period} has no row in the History.`,
    );
  }

  return {
    options,
    model: { ...workbook, sheets: [...workbook.sheets, ...extra] },
    from: plan,
    carried,
    delivered,
    previousInputs: Object.keys(previous).length,
    historyYears: [...new Set(history.map((r) => r.year))].sort(),
    notes,
  };
}

/** What the pane and the command tell the user about a roll-forward. */
export interface NextYearSummary {
  /** Last year's plan sheet and period, and the new period. */
  readonly fromSheet: string;
  readonly fromPeriod: string;
  readonly period: string;
  readonly carried: number;
  readonly delivered: number;
  readonly previousInputs: number;
  readonly historyYears: readonly string[];
  readonly notes: readonly string[];
}

export function summarise(next: NextYear): NextYearSummary {
  return {
    fromSheet: next.from.sheet,
    fromPeriod: next.from.period,
    period: next.options.period,
    carried: next.carried.length,
    delivered: next.delivered.length,
    previousInputs: next.previousInputs,
    historyYears: next.historyYears,
    notes: next.notes,
  };
}

/** Reads the plan of `standard` (or the only one) from the snapshot and rolls it forward, or says why not. */
export function startNextYear(
  snapshot: WorkbookSnapshot,
  request: NextYearChoices & { readonly standard?: Standard } = {},
): NextYearResult {
  const read = readPlan(snapshot, request.standard);
  if (!read.ok) return read;
  return { ok: true, value: rollForward(read.plan, request) };
}
