// contentPath() is the inverse of classify(): every kind of content file round-trips, and so
// does every path of the real content, the demo content and the fixtures.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/generate.ts';
import { classify, classifyFile, CONTENT_DIR, contentFilePath, contentPath, type ContentFile } from '../../src/pipeline/classify.ts';
import { COLLECTIONS } from '../../src/pipeline/content-set.ts';
import { PROJECT_ROOT, TMP_ROOT } from '../support/paths.ts';

const DEMO = path.join(TMP_ROOT, 'content-path-demo');

/** Every file under `dir`, relative to it, with forward slashes. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const e of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === '' ? e.name : `${relative}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** The paths classify() knows (not .gitkeep, not a misplaced file). */
const known = (paths: readonly string[]) => paths.filter((p) => !['ignored', 'unknown'].includes(classify(p).kind));

function expectRoundTrip(paths: readonly string[]): void {
  for (const p of paths) expect(contentPath(classify(p) as ContentFile), p).toBe(p);
}

beforeAll(async () => {
  await generateDemo(DEMO);
}, 120_000);
afterAll(() => rmSync(DEMO, { recursive: true, force: true }));

describe('contentPath', () => {
  const EXAMPLES: ContentFile[] = [
    { kind: 'registry' },
    { kind: 'dispatch', id: 'sldtbxh-2020-08-binh-dang-gioi' },
    { kind: 'cycle', id: '2021-2023' },
    { kind: 'plan', cycle: '2021-2023', unit: 'huyen-quang-xuong' },
    { kind: 'report', cycle: '2021-2023', period: '2021-nam', unit: 'huyen-quang-xuong' },
    { kind: 'guidance', id: 'cach-lap-ke-hoach' },
  ];

  it('classify(contentPath(x)) is x for every kind', () => {
    // One example for the kind of file of each of the six collections.
    expect(EXAMPLES.map((e) => e.kind).sort()).toEqual(Object.values(COLLECTIONS).sort());
    for (const file of EXAMPLES) expect(classify(contentPath(file))).toEqual(file);
    expect(contentPath({ kind: 'report', cycle: '2021-2023', period: '2021-nam', unit: 'huyen-quang-xuong' })).toBe('reports/2021-2023/2021-nam/huyen-quang-xuong.yaml');
    expect(contentFilePath({ kind: 'registry' })).toBe('content/units.yaml');
    expect(classifyFile(contentFilePath(EXAMPLES[3] as ContentFile))).toEqual(EXAMPLES[3]);
    expect(classifyFile('src/ci/ownership.ts')).toBeUndefined();
    expect(classifyFile('content/.gitkeep')).toEqual({ kind: 'ignored' });
  });

  it('round-trips for any ids shaped like the slugs of content/', () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const file: fc.Arbitrary<ContentFile> = fc.oneof(
      fc.constant({ kind: 'registry' as const }),
      slug.map((id) => ({ kind: 'dispatch' as const, id })),
      slug.map((id) => ({ kind: 'cycle' as const, id })),
      fc.record({ kind: fc.constant('plan' as const), cycle: slug, unit: slug }),
      fc.record({ kind: fc.constant('report' as const), cycle: slug, period: slug, unit: slug }),
      slug.map((id) => ({ kind: 'guidance' as const, id })),
    );
    fc.assert(
      fc.property(file, (f) => {
        expect(classify(contentPath(f))).toEqual(f);
      }),
    );
  });

  it('contentPath(classify(p)) is p for every file of the real content', () => {
    const paths = known(filesUnder(path.join(PROJECT_ROOT, CONTENT_DIR)));
    expect(paths).toContain('units.yaml');
    expectRoundTrip(paths);
  });

  it('… of the demo content (plans and reports of every period)', () => {
    const paths = known(filesUnder(path.join(DEMO, CONTENT_DIR)));
    expect(paths.filter((p) => classify(p).kind === 'report').length).toBeGreaterThan(100);
    expect(paths.filter((p) => classify(p).kind === 'plan').length).toBeGreaterThan(30);
    expectRoundTrip(paths);
  });

  it('… of the fixtures: the two-cycle content root and the path each file fixture declares', () => {
    const twoCycles = known(filesUnder(path.join(PROJECT_ROOT, 'tests/fixtures/two-cycles', CONTENT_DIR)));
    expect(twoCycles.length).toBeGreaterThan(5);
    expectRoundTrip(twoCycles);
    const fixtures = path.join(PROJECT_ROOT, 'tests/fixtures/content-files');
    const declared = filesUnder(fixtures).flatMap((f) => {
      const m = /^# file: (\S+)$/m.exec(readFileSync(path.join(fixtures, f), 'utf8'));
      return m?.[1] === undefined ? [] : [m[1]];
    });
    expect(declared.length).toBeGreaterThan(40);
    expectRoundTrip(known(declared));
  });
});
