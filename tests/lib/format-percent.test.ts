import { describe, expect, it } from 'vitest';
import { formatOneDecimal, formatPercent } from '../../src/lib/format.ts';

describe('formatPercent', () => {
  it('writes a share vi-VN, one decimal at most, and nothing without a denominator', () => {
    expect(formatPercent(1, 3)).toBe('33,3%');
    expect(formatPercent(1, 2)).toBe('50%');
    expect(formatPercent(2, 3)).toBe('66,7%');
    expect(formatPercent(1234, 1)).toBe('123.400%');
    expect(formatPercent(5, 0)).toBeUndefined();
    // The formatter is made once and reused: the same answers the second time.
    expect(formatPercent(1, 3)).toBe('33,3%');
  });
});

describe('formatOneDecimal (percentages and file sizes)', () => {
  it('writes a number vi-VN with one decimal at most', () => {
    expect(formatOneDecimal(12.345)).toBe('12,3');
    expect(formatOneDecimal(1234.5)).toBe('1.234,5');
    expect(formatOneDecimal(7)).toBe('7');
  });
});
