/**
 * Known Office errors become clear British-English messages for the pane; anything else is re-thrown as it
 * came, so real bugs stay visible. office.js rejects with an `OfficeExtension.Error` whose `code` names the
 * failure (e.g. "ItemAlreadyExists"); we read the code rather than rely on the class being loaded.
 */

type ExcelServiceErrorCode =
  | "requirements_missing"
  | "not_in_excel"
  | "invalid_options"
  | "invalid_formula"
  | "invalid_argument"
  | "item_already_exists"
  | "item_not_found"
  | "api_not_found"
  | "access_denied"
  | "cell_edit_mode"
  | "too_large"
  | "no_plan";

export class ExcelServiceError extends Error {
  override readonly name = "ExcelServiceError";
  constructor(
    readonly code: ExcelServiceErrorCode,
    message: string,
    /** The Office error code behind it, when there was one. */
    readonly officeCode?: string,
  ) {
    super(message);
  }
}

const KNOWN = new Map<string, { code: ExcelServiceErrorCode; message: string }>(
  Object.entries({
    InvalidArgument: {
      code: "invalid_argument",
      message: "Excel did not accept part of the request (an address, name or formula was not valid).",
    },
    ItemAlreadyExists: {
      code: "item_already_exists",
      message: "A sheet, table or name with that name already exists in this workbook.",
    },
    ItemNotFound: {
      code: "item_not_found",
      message: "Excel could not find that sheet or item; it may have been renamed or deleted.",
    },
    ApiNotFound: {
      code: "api_not_found",
      message:
        "This version of Excel does not support a feature the add-in needs. Update Excel, or download the workbook instead.",
    },
    AccessDenied: {
      code: "access_denied",
      message: "Excel refused the change; the workbook or sheet may be protected or shared read-only.",
    },
    InvalidOperationInCellEditMode: {
      code: "cell_edit_mode",
      message: "Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.",
    },
    RequestPayloadSizeLimitExceeded: {
      code: "too_large",
      message:
        "The request was too large for Excel to take in one go; try fewer actions, or download the workbook instead.",
    },
    // Excel on the web sends back at most 5 MB per sync; any platform reads at most 5,000,000 cells of a range
    // at once (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
    // codes from https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
    ResponsePayloadSizeLimitExceeded: {
      code: "too_large",
      message:
        "Excel could not send that much data back at once (Excel on the web sends at most 5 MB at a time). If a few cells hold very long text, shorten them or leave their columns out of the extract, then try again.",
    },
    RangeExceedsLimit: {
      code: "too_large",
      message:
        "The range has more cells than Excel reads at once (5,000,000). Choose the extract's table, or only the rows and columns it fills, rather than whole columns or a whole sheet.",
    },
  }),
);

/**
 * A write sync that failed after new sheets may already have been added: Excel does not roll a batch back,
 * so the user has to know which sheets to check. Carries the error Excel gave.
 */
export class IncompleteWriteError extends Error {
  override readonly name = "IncompleteWriteError";
  constructor(
    readonly original: unknown,
    /** The sheets the write was creating. */
    readonly sheetNames: readonly string[],
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

/** “A”, “A” and “B”, “A”, “B” and “C”: sheet names as the pane lists them. */
export function quoteList(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length <= 1
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

function incompleteNote(names: readonly string[]): string {
  if (names.length === 0) return "";
  const which = names.length === 1 ? "sheet" : "sheets";
  return ` Part of it may already be in the workbook: check the ${which} ${quoteList(names)} and delete what is incomplete before trying again.`;
}

/** The Office error code of `error`, if it looks like an `OfficeExtension.Error`. */
export function officeErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Runs `work`; a known Office error becomes an `ExcelServiceError` whose message starts with `action`
 * (e.g. "Could not create the plan."), anything else is re-thrown unchanged (an `IncompleteWriteError` is
 * unwrapped to the error Excel gave).
 */
export async function withOfficeErrors<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExcelServiceError) throw error;
    const incomplete = error instanceof IncompleteWriteError ? error : undefined;
    const original = incomplete ? incomplete.original : error;
    const code = officeErrorCode(original);
    const known = code === undefined ? undefined : KNOWN.get(code);
    if (known === undefined) throw original;
    throw new ExcelServiceError(
      known.code,
      `${action} ${known.message}${incompleteNote(incomplete?.sheetNames ?? [])}`,
      code,
    );
  }
}
