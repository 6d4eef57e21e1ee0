// One colour per activity status, used by the chart and its legend (the table carries the numbers).
import type { StatusKey } from '../../lib/progress.ts';

export const STATUS_COLORS: Record<StatusKey, string> = {
  done: '#1c5e2e',
  'in-progress': '#2f6fb0',
  'not-started': '#b38600',
  cancelled: '#9b1c1c',
  unreported: '#d9d9d9',
};
