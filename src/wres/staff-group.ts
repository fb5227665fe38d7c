/**
 * Indicator 1 is reported separately for non-clinical, clinical, and medical & dental staff. ESR staff groups
 * map onto those three: Administrative and Clerical and Estates and Ancillary are non-clinical, Medical and
 * Dental is medical, the other professional groups are clinical.
 */
import { normaliseLabel } from "./label-text";

export const STAFF_GROUPS = ["nonClinical", "clinical", "medical"] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

const WHOLE: Readonly<Record<string, StaffGroup>> = {
  "non clinical": "nonClinical",
  nonclinical: "nonClinical",
  "administrative and clerical": "nonClinical",
  "admin and clerical": "nonClinical",
  "estates and ancillary": "nonClinical",
  clinical: "clinical",
  "nursing and midwifery registered": "clinical",
  "nursing and midwifery": "clinical",
  "additional clinical services": "clinical",
  "allied health professionals": "clinical",
  "add prof scientific and technic": "clinical",
  "additional professional scientific and technical": "clinical",
  "healthcare scientists": "clinical",
  students: "clinical",
  "medical and dental": "medical",
  "medical dental": "medical",
  medical: "medical",
  "m and d": "medical",
  "medical and dental staff": "medical",
};

/** "Medical & Dental" reads as "medical and dental". */
const normalise = (text: string): string => normaliseLabel(text.replace(/&/g, " and "));

/** The indicator 1 staff group of an extract value, or undefined when it is not recognised. */
export function staffGroupOf(value: string): StaffGroup | undefined {
  const s = normalise(value);
  const whole = WHOLE[s];
  if (whole) return whole;
  // Staff group names with an ESR code prefix or suffix ("Medical and Dental (M&D)").
  if (s.includes("medical and dental") || s.includes("medical dental")) return "medical";
  if (s.includes("non clinical") || s.includes("administrative") || s.includes("estates"))
    return "nonClinical";
  if (
    s.includes("clinical") ||
    s.includes("nursing") ||
    s.includes("allied health") ||
    s.includes("scientific")
  ) {
    return "clinical";
  }
  return undefined;
}
