/**
 * The one way extract labels are compared: lower case, every run of punctuation or spaces to one space,
 * trimmed ("A White - British" → "a white british", "Pay Band" → "pay band"). Headers, ethnicities, pay
 * bands and staff groups all go through it, so a label matches the same way wherever it is read.
 */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
