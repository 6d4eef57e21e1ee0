// A chart value's attributes leave out what the <svg> already says (src/components/chart-text.ts).
import { describe, expect, it } from 'vitest';
import { INK } from '../../src/components/chart-colors.ts';
import { textPlace } from '../../src/components/chart-text.ts';
import { endLabel, insideLabel } from '../../src/lib/chart-geometry.ts';

describe('textPlace', () => {
  it('writes nothing for a value after its bar in the page ink (the <svg> default)', () => {
    const after = endLabel('12', 100, '#5e0e26');
    expect(after).toMatchObject({ anchor: 'start', fill: INK });
    expect(textPlace(after)).toEqual({});
  });

  it('keeps the anchor and the ink of a value drawn on a bar', () => {
    expect(textPlace(insideLabel('22', { x: 0, w: 80 }, '#1d3a6e') ?? { anchor: 'start', fill: INK })).toEqual({ 'text-anchor': 'middle', fill: '#ffffff' });
    expect(textPlace(endLabel('3.234,5', 395, '#5e0e26'))).toEqual({ 'text-anchor': 'end', fill: '#ffffff' });
    expect(textPlace({ anchor: 'start', fill: '#000000' })).toEqual({ fill: '#000000' });
    expect(textPlace({ anchor: 'end', fill: '#1B1B1B' })).toEqual({ 'text-anchor': 'end' });
  });
});
