/**
 * See what we ship: every layout × standard, without extracts and (WRES) with the sample trust's extracts, is
 * written as make-plan writes it, printed through LibreOffice to PDF, and read back word by word with each
 * word's box (`pdftotext -bbox`). Every word of every text cell (and of every formula's text, as HyperFormula
 * computes it) must be on the page — a word that is not was clipped — and no two words may be printed over
 * each other. No error value (#N/A, #DIV/0!, ###) may be printed. Skipped only when LibreOffice or poppler is
 * missing (CI installs both).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cellAddress, columnIndex, parseCell } from "../../src/plan/a1";
import type { WorkbookModel } from "../../src/plan/sheet-model";
import { evaluate } from "../support/hyperformula";
import { WORKBOOK_KINDS, type WorkbookKind } from "../support/workbook-kinds";
import {
  available,
  convert,
  overlappingWords,
  readPdf,
  wordsOf,
  type PrintedPdf,
  type Word,
} from "./soffice";

if (!available)
  console.warn(
    "LibreOffice or poppler is not installed: skipping the render test (install libreoffice-calc and poppler-utils).",
  );

jest.setTimeout(300_000);

/** One formula style is enough: all three show the same text. Next year's plans add the Delivered and History sheets. */
const KINDS = WORKBOOK_KINDS.filter(
  (k) => (k.path === "make-plan" && k.options.formulaStyle === "native") || k.path === "next-year",
);

interface Expected {
  readonly word: string;
  readonly where: string;
}

/** Every word a printed sheet must show: text cells and the text formulas compute, outside hidden columns. */
function expectedWords(model: WorkbookModel): Expected[] {
  const evaluated = evaluate(model);
  const out: Expected[] = [];
  for (const sheet of model.sheets) {
    const hidden = new Set(sheet.columns.filter((c) => c.hidden).map((c) => columnIndex(c.column)));
    for (const block of sheet.blocks) {
      const origin = parseCell(block.anchor);
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const column = origin.column + c;
          if (hidden.has(column)) return;
          const address = cellAddress(column + 1, origin.row + r + 1);
          const shown =
            cell.kind === "text"
              ? cell.text
              : cell.kind === "formula"
                ? evaluated.value(sheet.id, address)
                : null;
          if (typeof shown !== "string") return;
          for (const word of wordsOf(shown)) out.push({ word, where: `${sheet.name}!${address}` });
        }),
      );
    }
  }
  return out;
}

/** Expected words the PDF holds fewer times than the sheets do. */
function missingWords(expected: readonly Expected[], words: readonly Word[]): Expected[] {
  const printed = new Map<string, number>();
  for (const w of words)
    for (const piece of wordsOf(w.text)) printed.set(piece, (printed.get(piece) ?? 0) + 1);
  const missing: Expected[] = [];
  for (const e of expected) {
    const left = printed.get(e.word) ?? 0;
    if (left > 0) printed.set(e.word, left - 1);
    else missing.push(e);
  }
  return missing;
}

const ERROR_WORD = /^(#N\/A|#DIV\/0!|#VALUE!|#NAME\?|#REF!|#NUM!|#NULL!|Err:\d+|#{3,})$/;

interface Rendered {
  readonly kind: WorkbookKind;
  readonly model: WorkbookModel;
  readonly pdf: PrintedPdf;
}

(available ? describe : describe.skip)("printed through LibreOffice", () => {
  let dir: string;
  const rendered: Rendered[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "render-"));
    const files: string[] = [];
    const models: WorkbookModel[] = [];
    for (const [i, kind] of KINDS.entries()) {
      const file = path.join(dir, `kind-${i}.xlsx`);
      writeFileSync(file, await kind.bytes());
      files.push(file);
      models.push(await kind.model());
    }
    const pdfs = convert(files, "pdf", dir);
    pdfs.forEach((pdf, i) => rendered.push({ kind: KINDS[i], model: models[i], pdf: readPdf(pdf) }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const labels = KINDS.map((k) => [k.label] as const);

  it.each(labels)("%s: every word of every text cell is printed (none clipped)", (label) => {
    const r = rendered.find((x) => x.kind.label === label)!;
    const missing = missingWords(expectedWords(r.model), r.pdf.words);
    expect(missing.slice(0, 20).map((m) => `${m.word} (${m.where})`)).toEqual([]);
  });

  it.each(labels)("%s: no two words are printed over each other", (label) => {
    const r = rendered.find((x) => x.kind.label === label)!;
    const pairs = overlappingWords(r.pdf.words);
    expect(pairs.slice(0, 20).map(([a, b]) => `page ${a.page}: "${a.text}" over "${b.text}"`)).toEqual([]);
  });

  it.each(labels)("%s: no error value is printed", (label) => {
    const r = rendered.find((x) => x.kind.label === label)!;
    expect(
      r.pdf.words.filter((w) => ERROR_WORD.test(w.text)).map((w) => `page ${w.page}: ${w.text}`),
    ).toEqual([]);
  });

  it.each(labels)("%s: every page is landscape", (label) => {
    const r = rendered.find((x) => x.kind.label === label)!;
    expect(r.pdf.pages.length).toBeGreaterThan(0);
    expect(r.pdf.pages.filter((p) => p.width <= p.height)).toEqual([]);
  });
});
