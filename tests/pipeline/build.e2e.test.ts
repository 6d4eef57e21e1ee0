// The build reads content through the same pipeline as the validator: it refuses invalid
// content with the very same messages, and never serves a stale content store.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/pipeline/issue.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { buildSite } from '../support/build.ts';
import { addContentFile, makeContentRoot } from '../support/content-root.ts';
import { TMP_ROOT } from '../support/paths.ts';

const GOOD = (unit: string) => `unit: ${unit}\ncycle: 2021-2023\nstatus: submitted\nsubmitted_on: 2020-09-15\ncontact: { name: Lê Thị Lan }\nactivities:\n  - { id: a, title: Hội nghị truyền thông, task: truyen-thong, budget: [{ year: 2021, source: khac, amount: 45.5 }] }\n`;

describe('astro build and the pipeline', () => {
  it('refuses an invalid plan, with the same messages as npm run validate', async () => {
    const root = makeContentRoot('build-bad-');
    addContentFile(root, 'plans/2021-2023/huyen-nga-son.yaml', GOOD('huyen-nga-son').replace('amount: 45.5', 'amount: "45.500"'));
    const expected = (await loadContent(root)).issues.map(formatIssue);
    expect(expected).toHaveLength(1);
    const outDir = path.join(TMP_ROOT, 'build-bad-dist');
    rmSync(outDir, { recursive: true, force: true });
    const result = await buildSite({ contentRoot: root, outDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(expected[0]);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('builds valid content, and a later build never keeps an entry that is gone', async () => {
    const root = makeContentRoot('build-good-');
    const planFile = addContentFile(root, 'plans/2021-2023/huyen-nga-son.yaml', GOOD('huyen-nga-son'));
    addContentFile(root, 'plans/2021-2023/huyen-ha-trung.yaml', GOOD('huyen-ha-trung'));
    const outDir = path.join(TMP_ROOT, 'build-good-dist');
    const first = await buildSite({ contentRoot: root, outDir });
    expect(first.code, first.output).toBe(0);
    const store = `${outDir}-cache/data-store.json`;
    expect(readFileSync(store, 'utf8')).toContain('2021-2023/huyen-nga-son');

    rmSync(path.join(root, planFile));
    const second = await buildSite({ contentRoot: root, outDir });
    expect(second.code, second.output).toBe(0);
    const after = readFileSync(store, 'utf8');
    expect(after).toContain('2021-2023/huyen-ha-trung');
    expect(after).not.toContain('2021-2023/huyen-nga-son');
  });
});
