/**
 * Indicator 1 pay bands (wres.md "Indicator 1 pay bands"): any band label from an extract → its canonical
 * name, in reporting order. Called once per row, so results are cached by the raw string.
 *
 * functions.md spells the first medical band "Consultant"; wres.md and the sample trust's expected answers
 * say "Consultants", which is used here.
 */
import { normaliseLabel } from "./label-text";
import { TextMemo } from "./text-memo";

export const PAY_BANDS = [
  "Under Band 1",
  "Band 1",
  "Band 2",
  "Band 3",
  "Band 4",
  "Band 5",
  "Band 6",
  "Band 7",
  "Band 8A",
  "Band 8B",
  "Band 8C",
  "Band 8D",
  "Band 9",
  "VSM",
  "Consultants",
  "Non-consultant career grade",
  "Trainee grades",
  "Other",
] as const;
type PayBand = (typeof PAY_BANDS)[number];

/** Index of "Other", where every unrecognised label goes. */
export const OTHER_BAND = PAY_BANDS.length - 1;

const index = (band: PayBand): number => PAY_BANDS.indexOf(band);

/** Whole normalised labels (besides the numeric forms handled in `afcBand`). */
const WHOLE: Readonly<Record<string, PayBand>> = {
  "under band 1": "Under Band 1",
  "under 1": "Under Band 1",
  "below band 1": "Under Band 1",
  "pre band 1": "Under Band 1",
  vsm: "VSM",
  "very senior manager": "VSM",
  "very senior managers": "VSM",
  "very senior management": "VSM",
  "very senior manager vsm": "VSM",
  consultant: "Consultants",
  consultants: "Consultants",
  "medical consultant": "Consultants",
  "medical consultants": "Consultants",
  nccg: "Non-consultant career grade",
  sas: "Non-consultant career grade",
  "sas doctor": "Non-consultant career grade",
  "sas doctors": "Non-consultant career grade",
  "non consultant career grade": "Non-consultant career grade",
  "non consultant career grades": "Non-consultant career grade",
  "specialty doctor": "Non-consultant career grade",
  "specialty doctors": "Non-consultant career grade",
  "associate specialist": "Non-consultant career grade",
  "staff grade": "Non-consultant career grade",
  "trainee grade": "Trainee grades",
  "trainee grades": "Trainee grades",
  trainee: "Trainee grades",
  trainees: "Trainee grades",
  "doctor in training": "Trainee grades",
  "doctors in training": "Trainee grades",
  "junior doctor": "Trainee grades",
  "junior doctors": "Trainee grades",
  "medical trainee": "Trainee grades",
  "medical trainees": "Trainee grades",
  other: "Other",
};

/**
 * Agenda for Change bands in any of the usual spellings: "Band 5", "5", "Band 8a", "8A", "Band 8 - Range A",
 * "AfC Band 8A", "Band 8 Range A". "Band 8" with no range is not a reporting band and goes to Other.
 */
function afcBand(s: string): number | undefined {
  const m = /^(?:(?:afc|agenda for change|nhs)\s)?(?:band\s?)?(\d)\s?(?:(?:range\s)?([a-d]))?$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  const range = m[2];
  if (n === 8) return range ? index(`Band 8${range.toUpperCase()}` as PayBand) : undefined;
  if (range || n < 1 || n > 9) return undefined;
  return index(`Band ${n}` as PayBand);
}

function bandOfText(text: string): number {
  const s = normaliseLabel(text);
  const whole = WHOLE[s];
  if (whole) return index(whole);
  return afcBand(s) ?? OTHER_BAND;
}

const memo = new TextMemo(bandOfText);

/** Canonical band of one cell value as an index into PAY_BANDS. Numbers 1–9 are Agenda for Change bands. */
export function payBandIndex(value: unknown): number {
  if (typeof value === "string") return memo.get(value);
  if (typeof value === "number" && Number.isInteger(value)) return afcBand(String(value)) ?? OTHER_BAND;
  return OTHER_BAND;
}

/** Whether a value counted under Other says so ("Other"), rather than being a label the add-in does not know. */
export function isOtherLabel(value: unknown): boolean {
  return typeof value === "string" && normaliseLabel(value) === "other";
}

/** Canonical band name of one cell value. */
export function payBand(value: unknown): PayBand {
  return PAY_BANDS[payBandIndex(value)];
}
