import { TextMemo, detachedText } from "../../src/wres/text-memo";

/** A classifier that says something different for every text, and counts how often it was asked. */
function counted() {
  const asked = new Map<string, number>();
  const classify = (text: string): string | undefined => {
    asked.set(text, (asked.get(text) ?? 0) + 1);
    return text.startsWith("none") ? undefined : `class of ${text}`;
  };
  return { asked, classify };
}

describe("TextMemo", () => {
  it("answers what the classifier answers, for every text, however texts share its slots", () => {
    const { classify } = counted();
    const memo = new TextMemo(classify);
    // Many texts of the same length (so that slots are shared), interleaved, asked again and again.
    const texts = Array.from({ length: 600 }, (_, i) => `value ${String(i).padStart(4, "0")}`);
    texts.push("", "none 1", "none 2", "A White - British", "Band 8A", "Z");
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < texts.length; i += 1 + round) {
        expect(memo.get(texts[i])).toBe(classify(texts[i]));
      }
    }
  });

  it("asks the classifier once per text while it holds fewer than its limit", () => {
    const { asked, classify } = counted();
    const memo = new TextMemo(classify, 100);
    const texts = Array.from({ length: 50 }, (_, i) => `ethnicity ${i}`);
    for (let round = 0; round < 5; round++) for (const t of texts) memo.get(`${t}`);
    for (const t of texts) expect(asked.get(t)).toBe(1);
    // An undefined answer is remembered too (a staff group that is not recognised).
    memo.get("none at all");
    memo.get("none at all");
    expect(asked.get("none at all")).toBe(1);
  });

  it("stays within its limit: past it, it starts again and asks again", () => {
    const { asked, classify } = counted();
    const memo = new TextMemo(classify, 10);
    const texts = Array.from({ length: 1000 }, (_, i) => `distinct value number ${i}`);
    for (const t of texts) memo.get(t);
    for (const t of texts) expect(memo.get(t)).toBe(`class of ${t}`);
    // Remembering all 1000 would have asked once each; the bound makes it ask again.
    expect([...asked.values()].reduce((s, n) => s + n, 0)).toBeGreaterThan(1000);
  });

  it("does not keep very long texts (asked each time), and still answers for them", () => {
    const { asked, classify } = counted();
    const memo = new TextMemo(classify);
    const long = "x".repeat(32_767);
    expect(memo.get(long)).toBe(`class of ${long}`);
    expect(memo.get(long)).toBe(`class of ${long}`);
    expect(asked.get(long)).toBe(2);
    const short = "x".repeat(200);
    memo.get(short);
    memo.get(short);
    expect(asked.get(short)).toBe(1);
  });
});

describe("detachedText", () => {
  it("is the same text", () => {
    for (const t of ["", "a", "A White - British", "é ü – 你好", "x".repeat(1000)])
      expect(detachedText(t)).toBe(t);
  });
});
