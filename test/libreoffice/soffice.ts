/**
 * LibreOffice and poppler for tests: convert workbooks (to PDF or a recalculated .xlsx) with a throwaway
 * profile, so parallel runs and a user's own LibreOffice do not collide, and read a PDF's words with their
 * boxes (`pdftotext -bbox`). `available` is false where either tool is missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const which = (cmd: string): string =>
  spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();

export const SOFFICE = which("soffice") || which("libreoffice");
export const PDFTOTEXT = which("pdftotext");
export const PDFTOPPM = which("pdftoppm");
export const available = SOFFICE !== "" && PDFTOTEXT !== "" && PDFTOPPM !== "";

/**
 * Converts every file in one LibreOffice run (much faster than one run each) and returns the outputs in the
 * same order. `to` is a LibreOffice filter such as "pdf" or "xlsx".
 */
export function convert(inputs: readonly string[], to: string, outdir: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  try {
    const r = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        to,
        "--outdir",
        outdir,
        ...inputs,
      ],
      { encoding: "utf8", timeout: 60_000 + 30_000 * inputs.length },
    );
    const ext = to.split(":")[0];
    return inputs.map((input) => {
      const out = path.join(outdir, `${path.basename(input).replace(/\.[^.]+$/, "")}.${ext}`);
      if (!existsSync(out))
        throw new Error(`soffice did not convert ${input} to ${to}: ${r.stderr || r.error?.message}`);
      return out;
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** One word of a PDF page and its box, in points from the page's top-left corner. */
export interface Word {
  readonly text: string;
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
    e.startsWith("#x") || e.startsWith("#X")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
  );

export interface PrintedPdf {
  /** Each page's size in points, in order. */
  readonly pages: readonly { readonly width: number; readonly height: number }[];
  readonly words: readonly Word[];
}

/** Every page's size, and every word with its page (1-based) and box. */
export function readPdf(pdf: string): PrintedPdf {
  const html = path.join(mkdtempSync(path.join(tmpdir(), "bbox-")), "words.html");
  try {
    const r = spawnSync(PDFTOTEXT, ["-bbox", pdf, html], { encoding: "utf8", timeout: 60_000 });
    if (r.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${r.stderr}`);
    const words: Word[] = [];
    const pages: { width: number; height: number }[] = [];
    let page = 0;
    const pattern =
      /<page width="([\d.]+)" height="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of readFileSync(html, "utf8").matchAll(pattern)) {
      if (m[0].startsWith("<page")) {
        page += 1;
        pages.push({ width: Number(m[1]), height: Number(m[2]) });
        continue;
      }
      words.push({
        text: decode(m[7]),
        page,
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
    }
    return { pages, words };
  } finally {
    rmSync(path.dirname(html), { recursive: true, force: true });
  }
}

/**
 * Pairs of words printed over each other. Lines of one cell may touch (glyph boxes are taller than the line
 * spacing), so two boxes count as overlapping only when they share more than `verticalShare` of the smaller
 * height and more than a point of width.
 */
export function overlappingWords(words: readonly Word[], verticalShare = 0.35): [Word, Word][] {
  const pairs: [Word, Word][] = [];
  const byPage = new Map<number, Word[]>();
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const pageWords of byPage.values()) {
    const sorted = [...pageWords].sort((a, b) => a.xMin - b.xMin);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      for (let j = i + 1; j < sorted.length && sorted[j].xMin < a.xMax - 1; j++) {
        const b = sorted[j];
        const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const smaller = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
        if (width > 1 && height > verticalShare * smaller) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/**
 * The words of `text` as they can reach the page: split at white space, and after the hyphens, dashes and
 * slashes where LibreOffice may break a line ("non-mandatory" can print as "non-" and "mandatory"). The same
 * split applied to printed words undoes pdftotext joining two neighbouring cells' dashes ("––").
 */
export const wordsOf = (text: string): string[] =>
  text
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=[-–—/])/))
    .filter((w) => w !== "");
