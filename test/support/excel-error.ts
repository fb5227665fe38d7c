/** Calls a custom function expected to fail and returns the `CustomFunctions.Error` it threw, as plain data. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    const { code, message } = e as { code: string; message: string };
    return { code, message };
  }
  throw new Error("expected the custom function to throw a CustomFunctions.Error");
}
