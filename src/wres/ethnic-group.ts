/**
 * WRES ethnic groups (wres.md "Groups"): every ethnicity value is White, BME or Unknown.
 *
 * Accepts NHS ethnic category codes (A–S, Z, 99), two-character sub-codes (C3, LB …), ESR values with a code
 * and a label ("A White - British") and bare labels ("White British", "Indian"), in any case and spacing.
 * Called once per row on extracts of a million rows, so results are cached by the raw string.
 */
import { normaliseLabel } from "./label-text";
import { TextMemo } from "./text-memo";

export const ETHNIC_GROUPS = ["White", "BME", "Unknown"] as const;
type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

/** Integer index into ETHNIC_GROUPS, for counters. */
export const WHITE = 0;
export const BME = 1;
export const UNKNOWN = 2;
type GroupIndex = typeof WHITE | typeof BME | typeof UNKNOWN;

/** Single-letter NHS ethnic category codes; I, O and Q are not used. Z is "not stated". */
const CODE_GROUP: Readonly<Record<string, GroupIndex>> = {
  a: WHITE,
  b: WHITE,
  c: WHITE,
  d: BME,
  e: BME,
  f: BME,
  g: BME,
  h: BME,
  j: BME,
  k: BME,
  l: BME,
  m: BME,
  n: BME,
  p: BME,
  r: BME,
  s: BME,
  z: UNKNOWN,
};

/**
 * Two-letter tokens that are words or "not known" abbreviations rather than sub-codes
 * ("N/A", "NK", "Do not wish to disclose", "No response").
 */
const NOT_SUB_CODES = new Set(["na", "nk", "ns", "no", "nr", "nd", "np", "do", "nm"]);

/** Whole values that mean the ethnicity was not given. */
const NOT_GIVEN_WHOLE = new Set([
  "",
  "n a",
  "na",
  "nk",
  "ns",
  "nil",
  "none",
  "blank",
  "unspecified",
  "not specified",
]);

/** Phrases that mean "not given" wherever they appear in a bare label. */
const NOT_GIVEN_PHRASES = [
  "not stated",
  "not known",
  "unknown",
  "prefer not",
  "rather not",
  "do not wish",
  "dont wish",
  "don t wish",
  "not wish to",
  "not disclosed",
  "undisclosed",
  "not given",
  "not provided",
  "not recorded",
  "declined",
  "refused",
  "withheld",
];

/** Words or phrases of a BME group. Checked before White ones, so "Mixed - White and Asian" is BME. */
const BME_TERMS = [
  "mixed",
  "multiple",
  "asian",
  "indian",
  "pakistani",
  "bangladeshi",
  "kashmiri",
  "punjabi",
  "sri lankan",
  "tamil",
  "sinhalese",
  "chinese",
  "black",
  "african",
  "caribbean",
  "somali",
  "nigerian",
  "arab",
  "filipino",
  "vietnamese",
  "japanese",
  "malaysian",
  "latin american",
  "other ethnic",
  "ethnic minority",
  "minority ethnic",
  "bme",
  "bame",
  "non white",
];

/** Words or phrases of a White group (2021 Census White categories and the NHS C sub-codes). */
const WHITE_TERMS = [
  "white",
  "british",
  "english",
  "scottish",
  "welsh",
  "cornish",
  "irish",
  "gypsy",
  "traveller",
  "roma",
  "romany",
  "polish",
  "greek",
  "cypriot",
  "turkish",
  "italian",
  "kosovan",
  "albanian",
  "bosnian",
  "croatian",
  "serbian",
];

/**
 * Lower case, punctuation to spaces, single spaces: "A White - British" → "a white british". Abbreviations
 * spelt with dots or slashes are closed up first ("N/K" → "nk", "B.A.M.E." → "bame"), so that their first
 * letter is not read as a code.
 */
function normalise(text: string): string {
  return normaliseLabel(text.replace(/\b([a-z])[./](?=[a-z]\b)/gi, "$1"));
}

const hasTerm = (padded: string, terms: readonly string[]): boolean =>
  terms.some((t) => padded.includes(` ${t} `));

/** A code token: a letter code, a letter code with one more letter or digit (sub-code), or 99. */
function codeGroup(token: string): GroupIndex | undefined {
  if (token === "99") return UNKNOWN;
  if (token.length === 1) return CODE_GROUP[token];
  if (token.length === 2 && !NOT_SUB_CODES.has(token)) {
    const group = CODE_GROUP[token[0]];
    // Z sub-codes (e.g. "ZZ") are still not stated.
    return group !== undefined && /[a-z0-9]/.test(token[1]) ? group : undefined;
  }
  return undefined;
}

/**
 * Added to a group index when the value was not recognised (Unknown by default, not because it says "not
 * stated"), so the counter can list it: "Martian", "=1+1", "Other" (which other group is not said).
 */
export const UNRECOGNISED = 4;

/** Classifies an already normalised value: a group index, plus UNRECOGNISED when nothing matched. */
function classifyNormalised(s: string): number {
  if (s === "other") return UNKNOWN + UNRECOGNISED;
  if (NOT_GIVEN_WHOLE.has(s)) return UNKNOWN;
  const space = s.indexOf(" ");
  // A code alone ("c3") or a code followed by its label ("h asian or asian british indian"): the code decides.
  const code = codeGroup(space < 0 ? s : s.slice(0, space));
  if (code !== undefined) return code;
  const padded = ` ${s} `;
  if (hasTerm(padded, NOT_GIVEN_PHRASES)) return UNKNOWN;
  if (hasTerm(padded, BME_TERMS)) return BME;
  if (hasTerm(padded, WHITE_TERMS)) return WHITE;
  return UNKNOWN + UNRECOGNISED;
}

/** By the raw string (bounded, so a column of unique free text cannot grow it without limit). */
const memo = new TextMemo((text: string) => classifyNormalised(normalise(text)));

/**
 * The group of one cell value as an index, plus UNRECOGNISED when the value is not an ethnic category the
 * add-in knows. Numbers: only 99 is a code (Unknown, recognised); any other number, or a boolean, is not.
 */
export function ethnicityReading(value: unknown): number {
  if (typeof value === "string") return memo.get(value);
  return value === 99 ? UNKNOWN : UNKNOWN + UNRECOGNISED;
}

/** The group of one cell value as an index (WHITE, BME, UNKNOWN). */
function ethnicGroupIndex(value: unknown): GroupIndex {
  return (ethnicityReading(value) & 3) as GroupIndex;
}

/** The group of one cell value: "White", "BME" or "Unknown". */
export function ethnicGroup(value: unknown): EthnicGroup {
  return ETHNIC_GROUPS[ethnicGroupIndex(value)];
}
