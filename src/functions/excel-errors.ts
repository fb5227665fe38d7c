/**
 * The four Excel errors the functions return, what each means, and whether Excel shows the function's message
 * with it. Excel shows a custom message only with #VALUE! and #N/A; for #DIV/0! and #NUM! "a custom error
 * message can't be used" (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), so help text explains those two.
 */
import type { ErrorCode } from "./declaration";

interface ExcelErrorInfo {
  readonly code: ErrorCode;
  /** True when Excel shows the function's message (hover over the cell's error flag). */
  readonly carriesMessage: boolean;
  /** When the functions return it, in general. */
  readonly when: string;
}

export const EXCEL_ERRORS: readonly ExcelErrorInfo[] = [
  {
    code: "#VALUE!",
    carriesMessage: true,
    when: "an argument breaks a rule: a negative count, a count above its total, text where a number belongs, an unknown option",
  },
  {
    code: "#N/A",
    carriesMessage: true,
    when: "the figure is undefined for these data: a comparator likelihood of zero, a method with no interval for a zero count, no national figure held for that year",
  },
  { code: "#DIV/0!", carriesMessage: false, when: "a total (a pool or a headcount) is zero" },
  {
    code: "#NUM!",
    carriesMessage: false,
    when: "the result would be beyond what a cell can hold, which real counts never reach (such as 0.000001 against 10^200)",
  },
];

export const CUSTOM_MESSAGE_DOCUMENTATION =
  "https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode";

export const errorInfo = (code: ErrorCode): ExcelErrorInfo =>
  EXCEL_ERRORS.find((e) => e.code === code) as ExcelErrorInfo;

/** The one sentence README, FUNCTIONS.md, the help page and the pane use for which errors carry messages. */
export const ERROR_MESSAGES_RULE =
  "Excel shows a function's message only with #VALUE! and #N/A (hover over the error flag of the cell to read it); #DIV/0! and #NUM! show no message in Excel, so each function's help says when it returns them.";
