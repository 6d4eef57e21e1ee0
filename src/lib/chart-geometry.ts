// The geometry of the site's SVG charts (issue 14), pure so it can be tested: how long a bar
// is, where a stacked bar's pieces start, whether a value fits inside its bar, how a long
// label wraps, where each row sits. The chart components only draw what this returns.
import { inkOn } from './contrast.ts';

/** Every chart's viewBox is this wide; the SVG is scaled to the column's width. */
export const CHART_WIDTH = 400;
/** Chart text size in viewBox units. */
export const FONT_SIZE = 16;
/** The narrowest column a chart is drawn in: a 390 px phone less the page's 2 × 16 px padding. */
export const PHONE_COLUMN = 358;
/** No chart text smaller than this on screen (issue 14). */
export const MIN_TEXT_PX = 14;
/** A value that is not zero never gets a bar thinner than this (it would not be seen). */
export const MIN_BAR = 4;
/** Space between a bar's end and the value written beside or inside it. */
export const PAD = 5;
export const LINE_HEIGHT = 20;
export const BAR_HEIGHT = 24;
const BAR_GAP = 4;
const ROW_GAP = 14;
/** Where a value's baseline sits inside a bar of BAR_HEIGHT. */
export const BAR_TEXT_OFFSET = 17;

/** Text size on screen: the SVG scales everything by rendered width / viewBox width. */
export const effectiveFontSize = (fontSize: number, renderedWidth: number, viewBoxWidth: number): number =>
  (fontSize * renderedWidth) / viewBoxWidth;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A generous estimate of how wide a text is in a sans-serif face, in viewBox units (there is no
 * font at build time): sized on DejaVu Sans Bold, among the widest faces a reader may have
 * (digits 0.70 em), so a value said to fit inside a bar or before the edge does fit.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (/[.,:;'|!il()\s]/.test(ch)) em += 0.4;
    else if (/[MWmwĐ]/.test(ch)) em += 1;
    else if (/\p{Lu}/u.test(ch)) em += 0.8;
    else if (/\p{N}/u.test(ch)) em += 0.72;
    else em += 0.64;
  }
  return round2(em * fontSize);
}

/** A label broken into lines no wider than maxWidth, at most maxLines (the last one ends in "…" if cut). */
export function wrapText(text: string, maxWidth = CHART_WIDTH, fontSize = FONT_SIZE, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, fontSize) <= maxWidth || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      let cut = line;
      while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1).trimEnd();
      return [...lines, `${cut}…`];
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A bar's length for value on a scale where max fills span; 0 stays 0, anything else ≥ MIN_BAR. */
export function barLength(value: number, max: number, span: number): number {
  if (value <= 0 || max <= 0) return 0;
  return round2(Math.max(MIN_BAR, (value / max) * span));
}

export interface Piece {
  value: number;
  x: number;
  w: number;
}

/**
 * The pieces of a stacked bar, left to right. The whole bar is as long as its total on the
 * scale; a piece that is not zero is at least MIN_BAR wide, what that adds is taken from the
 * widest piece, so the bar's end stays true.
 */
export function stackPieces(values: readonly number[], max: number, span: number): Piece[] {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  const length = barLength(total, max, span);
  const widths = values.map((v) => (v > 0 && total > 0 ? (v / total) * length : 0));
  const small = widths.map((w, i) => (values[i] as number) > 0 && w < MIN_BAR);
  const added = widths.reduce((s, w, i) => s + (small[i] ? MIN_BAR - w : 0), 0);
  const widest = widths.indexOf(Math.max(...widths));
  const fixed = widths.map((w, i) => (small[i] ? MIN_BAR : i === widest && w > 0 ? Math.max(MIN_BAR, w - added) : w));
  let x = 0;
  return values.map((value, i) => {
    const piece = { value, x: round2(x), w: round2(fixed[i] as number) };
    x += fixed[i] as number;
    return piece;
  });
}

export interface Placed {
  x: number;
  anchor: 'start' | 'middle' | 'end';
  fill: string;
}

/** Where a value goes inside a piece (centred, in the ink that reads on its fill), or null if it does not fit. */
export function insideLabel(text: string, piece: { x: number; w: number }, fill: string): Placed | null {
  if (textWidth(text) + 2 * PAD > piece.w) return null;
  return { x: round2(piece.x + piece.w / 2), anchor: 'middle', fill: inkOn(fill) };
}

/** A bar's value: just past its end, or, when that would leave the chart, inside its end. */
export function endLabel(text: string, end: number, fill: string, width = CHART_WIDTH): Placed {
  if (end + PAD + textWidth(text) <= width) return { x: round2(end + PAD), anchor: 'start', fill: '#1b1b1b' };
  return { x: round2(end - PAD), anchor: 'end', fill: inkOn(fill) };
}

/** What is left for the bars once the widest end label has room after them. */
export const barSpan = (endLabels: readonly string[], width = CHART_WIDTH): number =>
  round2(width - PAD - Math.max(0, ...endLabels.map((t) => textWidth(t))));

export interface RowBox {
  /** Baselines of the row's label lines. */
  lines: number[];
  /** Tops of the row's bars. */
  bars: number[];
}

/** Rows one under another: the label's lines, then its bars, then a gap. */
export function layoutRows(lineCounts: readonly number[], barsPerRow: number): { rows: RowBox[]; height: number } {
  let y = 0;
  const rows = lineCounts.map((count) => {
    const lines = Array.from({ length: count }, (_, i) => y + (i + 1) * LINE_HEIGHT - 5);
    y += count * LINE_HEIGHT + BAR_GAP;
    const bars = Array.from({ length: barsPerRow }, (_, i) => y + i * (BAR_HEIGHT + BAR_GAP));
    y += barsPerRow * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP;
    return { lines, bars };
  });
  return { rows, height: Math.max(1, y - ROW_GAP + 2) };
}
