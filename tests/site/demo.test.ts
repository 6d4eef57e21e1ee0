// The demo dataset: valid for the very pipeline the build uses, deterministic, realistic.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/generate.ts';
import { lastChanged } from '../../src/lib/git-dates.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { PROJECT_ROOT, TMP_ROOT } from '../support/paths.ts';

const A = path.join(TMP_ROOT, 'site-demo-a');
const B = path.join(TMP_ROOT, 'site-demo-b');

const files = (root: string) => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(root, p));
    }
  };
  walk(root);
  return out.sort();
};

beforeAll(async () => {
  await generateDemo(A);
  await generateDemo(B);
}, 60_000);
afterAll(() => {
  rmSync(A, { recursive: true, force: true });
  rmSync(B, { recursive: true, force: true });
});

describe('demo dataset', () => {
  it('passes the validator with zero issues', async () => {
    const result = await loadContent(A);
    expect(result.issues).toEqual([]);
    expect(result.content.registry?.data.units).toHaveLength(59);
  });

  it('has submitted plans, drafts and missing units', async () => {
    const { content } = await loadContent(A);
    const submitted = content.plans.filter((p) => p.data.status === 'submitted').length;
    const drafts = content.plans.filter((p) => p.data.status === 'draft').length;
    const missing = 59 - content.plans.length;
    expect(submitted).toBeGreaterThanOrEqual(30);
    expect(drafts).toBeGreaterThanOrEqual(3);
    expect(missing).toBeGreaterThanOrEqual(3);
  });

  it('fits activities to the kind of unit', async () => {
    const { content } = await loadContent(A);
    const groupOf = new Map(content.registry?.data.units.map((u) => [u.id, u.group]));
    for (const p of content.plans) {
      const ids = (p.data.activities ?? []).map((a) => a.id);
      if (groupOf.get(p.data.unit) === 'huyen') expect(ids).toContain('truyen-thong-xa');
      else expect(ids).not.toContain('truyen-thong-xa');
      expect(ids.length).toBeGreaterThanOrEqual(5);
      for (const a of p.data.activities ?? []) for (const b of a.budget ?? []) expect(b.amount).toBeLessThanOrEqual(100);
    }
  });

  it('sets demo deadlines in the demo cycle only', async () => {
    const { content } = await loadContent(A);
    const cycle = content.cycles[0]?.data;
    expect(cycle?.plan_due).toBe('2020-09-30');
    expect(cycle?.periods.find((p) => p.id === '2021-6-thang')?.due).toBe('2021-07-15');
    expect(cycle?.periods.find((p) => p.id === '2021-nam')?.due).toBe('2021-12-15');
    expect(readFileSync(path.join(PROJECT_ROOT, 'content', 'cycles', '2021-2023.yaml'), 'utf8')).toContain('plan_due: null');
  });

  it('has a Git history dating each plan on the day it was submitted', async () => {
    const { content } = await loadContent(A);
    const plan = content.plans.find((p) => p.data.status === 'submitted');
    expect(plan).toBeDefined();
    expect(lastChanged(A, plan?.file ?? '')).toBe(plan?.data.submitted_on);
  });

  it('is the same on every run, and never writes into content/', () => {
    const fa = files(A);
    expect(fa).toEqual(files(B));
    for (const f of fa) expect(readFileSync(path.join(A, f), 'utf8')).toBe(readFileSync(path.join(B, f), 'utf8'));
    const real = path.join(PROJECT_ROOT, 'content', 'plans', '2021-2023');
    expect(existsSync(real) ? readdirSync(real).filter((f) => f.endsWith('.yaml')) : []).toEqual([]);
  });
});
