// WCAG 2.x colour contrast, for the chart palettes (issue 14): relative luminance of an sRGB
// colour and the contrast ratio of two colours. Pure; colours are #rrggbb.

const channel = (byte: number): number => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (0 = black, 1 = white) of "#rrggbb", as WCAG 2.x defines it. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h as string, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 1.4.11: a chart's bars against the background and against the bar beside them. */
export const GRAPHIC_CONTRAST = 3;
/** WCAG 1.4.3: normal-size text (chart text is 14–22 px, not "large"). */
export const TEXT_CONTRAST = 4.5;

/** Black or white, whichever reads better on this fill (values written inside a bar). */
export const inkOn = (fill: string): '#000000' | '#ffffff' =>
  contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
