// Nothing lost in the round trip: every plan fixture, read and rewritten the way Decap CMS
// does it, re-validates with zero issues and keeps every value.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../schemas/plan.ts';
import { fieldsOf } from '../../src/pipeline/schema-walk.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { decapFromFile, decapFromFrontmatter, decapToFile, decapToFrontmatter } from './decap-yaml.ts';

// Temporary content roots, removed when the file's tests are done.
const makeContentRoot = contentRootsCleanedAfterAll();

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).sort();
const planKeys = fieldsOf(PlanSchema).map((f) => f.key);

async function pipeline(unit: string, text: string) {
  const root = makeContentRoot('cms-roundtrip-');
  addContentFile(root, `plans/2021-2023/${unit}.yaml`, text);
  const result = await loadContent(root);
  return { issues: result.issues, plan: result.content.plans.find((p) => p.data.unit === unit)?.data };
}

describe('Decap round trip of the plan fixtures', () => {
  it('has fixtures to walk', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of fixtures) {
    const unit = name.replace(/\.yaml$/, '');
    it(`${name}: saved by the CMS, still valid and equal`, async () => {
      const original = readFileSync(path.join(FIXTURES, name), 'utf8');
      const before = await pipeline(unit, original);
      expect(before.issues).toEqual([]);
      expect(before.plan).toBeDefined();

      const saved = decapToFile(decapFromFile(original) as object, planKeys);
      const after = await pipeline(unit, saved);
      expect(after.issues, saved).toEqual([]);
      expect(after.plan).toEqual(before.plan);
      // And a second save changes nothing more: the CMS output is a fixed point.
      expect(decapToFile(decapFromFile(saved) as object, planKeys)).toBe(saved);
    });
  }

  it('keeps a digits-only phone a string (quoted), and 45.5 a number', () => {
    const saved = decapToFile({ unit: 'so-y-te', contact: { phone: '0373725604' }, amount: 45.5, day: '2020-09-15' }, planKeys);
    expect(saved).toContain('phone: "0373725604"');
    expect(saved).toContain('amount: 45.5');
    expect(decapFromFile(saved)).toEqual({ unit: 'so-y-te', contact: { phone: '0373725604' }, amount: 45.5, day: '2020-09-15' });
  });

  it('writes top-level keys in the form order', () => {
    const saved = decapToFile({ activities: [], status: 'draft', cycle: '2021-2023', unit: 'so-y-te' }, planKeys);
    expect(saved.split('\n').slice(0, 4)).toEqual(['unit: so-y-te', 'cycle: 2021-2023', 'status: draft', 'activities: []']);
  });

  it('detects a lost value (the comparison can fail)', async () => {
    const original = readFileSync(path.join(FIXTURES, 'huyen-quang-xuong.yaml'), 'utf8');
    const before = await pipeline('huyen-quang-xuong', original);
    const data = decapFromFile(original) as { activities: { budget: { amount: number }[] }[] };
    const first = data.activities[0]?.budget[0];
    if (first) first.amount = 45; // what an integer number widget would have written
    const after = await pipeline('huyen-quang-xuong', decapToFile(data, planKeys));
    expect(after.issues).toEqual([]);
    expect(after.plan).not.toEqual(before.plan);
  });
});

describe('Decap round trip of the registry and the cycle (the standing agency’s files)', () => {
  for (const file of ['units.yaml', 'cycles/2021-2023.yaml']) {
    it(`${file}: saved by the CMS, still valid and equal (its comments are lost)`, async () => {
      const original = readFileSync(path.join(PROJECT_ROOT, 'content', file), 'utf8');
      const saved = decapToFile(decapFromFile(original) as object);
      expect(saved).not.toContain('#');
      const root = makeContentRoot('cms-roundtrip-files-');
      addContentFile(root, file, saved);
      const [before, after] = [await loadContent(PROJECT_ROOT), await loadContent(root)];
      expect(after.issues).toEqual([]);
      expect(after.content.registry?.data).toEqual(before.content.registry?.data);
      expect(after.content.cycles.map((c) => c.data)).toEqual(before.content.cycles.map((c) => c.data));
    });
  }
});

describe('Decap round trip of the guidance pages (front matter + Markdown)', () => {
  const dir = path.join(PROJECT_ROOT, 'content', 'guidance');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`${name}: saved by the CMS, same front matter and body`, async () => {
      const original = readFileSync(path.join(dir, name), 'utf8');
      const saved = decapToFrontmatter(decapFromFrontmatter(original), ['title', 'description', 'order', 'body']);
      const root = makeContentRoot('cms-roundtrip-guidance-');
      addContentFile(root, `guidance/${name}`, saved);
      const [before, after] = [await loadContent(PROJECT_ROOT), await loadContent(root)];
      expect(after.issues).toEqual([]);
      const pick = (r: typeof before) => r.content.guidance.find((g) => g.file.endsWith(name));
      expect(pick(after)?.data).toEqual(pick(before)?.data);
      expect(pick(after)?.body.trim()).toBe(pick(before)?.body.trim());
    });
  }
});
