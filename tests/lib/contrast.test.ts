import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, relativeLuminance } from '../../src/lib/contrast.ts';

describe('WCAG relative luminance and contrast', () => {
  it('black is 0, white is 1, and an sRGB channel is linearised (0.5 grey ≈ 0.214)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
    // Below the 0.04045 knee the channel is linear: 10/255/12.92.
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 6);
    // Green weighs most, blue least.
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('contrast ratios match the published WCAG examples, whatever the order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#959595', '#ffffff')).toBeCloseTo(3.0, 1);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => relativeLuminance('#fff')).toThrow('not a #rrggbb colour: #fff');
    expect(() => relativeLuminance('red')).toThrow('not a #rrggbb colour: red');
  });

  it('writes white on a dark fill and black on a light one', () => {
    expect(inkOn('#5e0e26')).toBe('#ffffff');
    expect(inkOn('#d46a8a')).toBe('#000000');
    expect(inkOn('#ffffff')).toBe('#000000');
  });
});
