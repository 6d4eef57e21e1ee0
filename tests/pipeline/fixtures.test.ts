// Every fixture under tests/fixtures/content-files/ goes through the real pipeline. Each
// declares in its header (comment lines, read by fixture-header.ts) where it lives
// (`# file:`), what it needs (`# with:`), and the exact errors it must produce
// (`# expect: LINE:COL RULE PATH`), or `# expect: nothing`, and the Vietnamese message of each
// error, word for word (`# message: …`). A good fixture also names the rules it shows
// accepted at or next to their boundary (`# passes: negative too-large …`, on one or more
// lines): the nearest valid value to each rule's bad fixture. rule-coverage.test.ts checks
// that every rule is named there (or says why it cannot be).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { addContentFile, makeContentRoot } from '../support/content-root.ts';
import { type FixtureHeader, fixtureBytes, listFixtures, readHeader } from './fixture-header.ts';

interface Fixture extends FixtureHeader {
  name: string;
  file: string;
  bytes: Buffer;
}

function readFixture(name: string): Fixture {
  const bytes = fixtureBytes(name);
  const header = readHeader(bytes.toString('utf8'));
  if (header.file === undefined) throw new Error(`${name}: no "# file:" line`);
  return { ...header, name, file: header.file, bytes };
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

describe('the header of a fixture', () => {
  it('is read from its comment lines, with a BOM and CRLF, and "# passes:" may take several lines', () => {
    const text = '\uFEFF# fixture: good/x\r\n# file: plans/2021-2023/a.yaml\r\n# with: good/plan-full\r\n# passes: negative  too-large\r\n# passes: precision\r\n# expect: nothing\r\nunit: a\r\n';
    expect(readHeader(text)).toEqual({ file: 'plans/2021-2023/a.yaml', with: ['good/plan-full'], expect: [], messages: [], passes: ['negative', 'too-large', 'precision'] });
  });

  it('keeps each expected error and message, and no "passes" when there is none', () => {
    const text = '# file: units.yaml\n# expect: 7:11 duplicate-unit units[2].id\nunits: []\n# message: Mã đơn vị bị lặp.\n';
    expect(readHeader(text)).toEqual({ file: 'units.yaml', with: [], expect: ['7:11 duplicate-unit units[2].id'], messages: ['Mã đơn vị bị lặp.'], passes: [] });
  });
});

describe('good fixtures validate with no issue at all', () => {
  for (const name of listFixtures('good')) {
    it(name, async () => {
      const fixture = readFixture(name);
      expect(fixture.expect, 'a good fixture expects nothing').toEqual([]);
      expect(fixture.passes.length, 'a good fixture names the rules it shows passing ("# passes:")').toBeGreaterThan(0);
      const { result } = await runFixture(fixture);
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
      expect(fixture.passes, 'only a good fixture says what passes').toEqual([]);
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
