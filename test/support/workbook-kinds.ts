/**
 * Every kind of workbook the project writes, as a user gets it: each layout × WRES/WDES × each formula style,
 * without extracts and (WRES, which has a data sheet to fill) with the sample trust's four extracts, built on
 * make-plan's own path (`readExtracts` → `buildWorkbook` → `withAnalysisSheets` → `writeXlsx`); plus the pane's
 * "Download .xlsx" (`downloadWorkbook`: `buildWorkbook` → `writeXlsx`). Tests that check files (schema, openpyxl, LibreOffice rendering) iterate
 * `WORKBOOK_KINDS`, so a new layout, style or writer path is checked everywhere once it is listed here.
 */
import path from "node:path";
import { parseArgs, type MakePlanArgs } from "../../src/cli/args";
import { planWorkbook } from "../../src/cli/plan-workbook";
import { readExtracts } from "../../src/cli/read-extracts";
import { buildWorkbook, hasDataSheet } from "../../src/plan/build-workbook";
import {
  DEFAULT_PLAN_OPTIONS,
  LAYOUTS,
  STANDARDS,
  type FormulaStyle,
  type PlanOptions,
} from "../../src/plan/options";
import type { WorkbookModel } from "../../src/plan/sheet-model";
import type { ExtractCounts } from "../../src/wres/extract-counts";
import { nextYearFile } from "../../src/xlsx/next-year-file";
import { ROUND_YEAR, filledPlan, sampleInputs } from "../plan/support/filled-plan";
import { writeXlsx } from "../../src/xlsx/write-xlsx";

export const SAMPLE_TRUST = path.resolve(__dirname, "../../../shared/data/sample-trust");

/** An apostrophe and an ampersand, as real trust names have: both must be escaped in every part. */
export const KIND_ORGANISATION = "St Mary's & St John's NHS Trust";

/** "next-year": next year's workbook rolled forward from last year's filled plan (make-plan --from). */
export type WorkbookPath = "make-plan" | "download" | "next-year";

export interface WorkbookKind {
  /** E.g. "metric-led WRES lambda, sample extracts (make-plan)". */
  readonly label: string;
  readonly options: PlanOptions;
  /** True when the sample trust's extracts fill the data sheet and add the analysis sheets. */
  readonly withExtracts: boolean;
  readonly path: WorkbookPath;
  /** The workbook model this kind writes. */
  model(): Promise<WorkbookModel>;
  /** The .xlsx bytes, as the user receives them. */
  bytes(): Promise<Uint8Array>;
}

/** make-plan's command line for the sample trust's four extracts. */
export function sampleTrustArgs(): MakePlanArgs {
  const parsed = parseArgs([
    "--org",
    KIND_ORGANISATION,
    "--out",
    "unused.xlsx",
    "--staff",
    path.join(SAMPLE_TRUST, "staff.csv"),
    "--staff-previous",
    path.join(SAMPLE_TRUST, "staff-previous-year.csv"),
    "--applications",
    path.join(SAMPLE_TRUST, "applications.csv"),
    "--board",
    path.join(SAMPLE_TRUST, "board.csv"),
  ]);
  if (!parsed.ok || parsed.value === "help") throw new Error("the sample trust's make-plan arguments");
  return parsed.value;
}

let counted: Promise<ExtractCounts> | undefined;
/** The sample trust's extracts counted once per test file (about a second), shared by every kind. */
export function sampleTrustCounts(): Promise<ExtractCounts> {
  counted ??= readExtracts(sampleTrustArgs(), () => undefined).then((r) => {
    if (!r.ok || r.value === undefined)
      throw new Error(`sample trust extracts: ${r.ok ? "none" : r.message}`);
    return r.value;
  });
  return counted;
}

/** make-plan's model: the plan, filled and extended with the analysis sheets when extracts are given. */
async function makePlanModel(options: PlanOptions, withExtracts: boolean): Promise<WorkbookModel> {
  if (!withExtracts) return planWorkbook(options);
  return planWorkbook(options, await sampleTrustCounts(), sampleTrustArgs().files);
}

