// Issue 10, item 2: content is regular files inside the repository. A symlink, a FIFO or a
// linked folder is refused at its path with a Vietnamese error; nothing is followed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { planYaml } from '../ci/helpers.ts';
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';

const makeRoot = contentRootsCleanedAfterAll();
const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const PLAN = 'content/plans/2021-2023/huyen-nga-son.yaml';
const VALID_OUTSIDE = path.join(outside, 'huyen-nga-son.yaml');
writeFileSync(VALID_OUTSIDE, planYaml('huyen-nga-son'));

/** A root whose PLAN path is made by `make`; returns the pipeline's result. */
async function withEntry(make: (absolute: string) => void) {
  const root = makeRoot('non-regular-');
  addContentFile(root, 'plans/2021-2023/huyen-ha-trung.yaml', planYaml('huyen-ha-trung'));
  const absolute = path.join(root, PLAN);
  mkdirSync(path.dirname(absolute), { recursive: true });
  make(absolute);
  return { root, result: await loadContent(root) };
}

const shown = (issues: { file: string; line: number; column: number; rule: string }[]) => issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.rule}`);

describe('non-regular files under content/', () => {
  it('a symlink to a valid plan outside the repository is refused, and its plan is not published', async () => {
    const { result } = await withEntry((at) => symlinkSync(VALID_OUTSIDE, at));
    expect(shown(result.issues)).toEqual([`${PLAN}:1:1 symlink`]);
    expect(result.issues[0]?.message).toContain('liên kết tượng trưng (symlink)');
    expect(result.issues[0]?.message).toContain('hãy xóa liên kết');
    expect(result.content.plans.map((p) => p.id)).toEqual(['2021-2023/huyen-ha-trung']);
  });

  it('a symlink to a directory is refused without a crash', async () => {
    const { result } = await withEntry((at) => symlinkSync(outside, at));
    expect(shown(result.issues)).toEqual([`${PLAN}:1:1 symlink`]);
  });

  it('a symlink to /proc/self/status never shows that file', async () => {
    const { result } = await withEntry((at) => symlinkSync('/proc/self/status', at));
    expect(shown(result.issues)).toEqual([`${PLAN}:1:1 symlink`]);
    expect(JSON.stringify(result.issues)).not.toMatch(/Pid|VmRSS|Uid/);
  });

  it('a dangling symlink is refused as a link', async () => {
    const { result } = await withEntry((at) => symlinkSync(path.join(outside, 'missing.yaml'), at));
    expect(shown(result.issues)).toEqual([`${PLAN}:1:1 symlink`]);
  });

  it('a FIFO is refused without waiting for a writer', async () => {
    const { result } = await withEntry((at) => execFileSync('mkfifo', [at]));
    expect(shown(result.issues)).toEqual([`${PLAN}:1:1 not-regular-file`]);
    expect(result.issues[0]?.message).toContain('không phải là tệp thường');
  });

  it('a linked folder is refused at its own path, and nothing inside it is read', async () => {
    const elsewhere = path.join(outside, 'cycle');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(path.join(elsewhere, 'huyen-nga-son.yaml'), planYaml('huyen-nga-son'));
    const root = makeRoot('non-regular-');
    mkdirSync(path.join(root, 'content/plans'), { recursive: true });
    symlinkSync(elsewhere, path.join(root, 'content/plans/2021-2023'));
    const result = await loadContent(root);
    expect(shown(result.issues)).toEqual(['content/plans/2021-2023:1:1 symlink']);
    expect(result.content.plans).toEqual([]);
  });

  it('a content/ folder that is itself a link is refused', async () => {
    const root = makeRoot('non-regular-');
    const real = path.join(outside, 'content-real');
    execFileSync('mv', [path.join(root, 'content'), real]);
    symlinkSync(real, path.join(root, 'content'));
    const result = await loadContent(root);
    expect(shown(result.issues)).toContain('content:1:1 symlink');
    expect(result.content.registry).toBeUndefined();
  });
});
