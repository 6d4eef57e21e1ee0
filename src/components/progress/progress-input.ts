// The one bridge from the loaded content (src/content.ts) to the pure progress functions.
// One input per cycle for the whole build: the progress functions index it once
// (src/lib/progress.ts) and every page reads that index.
import type { Cycle } from '../../../schemas/cycle.ts';
import { plansOf, reportsOf, unitsOf } from '../../content.ts';
import type { ProgressInput } from '../../lib/progress.ts';

const inputs = new Map<string, ProgressInput>();

export function progressInput(cycle: Cycle): ProgressInput {
  let input = inputs.get(cycle.id);
  if (input === undefined) {
    input = {
      units: unitsOf(cycle),
      cycle,
      plans: plansOf(cycle.id).map((p) => p.data),
      reports: reportsOf(cycle.id).map((r) => r.data),
    };
    inputs.set(cycle.id, input);
  }
  return input;
}
