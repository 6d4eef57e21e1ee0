// The one bridge from the loaded content (src/content.ts) to the pure progress functions.
import type { Cycle } from '../../../schemas/cycle.ts';
import { plansOf, reportsOf, unitsOf } from '../../content.ts';
import type { ProgressInput } from '../../lib/progress.ts';

export function progressInput(cycle: Cycle): ProgressInput {
  return {
    units: unitsOf(cycle),
    cycle,
    plans: plansOf(cycle.id).map((p) => p.data),
    reports: reportsOf(cycle.id).map((r) => r.data),
  };
}
