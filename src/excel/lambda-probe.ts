/**
 * Whether this Excel has the LAMBDA function, asked in the first sync of a write. Excel 2021 loads the add-in
 * (SharedRuntime 1.1) but has no LAMBDA (https://support.microsoft.com/office/lambda-function-bd212d27-1cd1-4321-a34a-ccbf254b8b67
 * lists Microsoft 365 and Excel 2024), and requirement sets do not tell the two apart, so Excel itself is
 * asked: a defined name `=LAMBDA(x,x)` is added, its value loaded and the name deleted, all in the batch
 * of sync 1, so nothing is left behind. Excel evaluates a name's formula for `NamedItem.value`
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem#excel-excel-nameditem-value-member):
 * an Excel without LAMBDA gives #NAME?, as it would in every cell calling one of our names; an Excel with it
 * gives a lambda that is defined but not called (#CALC!). The formula parses in both, so sync 1 cannot fail.
 */
import type { DefinedName } from "../plan/sheet-model";

/** A defined name whose formula is a LAMBDA, e.g. WRES_RL. */
export const isLambdaName = (n: DefinedName): boolean => /^=\s*LAMBDA\s*\(/i.test(n.formula);

interface LambdaProbe {
  /** After the sync: false only when Excel did not know the LAMBDA function. */
  readonly available: () => boolean;
}

export function probeLambda(workbook: Excel.Workbook): LambdaProbe {
  // A name no workbook has: tables and names share Excel's namespace, and a clash would fail the sync.
  const name = `_WRES_LAMBDA_PROBE_${Math.random().toString(36).slice(2, 10)}`;
  const item = workbook.names.add(name, "=LAMBDA(x,x)");
  item.load("type,value");
  item.delete();
  return { available: () => !(item.type === "Error" && item.value === "#NAME?") };
}
