// Every fixture under tests/fixtures/content-files/ goes through the real pipeline. Each
// declares in its header where it lives (`# file:`), what it needs (`# with:`), and the exact
// errors it must produce (`# expect: LINE:COL RULE PATH`), or `# expect: nothing`, and the
// Vietnamese message of each error, word for word (`# message: …`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { addContentFile, makeContentRoot } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/content-files');

interface Fixture {
  name: string;
  file: string;
  with: string[];
  expect: string[];
  messages: string[];
  bytes: Buffer;
}

function readFixture(name: string): Fixture {
  const bytes = readFileSync(path.join(FIXTURES, `${name}.yaml`));
  const header = bytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.startsWith('# '));
  const field = (key: string) => header.filter((l) => l.startsWith(`# ${key}: `)).map((l) => l.slice(key.length + 4).trim());
  const file = field('file')[0];
  if (file === undefined) throw new Error(`${name}: no "# file:" line`);
  return { name, file, with: field('with'), expect: field('expect').filter((e) => e !== 'nothing'), messages: field('message'), bytes };
}

function listFixtures(kind: 'good' | 'bad'): string[] {
  return readdirSync(path.join(FIXTURES, kind)).filter((f) => f.endsWith('.yaml')).map((f) => `${kind}/${f.replace(/\.yaml$/, '')}`).sort();
}

async function runFixture(fixture: Fixture) {
  const root = makeContentRoot('fixture-');
  for (const other of fixture.with) {
    const dep = readFixture(other);
    addContentFile(root, dep.file, dep.bytes);
  }
  const file = addContentFile(root, fixture.file, fixture.bytes);
  const result = await loadContent(root);
  return { file, result };
}

describe('good fixtures validate with no issue at all', () => {
  for (const name of listFixtures('good')) {
    it(name, async () => {
      const { result } = await runFixture(readFixture(name));
      expect(result.issues).toEqual([]);
    });
  }
});

describe('bad fixtures give exactly the declared errors', () => {
  const names = listFixtures('bad');
  it('there is a bad fixture for every kind of mistake', () => expect(names.length).toBeGreaterThanOrEqual(50));
  for (const name of names) {
    it(name, async () => {
      const fixture = readFixture(name);
      expect(fixture.expect.length, 'a bad fixture declares its errors').toBeGreaterThan(0);
      const { file, result } = await runFixture(fixture);
      const found = result.issues.map((i) => {
        expect(i.file, `every issue is in the fixture's own file: ${JSON.stringify(i)}`).toBe(file);
        return `${i.line}:${i.column} ${i.rule} ${i.path}`.trim();
      });
      expect(found.sort()).toEqual([...fixture.expect].sort());
      // The words people read are pinned too: each issue says one of the declared messages,
      // and each declared message is said.
      expect(fixture.messages.length, 'a bad fixture pins its messages').toBeGreaterThan(0);
      expect([...new Set(result.issues.map((i) => i.message))].sort()).toEqual([...fixture.messages].sort());
    });
  }
});
