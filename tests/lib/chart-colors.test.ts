// Every chart colour stands out from the page and from the colour drawn beside it (WCAG 1.4.11,
// 3:1), and the value written on it reads (4.5:1).
import { describe, expect, it } from 'vitest';
import { BAR_COLOR, PLANNED_COLOR, SPENT_COLOR, YEAR_COLORS } from '../../src/components/chart-colors.ts';
import { STATUS_COLORS } from '../../src/components/progress/status-colors.ts';
import { contrastRatio, GRAPHIC_CONTRAST, inkOn, TEXT_CONTRAST } from '../../src/lib/contrast.ts';
import { STATUS_KEYS } from '../../src/lib/progress.ts';

const PAGE = '#ffffff';
const palettes: Record<string, readonly string[]> = {
  'years (stacked, in order)': YEAR_COLORS,
  'statuses (stacked, in STATUS_KEYS order)': STATUS_KEYS.map((k) => STATUS_COLORS[k]),
  'spending (planned, spent)': [PLANNED_COLOR, SPENT_COLOR],
  'single bar': [BAR_COLOR],
};

describe('chart palettes', () => {
  for (const [name, colors] of Object.entries(palettes)) {
    it(`${name}: ≥ 3:1 against the page and between neighbours, values on them ≥ 4.5:1`, () => {
      const weak: string[] = [];
      colors.forEach((c, i) => {
        if (contrastRatio(c, PAGE) < GRAPHIC_CONTRAST) weak.push(`${c} on the page: ${contrastRatio(c, PAGE).toFixed(2)}`);
        const next = colors[i + 1];
        if (next && contrastRatio(c, next) < GRAPHIC_CONTRAST) weak.push(`${c} beside ${next}: ${contrastRatio(c, next).toFixed(2)}`);
        if (contrastRatio(c, inkOn(c)) < TEXT_CONTRAST) weak.push(`text on ${c}: ${contrastRatio(c, inkOn(c)).toFixed(2)}`);
      });
      expect(weak).toEqual([]);
    });
  }

  it('the year that was too pale (the third, "Năm 2023") now stands 3:1 from the page', () => {
    expect(contrastRatio(YEAR_COLORS[2], PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(STATUS_COLORS.unreported, PAGE)).toBeGreaterThanOrEqual(3);
  });
});
