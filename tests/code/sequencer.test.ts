import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spreadBetween, START_FIRST, startFirst } from '../support/sequencer.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

describe('spreadBetween (the order of test files, tests/support/sequencer.ts)', () => {
  it('keeps both orders and puts the short list evenly between the long one', () => {
    expect(spreadBetween(['A', 'B', 'C'], ['1', '2', '3', '4', '5', '6'])).toEqual(['A', '1', '2', 'B', '3', '4', 'C', '5', '6']);
    expect(spreadBetween(['A', 'B', 'C', 'D'], ['1', '2'])).toEqual(['A', '1', 'B', 'C', '2', 'D']);
  });

  it('loses nothing when either list is empty', () => {
    expect(spreadBetween([], ['1', '2'])).toEqual(['1', '2']);
    expect(spreadBetween(['A', 'B'], [])).toEqual(['A', 'B']);
  });
});

describe('startFirst (the browser test files that start the run)', () => {
  it('moves the named files to the front, in the order named, and keeps the rest in theirs', () => {
    const files = ['/p/tests/a.e2e.test.ts', '/p/tests/b.e2e.test.ts', '/p/tests/c.e2e.test.ts', '/p/tests/d.e2e.test.ts'];
    expect(startFirst(files, ['tests/d.e2e.test.ts', 'tests/b.e2e.test.ts'], (f) => f)).toEqual([
      '/p/tests/d.e2e.test.ts',
      '/p/tests/b.e2e.test.ts',
      '/p/tests/a.e2e.test.ts',
      '/p/tests/c.e2e.test.ts',
    ]);
    expect(startFirst(files, ['tests/none.e2e.test.ts'], (f) => f)).toEqual(files);
  });

  it('names browser test files that exist', () => {
    expect(START_FIRST.filter((f) => !f.endsWith('.e2e.test.ts') || !existsSync(path.join(PROJECT_ROOT, f)))).toEqual([]);
  });
});
