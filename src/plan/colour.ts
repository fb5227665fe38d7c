/** Colours as "#RRGGBB": their WCAG relative luminance, and the text colour that reads on them. */

/** Relative luminance (WCAG 2 formula), 0 for black to 1 for white; undefined when the text is not a colour. */
export function relativeLuminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const channel = (i: number): number => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Black or white text, whichever has more contrast on the fill. */
export function textColourOn(fill: string): string {
  const l = relativeLuminance(fill) ?? 1;
  // Contrast with white (1.05 / (l + 0.05)) against contrast with black ((l + 0.05) / 0.05).
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#FFFFFF" : "#000000";
}
