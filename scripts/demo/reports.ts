// Synthetic progress reports for the demo dataset. Stub: the progress engineer (issue 5)
// replaces the body. Paths are relative to the content root,
// e.g. content/reports/2021-2023/2021-nam/x.yaml.
import type { Plan } from '../../schemas/plan.ts';
import type { Registry } from '../../schemas/unit.ts';
import type { Cycle } from '../../schemas/cycle.ts';

export function demoReports(input: {
  registry: Registry;
  cycle: Cycle;
  plans: Array<{ unit: string; data: Plan }>;
  random: () => number;
}): Array<{ path: string; text: string }> {
  void input;
  return [];
}
