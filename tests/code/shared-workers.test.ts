// The test files share their workers' modules (vitest.config.ts: `isolate: false`, in the unit
// and the browser tests alike): a test file that replaced a module, faked the clock or left an
// environment variable set would change the files that run after it in the same worker. This
// keeps them from doing so.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

/** What a test file must not do, with the reason shown when it does. */
const SHARED_STATE: [RegExp, string][] = [
  [/\bvi\.(mock|doMock|hoisted)\(/, 'replaces a module for every later file in its worker'],
  [/\bvi\.(useFakeTimers|setSystemTime)\(/, 'fakes the clock for every later file in its worker'],
  [/\bvi\.stubGlobal\(/, 'replaces a global for every later file in its worker'],
  [/\bprocess\.chdir\(/, 'moves every later file of its worker to another folder'],
];

function sharedStateUses(text: string): string[] {
  return SHARED_STATE.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
}

function testFiles(dir = 'tests'): string[] {
  return readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return testFiles(rel);
    return e.name.endsWith('.test.ts') ? [rel] : [];
  });
}

describe('test files that share a worker', () => {
  it('finds each kind of shared state it forbids', () => {
    expect(sharedStateUses("vi.mock('../../src/lib/money.ts')")).toEqual(['replaces a module for every later file in its worker']);
    expect(sharedStateUses('vi.useFakeTimers();')).toEqual(['fakes the clock for every later file in its worker']);
    expect(sharedStateUses("vi.stubGlobal('fetch', f)")).toEqual(['replaces a global for every later file in its worker']);
    expect(sharedStateUses("process.chdir('/tmp')")).toEqual(['moves every later file of its worker to another folder']);
    expect(sharedStateUses("it('adds', () => expect(1 + 1).toBe(2));")).toEqual([]);
  });

  it('none of them mocks a module, fakes the clock, stubs a global or changes folder', () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter((f) => f.endsWith('.e2e.test.ts')).length).toBeGreaterThan(8);
    const self = 'tests/code/shared-workers.test.ts';
    const found = files.filter((f) => f !== self).flatMap((f) => sharedStateUses(readFileSync(path.join(PROJECT_ROOT, f), 'utf8')).map((why) => `${f}: ${why}`));
    expect(found).toEqual([]);
  });
});
