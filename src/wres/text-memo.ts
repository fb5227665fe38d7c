/**
 * Remembers what a classifier (ethnic group, pay band, staff group) said of a text, for counting that asks
 * once per row of extracts of millions of rows in which a few distinct values repeat.
 *
 * Two costs it avoids:
 * - Hashing: each cell a CSV parser hands over is a new string, which a Map must hash (every character)
 *   before it can look it up. A small table indexed by the length and three of the characters is tried
 *   first, and comparing the cell with the one text in its slot is cheaper than hashing it.
 * - Holding the file: a cell a parser cut out of a piece of the file keeps that whole piece alive for as
 *   long as the cell is referenced, so a memo that kept cells would keep pieces of the file. It keeps
 *   copies instead.
 *
 * Bounded: at most `limit` distinct texts (then it starts again), and a text over MAX_TEXT characters is
 * classified every time and not kept.
 */
const SLOTS = 256;
const MAX_TEXT = 256;

/**
 * A flat copy of `text` that does not keep the string it was cut from alive. Built by split and join, not
 * `(" " + text).slice(1)`: that gives a sliced string, which V8 compares with every fresh cell the slow way
 * (GROUP_COUNTS and BAND_TABLE ran about 1.5× slower with such keys in `npm run bench`). Copies are made only
 * when a text is first kept, so their cost does not grow with the rows.
 */
export const detachedText = (text: string): string => text.split("").join("");

export class TextMemo<T> {
  private readonly slotText: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly slotValue: T[] = new Array<T>(SLOTS);
  /** By text: the kept copy (also what the slots hold) and what the classifier said. */
  private readonly known = new Map<string, { readonly text: string; readonly value: T }>();

  constructor(
    private readonly classify: (text: string) => T,
    private readonly limit = 10_000,
  ) {}

  get(text: string): T {
    const n = text.length;
    const slot =
      n === 0
        ? 0
        : (n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n >> 1) * 3 + text.charCodeAt(n - 1)) &
          (SLOTS - 1);
    if (this.slotText[slot] === text) return this.slotValue[slot];
    if (n > MAX_TEXT) return this.classify(text);
    let entry = this.known.get(text);
    if (entry === undefined) {
      entry = { text: detachedText(text), value: this.classify(text) };
      if (this.known.size >= this.limit) this.known.clear();
      this.known.set(entry.text, entry);
    }
    this.slotText[slot] = entry.text;
    this.slotValue[slot] = entry.value;
    return entry.value;
  }
}
