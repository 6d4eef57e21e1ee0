import { describe, expect, it } from 'vitest';
import { formatMillions, formatMoney, sumThousands, thousandsToMachine, toThousands } from '../../src/lib/money.ts';

describe('exact money', () => {
  it('converts validated amounts to whole thousands exactly', () => {
    expect(toThousands(45.5)).toBe(45_500);
    expect(toThousands(0.1)).toBe(100);
    expect(toThousands(12.345)).toBe(12_345);
    expect(toThousands(1_000_000)).toBe(1_000_000_000);
  });

  it('sums without floating-point drift: 0.1 + 0.2 is 0.3 here', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumThousands([0.1, 0.2].map(toThousands))).toBe(300);
    expect(thousandsToMachine(sumThousands([0.1, 0.2].map(toThousands)))).toBe('0.3');
    // a thousand lines of 0.001 triệu = 1 triệu
    expect(sumThousands(Array.from({ length: 1000 }, () => toThousands(0.001)))).toBe(1000);
  });

  it('machine format: dot decimal, no separators, no trailing zeros', () => {
    expect(thousandsToMachine(45_500)).toBe('45.5');
    expect(thousandsToMachine(50_000)).toBe('50');
    expect(thousandsToMachine(12_345)).toBe('12.345');
    expect(thousandsToMachine(5)).toBe('0.005');
    expect(thousandsToMachine(0)).toBe('0');
    expect(thousandsToMachine(1_234_567_800)).toBe('1234567.8');
  });

  it('vi-VN display: dot thousands, comma decimal', () => {
    expect(formatMillions(1_234_500)).toBe('1.234,5');
    expect(formatMillions(45_500)).toBe('45,5');
    expect(formatMillions(1_000_000_000)).toBe('1.000.000');
    expect(formatMillions(0)).toBe('0');
    expect(formatMoney(1_234_500)).toBe('1.234,5 triệu đồng');
  });
});
