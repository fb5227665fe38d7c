/**
 * Text from extracts made visible: control characters (escape sequences that would act on a terminal,
 * carriage returns, line breaks that could forge a line of a listing) and bidirectional overrides are shown
 * escaped (\x1b, \n, \u202e), so what a terminal or a cell shows is what the file holds.
 */
// Control characters are what this matches, on purpose.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visibleText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
