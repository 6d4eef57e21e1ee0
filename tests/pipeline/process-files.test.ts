// A large content/ is read and checked in worker threads (src/pipeline/process-files.ts): the
// outcome must be exactly what one thread gives, valid files and refused ones alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/generate.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { MAX_WORKERS, PARALLEL_FROM, workersFor } from '../../src/pipeline/process-files.ts';
import { addContentFile } from '../support/content-root.ts';
import { fixtureBytes, listFixtures, readHeader } from './fixture-header.ts';

describe('workersFor', () => {
  it('keeps a content/ under PARALLEL_FROM files in one thread, whatever the cores', () => {
    expect(PARALLEL_FROM).toBe(2000);
    expect(workersFor(PARALLEL_FROM - 1, 8)).toBe(1);
    expect(workersFor(59, 2)).toBe(1);
  });

  it('gives a larger one a worker per core, at most MAX_WORKERS, and one thread on one core', () => {
    expect(workersFor(PARALLEL_FROM, 2)).toBe(2);
    expect(workersFor(27_000, 16)).toBe(MAX_WORKERS);
    expect(workersFor(27_000, 1)).toBe(1);
  });
});

describe('loadContent in worker threads', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'process-files-'));
  beforeAll(async () => {
    // The demo (registry, cycle, dispatch, guidance, 52 plans, 122 reports), then every bad
    // fixture: at its own place, or beside it under its own name once that place is taken
    // (refused files of every kind, some also naming a unit the registry does not have).
    await generateDemo(root);
    const taken = new Set<string>();
    for (const name of listFixtures('bad')) {
      const declared = readHeader(fixtureBytes(name).toString('utf8')).file;
      if (declared === undefined) continue;
      const file = taken.has(declared) ? path.posix.join(path.posix.dirname(declared), path.posix.basename(name) + path.posix.extname(declared)) : declared;
      taken.add(file);
      addContentFile(root, file, fixtureBytes(name));
    }
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives exactly what one thread gives: the same entries, the same errors, the same files', async () => {
    const here = await loadContent(root, { workers: 1 });
    expect(here.content.plans.length).toBeGreaterThan(40);
    expect(here.content.reports.length).toBeGreaterThan(100);
    expect(here.issues.length).toBeGreaterThan(100);
    // Three workers: the files do not split evenly.
    const threaded = await loadContent(root, { workers: 3 });
    expect(threaded).toStrictEqual(here);
  }, 120_000);
});