function memo<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

function kind(options: PlanOptions, withExtracts: boolean, via: WorkbookPath): WorkbookKind {
  const model = memo(() => makePlanModel(options, withExtracts));
  const label = `${options.layout} ${options.standard} ${options.formulaStyle}${withExtracts ? ", sample extracts" : ""} (${via})`;
  // The pane's download writes buildWorkbook's model as it is (src/xlsx/download.ts; its own test checks the file).
  const bytes = memo(async () => writeXlsx(via === "download" ? buildWorkbook(options) : await model()));
  return { label, options, withExtracts, path: via, model, bytes };
}

/** Next year's workbook from a plan filled in for a year (test/plan/support/filled-plan.ts), via a file. */
function nextYearKind(options: PlanOptions): WorkbookKind {
  const made = memo(async () => {
    const lastYear = await writeXlsx(
      filledPlan(options.layout, options.standard, options.period, options.organisation).model,
    );
    const next = await nextYearFile(lastYear, { standard: options.standard });
    if (!next.ok) throw new Error(next.message);
    return next;
  });
  return {
    label: `${options.layout} ${options.standard}, next year's plan (next-year)`,
    options,
    withExtracts: false,
    path: "next-year",
    model: async () => (await made()).model,
    bytes: async () => (await made()).bytes,
  };
}

/**
 * The fourth year's plan: three roll-forwards from files, this year's counts arriving each year (the
 * hand-worked year, then the sample trust's), so its History holds three years and draws its data bars
 * over three rows per indicator.
 */
function thirdNextYearKind(options: PlanOptions): WorkbookKind {
  const made = memo(async () => {
    let bytes = await writeXlsx(
      filledPlan(options.layout, options.standard, options.period, options.organisation).model,
    );
    const sample = Object.fromEntries(Object.entries(sampleInputs()).filter(([k]) => !k.startsWith("prev.")));
    let next: Awaited<ReturnType<typeof nextYearFile>> | undefined;
    for (const inputs of [ROUND_YEAR, sample, {}]) {
      next = await nextYearFile(bytes, { standard: options.standard, inputs });
      if (!next.ok) throw new Error(next.message);
      bytes = next.bytes;
    }
    if (!next?.ok) throw new Error("no roll-forward");
    return next;
  });
  return {
    label: `${options.layout} ${options.standard}, after three roll-forwards (next-year)`,
    options,
    withExtracts: false,
    path: "next-year",
    model: async () => (await made()).model,
    bytes: async () => (await made()).bytes,
  };
}

const optionsFor = (overrides: Partial<PlanOptions>): PlanOptions => ({
  ...DEFAULT_PLAN_OPTIONS,
  organisation: KIND_ORGANISATION,
  ...overrides,
});

/** Every formula style: a Record, so a style added to FormulaStyle fails to compile here until it is listed. */
const EVERY_STYLE: Readonly<Record<FormulaStyle, true>> = { native: true, lambda: true, addin: true };
const FORMULA_STYLES = Object.keys(EVERY_STYLE) as FormulaStyle[];

export const WORKBOOK_KINDS: readonly WorkbookKind[] = [
  ...LAYOUTS.flatMap((layout) =>
    STANDARDS.flatMap((standard) =>
      FORMULA_STYLES.flatMap((formulaStyle) => {
        const options = optionsFor({ layout, standard, formulaStyle });
        return [
          kind(options, false, "make-plan"),
          ...(hasDataSheet(options) ? [kind(options, true, "make-plan")] : []),
        ];
      }),
    ),
  ),
  // The pane's download: the default plan of each standard, through the pane's own entry point.
  ...STANDARDS.map((standard) => kind(optionsFor({ standard }), false, "download")),
  // Next year's plan with its Delivered and History sheets, for each layout and standard.
  ...LAYOUTS.flatMap((layout) => STANDARDS.map((standard) => nextYearKind(optionsFor({ layout, standard })))),
  // And the History after three years (WRES: WDES has no data sheet, so no History).
  thirdNextYearKind(optionsFor({ layout: "metric-led", standard: "WRES" })),
];
