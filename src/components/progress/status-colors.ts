// One colour per activity status, used by the chart and its legend (the table carries the numbers).
// In STATUS_KEYS order, mid and dark tones alternate so that neighbours stand ≥ 3:1 apart and
// each stands ≥ 3:1 against the page (tests/lib/chart-colors.test.ts).
import type { StatusKey } from '../../lib/progress.ts';

export const STATUS_COLORS: Record<StatusKey, string> = {
  done: '#4f9a5e',
  'in-progress': '#1d3a6e',
  'not-started': '#b88200',
  cancelled: '#6e1414',
  unreported: '#8c8c8c',
};
