// The demo reports: generated with the demo plans, they must validate, follow the plans,
// and look like real life (some late, some missing, a few cancelled, a few proposals).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, DEMO_AS_OF } from '../../scripts/demo/generate.ts';
import { demoReports } from '../../scripts/demo/reports.ts';
import { loadContent, type PipelineResult } from '../../src/pipeline/load-content.ts';
import { periodSubmissions, spendingOfYear, statusByTask, actionMonthByYear, digestOf, type ProgressInput } from '../../src/lib/progress.ts';
import { TMP_ROOT } from '../support/paths.ts';

const root = path.join(TMP_ROOT, 'progress-demo-unit');
let result: PipelineResult;
let input: ProgressInput;

beforeAll(async () => {
  await generateDemo(root);
  result = await loadContent(root);
  const c = result.content;
  input = {
    units: c.registry?.data.units ?? [],
    cycle: c.cycles[0]!.data,
    plans: c.plans.map((p) => p.data),
    reports: c.reports.map((r) => r.data),
  };
}, 60_000);

describe('demo reports', () => {
  it('validate: loadContent on the generated root finds zero issues', () => {
    expect(result.issues).toEqual([]);
    expect(result.content.reports.length).toBeGreaterThan(50);
  });

  it('exist only for periods that ended before the demo "as of" date, submitted no later than it', () => {
    const ended = new Set(input.cycle.periods.filter((p) => p.to < DEMO_AS_OF).map((p) => p.id));
    expect(ended.size).toBeGreaterThan(0);
    for (const r of input.reports) {
      expect(ended.has(r.period), r.period).toBe(true);
      expect(r.submitted_on <= DEMO_AS_OF).toBe(true);
    }
  });

  it('are deterministic', () => {
    const c = result.content;
    const args = (seed: number) => {
      let a = seed;
      const random = () => {
        a = (a * 16807) % 2147483647;
        return a / 2147483647;
      };
      return { registry: c.registry!.data, cycle: input.cycle, plans: c.plans.map((p) => ({ unit: p.data.unit, data: p.data })), random };
    };
    expect(demoReports(args(7))).toEqual(demoReports(args(7)));
    expect(demoReports(args(7))).not.toEqual(demoReports(args(8)));
  });

  it('show a living picture: late and missing reports, cancelled activities, proposals, Action Month', () => {
    const last = input.cycle.periods.filter((p) => p.to < DEMO_AS_OF).at(-1)!;
    const s = periodSubmissions(input, last.id, DEMO_AS_OF);
    expect(s.received).toBeGreaterThan(s.expected / 2);
    expect(s.missing.length).toBeGreaterThan(0);
    expect(input.cycle.periods.some((p) => periodSubmissions(input, p.id, DEMO_AS_OF).late.length > 0)).toBe(true);
    expect(input.cycle.periods.some((p) => statusByTask(input, p.id).total.counts.cancelled > 0)).toBe(true);
    expect(digestOf(input, last.id).some((d) => d.proposals !== undefined)).toBe(true);
    expect(actionMonthByYear(input)[0]!.events).toBeGreaterThan(0);
  });

  it('spend in proportion to the plans: the first year lands between 40% and 110% of the budget of the units that reported', () => {
    const y = spendingOfYear(input, input.cycle.years[0]!);
    expect(y.spent).toBeGreaterThan(y.planned * 0.4);
    expect(y.spent).toBeLessThan(y.planned * 1.1);
  });
});
