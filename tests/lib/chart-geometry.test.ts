import { describe, expect, it } from 'vitest';
import {
  barLength, barSpan, BAR_HEIGHT, CHART_WIDTH, effectiveFontSize, endLabel, FONT_SIZE, insideLabel, layoutRows,
  MIN_BAR, MIN_TEXT_PX, PAD, PHONE_COLUMN, stackPieces, textWidth, wrapText,
} from '../../src/lib/chart-geometry.ts';

describe('chart text size', () => {
  it('is at least 14 px on screen in the narrowest column (a 390 px phone)', () => {
    expect(effectiveFontSize(16, 358, 400)).toBeCloseTo(14.32, 2);
    expect(effectiveFontSize(FONT_SIZE, PHONE_COLUMN, CHART_WIDTH)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });
});

describe('bars', () => {
  it('are proportional, 0 stays 0, and a small value still shows MIN_BAR', () => {
    expect(barLength(50, 100, 300)).toBe(150);
    expect(barLength(100, 100, 300)).toBe(300);
    expect(barLength(0, 100, 300)).toBe(0);
    expect(barLength(1, 10_000, 300)).toBe(MIN_BAR);
    expect(barLength(5, 0, 300)).toBe(0);
  });

  it('a stacked bar ends where its total does; small pieces get MIN_BAR from the widest', () => {
    const pieces = stackPieces([1, 0, 997, 2], 1000, 300);
    expect(pieces.map((p) => p.w)).toEqual([MIN_BAR, 0, 300 - 2 * MIN_BAR, MIN_BAR]);
    expect(pieces.map((p) => p.x)).toEqual([0, MIN_BAR, MIN_BAR, 300 - MIN_BAR]);
    const last = pieces.at(-1);
    expect((last?.x ?? 0) + (last?.w ?? 0)).toBe(300);
    // Half the scale: half the span, split 1:3.
    expect(stackPieces([10, 30], 80, 200).map((p) => [p.x, p.w])).toEqual([[0, 25], [25, 75]]);
    expect(stackPieces([0, 0], 80, 200).map((p) => p.w)).toEqual([0, 0]);
  });

  it('leave room after them for the widest end label', () => {
    expect(barSpan(['1', '1.234,5'])).toBe(CHART_WIDTH - PAD - textWidth('1.234,5'));
    expect(barSpan([])).toBe(CHART_WIDTH - PAD);
  });
});

describe('values on bars', () => {
  it('go inside a piece, centred, only when they fit, in the ink that reads on it', () => {
    expect(insideLabel('12', { x: 10, w: 60 }, '#5e0e26')).toEqual({ x: 40, anchor: 'middle', fill: '#ffffff' });
    expect(insideLabel('12', { x: 10, w: 60 }, '#d46a8a')).toEqual({ x: 40, anchor: 'middle', fill: '#000000' });
    expect(insideLabel('1.234,5', { x: 0, w: 20 }, '#5e0e26')).toBeNull();
  });

  it('follow a bar, or sit inside its end when the chart has no room after it', () => {
    expect(endLabel('12', 100, '#5e0e26')).toEqual({ x: 100 + PAD, anchor: 'start', fill: '#1b1b1b' });
    expect(endLabel('1.234,5 (100 %)', 390, '#5e0e26')).toEqual({ x: 390 - PAD, anchor: 'end', fill: '#ffffff' });
  });

  it('text widths are generous estimates: digits, narrow marks and capitals differ', () => {
    expect(textWidth('00')).toBeCloseTo(2 * 0.72 * FONT_SIZE, 5);
    expect(textWidth('ab')).toBeCloseTo(2 * 0.64 * FONT_SIZE, 5);
    expect(textWidth('1.2')).toBeLessThan(textWidth('122'));
    expect(textWidth('NN')).toBeGreaterThan(textWidth('nn'));
  });
});

describe('labels and rows', () => {
  it('a long label wraps on words, at most three lines, the last cut with "…"', () => {
    expect(wrapText('Nhiệm vụ 1')).toEqual(['Nhiệm vụ 1']);
    const long = 'Tuyên truyền, phổ biến chính sách, pháp luật về bình đẳng giới cho cán bộ, công chức, viên chức và người lao động trong toàn tỉnh Thanh Hóa năm 2021';
    const lines = wrapText(long);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(CHART_WIDTH);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    expect(wrapText('a b c', 2 * 0.64 * FONT_SIZE)).toEqual(['a', 'b', 'c']);
  });

  it('rows stack: label lines, then the bars, then a gap; nothing overlaps', () => {
    const { rows, height } = layoutRows([1, 2], 2);
    expect(rows[0]?.lines).toEqual([15]);
    expect(rows[0]?.bars).toEqual([24, 52]);
    const firstEnd = (rows[0]?.bars[1] ?? 0) + BAR_HEIGHT;
    expect(rows[1]?.lines[0]).toBeGreaterThan(firstEnd + 10);
    expect(rows[1]?.lines).toEqual([firstEnd + 14 + 15, firstEnd + 14 + 35]);
    expect(height).toBe((rows[1]?.bars[1] ?? 0) + BAR_HEIGHT + 2);
  });
});
