/** The only place that builds `CustomFunctions.Error`: problem kind → Excel error code, message from the catalogue. */
import type { Problem } from "../wres/issues";
import { problemMessage } from "../wres/messages";

export function toExcelError(problem: Problem): CustomFunctions.Error {
  const code =
    problem.kind === "na"
      ? CustomFunctions.ErrorCode.notAvailable
      : problem.kind === "div0"
        ? CustomFunctions.ErrorCode.divisionByZero
        : problem.kind === "num"
          ? CustomFunctions.ErrorCode.invalidNumber
          : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, problemMessage(problem));
}
