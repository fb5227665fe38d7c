/** The only place that builds `CustomFunctions.Error`: problem kind → Excel error code, message from the catalogue. */
import type { Problem } from "../wres/issues";
import { problemMessage } from "../wres/messages";
import type { ErrorCode } from "./declaration";
import { errorInfo } from "./excel-errors";

export function toExcelError(problem: Problem): CustomFunctions.Error {
  const code =
    problem.kind === "na"
      ? CustomFunctions.ErrorCode.notAvailable
      : problem.kind === "div0"
        ? CustomFunctions.ErrorCode.divisionByZero
        : problem.kind === "num"
          ? CustomFunctions.ErrorCode.invalidNumber
          : CustomFunctions.ErrorCode.invalidValue;
  // Excel takes a custom message only with #VALUE! and #N/A (excel-errors.ts), so none is given with the others.
  return errorInfo(code as ErrorCode).carriesMessage
    ? new CustomFunctions.Error(code, problemMessage(problem))
    : new CustomFunctions.Error(code);
}
