// The header of a fixture under tests/fixtures/content-files/{good,bad}/: the `# key: value`
// comment lines that say where the file lives and what the pipeline must say of it. Read by
// fixtures.test.ts (which runs each fixture) and rule-coverage.test.ts (which checks that
// every rule is shown failing and passing). The format is described in fixtures.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/paths.ts';

export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/content-files');

export interface FixtureHeader {
  /** `# file:` where the fixture is written under content/. */
  file: string | undefined;
  /** `# with:` other fixtures written first (`good/plan-full`). */
  with: string[];
  /** `# expect: LINE:COL RULE PATH` lines; `# expect: nothing` is left out. */
  expect: string[];
  /** `# message:` the Vietnamese messages, word for word. */
  messages: string[];
  /** `# passes:` the rule ids a good fixture shows accepted next to their boundary. */
  passes: string[];
}

export function readHeader(text: string): FixtureHeader {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.startsWith('# '));
  const field = (key: string) => header.filter((l) => l.startsWith(`# ${key}: `)).map((l) => l.slice(key.length + 4).trim());
  return {
    file: field('file')[0],
    with: field('with'),
    expect: field('expect').filter((e) => e !== 'nothing'),
    messages: field('message'),
    passes: field('passes').flatMap((l) => l.split(/\s+/)).filter((id) => id !== ''),
  };
}

/** `good/plan-full`, … in name order. */
export function listFixtures(kind: 'good' | 'bad'): string[] {
  return readdirSync(path.join(FIXTURES, kind)).filter((f) => f.endsWith('.yaml')).map((f) => `${kind}/${f.replace(/\.yaml$/, '')}`).sort();
}

export const fixtureBytes = (name: string): Buffer => readFileSync(path.join(FIXTURES, `${name}.yaml`));

/** The rule id of an `# expect:` line (`12:45 negative activities[0]…` → `negative`). */
export const ruleOfExpect = (line: string): string | undefined => line.split(' ')[1];
