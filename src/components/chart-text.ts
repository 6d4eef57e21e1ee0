// The attributes of a value written in a chart (issue 12: pages that stay light). A chart's
// <svg> carries fill={INK}, and "start" is SVG's default text-anchor, so a value placed by
// src/lib/chart-geometry.ts gets only the attributes that differ from those: the same drawing
// in fewer bytes.
import type { Placed } from '../lib/chart-geometry.ts';
import { INK } from './chart-colors.ts';

export interface TextPlace {
  'text-anchor'?: 'middle' | 'end';
  fill?: string;
}

/** `text-anchor` and `fill` for a placed value, each only when it is not the <svg>'s default. */
export function textPlace(at: Pick<Placed, 'anchor' | 'fill'>): TextPlace {
  return { ...(at.anchor === 'start' ? {} : { 'text-anchor': at.anchor }), ...(at.fill.toLowerCase() === INK ? {} : { fill: at.fill }) };
}
