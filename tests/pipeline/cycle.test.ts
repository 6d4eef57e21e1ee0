// The cycle file as the standing agency edits it, by hand or through the CMS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CycleSchema } from '../../schemas/cycle.ts';
import { validateYaml } from '../../src/pipeline/validate-file.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const FILE = 'content/cycles/2021-2023.yaml';
const text = readFileSync(path.join(PROJECT_ROOT, FILE), 'utf8');

describe('cycle deadlines', () => {
  it('a date cleared in the CMS ("") means not set, like null', () => {
    const cleared = text.replace('plan_due: null', 'plan_due: ""').replace('due: null }', 'due: "" }');
    const result = validateYaml(FILE, cleared, CycleSchema);
    expect(result.ok && result.data.plan_due).toBe(null);
    expect(result.ok && result.data.periods[0]?.due).toBe(null);
  });

  it('a deadline set by the agency is kept as an ISO date string', () => {
    const result = validateYaml(FILE, text.replace('plan_due: null', 'plan_due: 2020-09-30'), CycleSchema);
    expect(result.ok && result.data.plan_due).toBe('2020-09-30');
  });

  it('a deadline written the Vietnamese way is refused with the ISO form to write', () => {
    const result = validateYaml(FILE, text.replace('plan_due: null', 'plan_due: 30/09/2020'), CycleSchema);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => `${i.rule} ${i.path}`)).toEqual(['bad-date plan_due']);
    expect(!result.ok && result.issues[0]?.message).toContain('2020-09-30');
  });

  it('a period that ends before it starts is refused', () => {
    const result = validateYaml(FILE, text.replace('to: "2021-06-30"', 'to: "2020-06-30"'), CycleSchema);
    expect(!result.ok && result.issues.map((i) => `${i.rule} ${i.path}`)).toEqual(['period-order periods[0].to']);
  });
});
