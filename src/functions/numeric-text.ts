/**
 * Numbers typed as text ("12", " 3.5 ", "-1e3"), read as Excel's arithmetic reads them. One pass over the
 * characters, each read once, so even Excel's longest cell (32,767 characters) costs microseconds: a regular
 * expression with nested repeats backtracks quadratically on a long run of digits that ends in a letter.
 */

/** The number a text holds when it is a plain decimal with optional sign, exponent and surrounding spaces. */
export function numericText(text: string): number | undefined {
  const length = text.length;
  let start = 0;
  while (start < length && isSpace(text.charCodeAt(start))) start++;
  let i = start;
  let code = i < length ? text.charCodeAt(i) : 0;
  if (code === PLUS || code === MINUS) code = ++i < length ? text.charCodeAt(i) : 0;
  let digits = 0;
  while (isDigit(code)) {
    digits++;
    code = ++i < length ? text.charCodeAt(i) : 0;
  }
  if (code === DOT) {
    code = ++i < length ? text.charCodeAt(i) : 0;
    while (isDigit(code)) {
      digits++;
      code = ++i < length ? text.charCodeAt(i) : 0;
    }
  }
  if (digits === 0) return undefined;
  if (code === LOWER_E || code === UPPER_E) {
    code = ++i < length ? text.charCodeAt(i) : 0;
    if (code === PLUS || code === MINUS) code = ++i < length ? text.charCodeAt(i) : 0;
    if (!isDigit(code)) return undefined;
    while (isDigit(code)) code = ++i < length ? text.charCodeAt(i) : 0;
  }
  const end = i;
  while (i < length && isSpace(code)) code = ++i < length ? text.charCodeAt(i) : 0;
  return i === length ? Number(text.slice(start, end)) : undefined;
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
