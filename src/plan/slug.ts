/** "Band 8A" → "band-8a", "Medical & dental" → "medical-dental": the part of an input or output key that names a label. */
export function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
