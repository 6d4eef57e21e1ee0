// The chart palettes (issue 14). Each colour stands ≥ 3:1 against the white page and against
// the colour drawn next to it (dark and mid tones alternate); tests/lib/chart-colors.test.ts
// checks it with src/lib/contrast.ts. Values written on a bar take black or white (inkOn).

/** Chart text off the bars (labels, values after a bar): the page's ink. */
export const INK = '#1b1b1b';
/** A single-series bar. */
export const BAR_COLOR = '#8a1538';
/** One colour per year of a cycle, in order; a cycle has at most five years. */
export const YEAR_COLORS = ['#5e0e26', '#d46a8a', '#1d3a5f', '#c77f1a', '#3d2a5c'] as const;
/** Spending: the plan (mid) and what was spent (dark). */
export const PLANNED_COLOR = '#d46a8a';
export const SPENT_COLOR = '#5e0e26';
