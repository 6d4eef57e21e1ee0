// Every rule the pipeline can report is shown failing somewhere, with its message: by a bad
// fixture (tests/fixtures/content-files/bad, message pinned there) or, for what a fixture
// cannot hold (a missing file, a symlink, a form's typed text…), by the test file named below.
// And every rule is shown passing: a good fixture names it on its `# passes:` line, being the
// nearest valid value to the bad one (amount 0, a title of exactly the maximum length…), or
// NO_GOOD_FIXTURE says why none can. The rule ids are read from the source, so a new rule
// without both sides fails here.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { contentRootsCleanedAfterAll } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { fixtureBytes, listFixtures, readHeader, ruleOfExpect } from './fixture-header.ts';

const SOURCES = ['src/pipeline', 'schemas', 'src/cms'];

/** Where each rule that no fixture can show is tested instead. */
const TESTED_ELSEWHERE: Record<string, string> = {
  'amount-grouped': 'tests/cms/form.test.ts',
  'amount-not-a-number': 'tests/cms/form.test.ts',
  'amount-spaces': 'tests/cms/form.test.ts',
  'amount-with-unit': 'tests/cms/form.test.ts',
  'bad-key': 'tests/pipeline/hostile.test.ts',
  'binary-file': 'tests/pipeline/hostile.test.ts',
  'file-too-large': 'tests/pipeline/hostile.test.ts',
  'invalid-utf8': 'tests/pipeline/hostile.test.ts',
  'too-deep': 'tests/pipeline/hostile.test.ts',
  'yaml-directive': 'tests/pipeline/hostile.test.ts',
  'invisible-char': 'tests/pipeline/characters.test.ts',
  'markdown-html': 'tests/pipeline/markdown.test.ts',
  'markdown-image': 'tests/pipeline/markdown.test.ts',
  'markdown-link-scheme': 'tests/pipeline/markdown.test.ts',
  'not-regular-file': 'tests/pipeline/non-regular.test.ts',
  symlink: 'tests/pipeline/non-regular.test.ts',
  'too-many-issues': 'tests/pipeline/scale.test.ts',
  'period-order': 'tests/pipeline/cycle.test.ts',
  'successor-needs-end': 'tests/cycles/cycles.test.ts',
  'unit-ref-self': 'tests/cycles/cycles.test.ts',
  'unit-ref-unknown': 'tests/cycles/cycles.test.ts',
  'validity-order': 'tests/cycles/cycles.test.ts',
  'unit-not-in-cycle': 'tests/cycles/cycles.test.ts',
  'registry-missing': 'tests/pipeline/rule-coverage.test.ts',
  'frontmatter-missing': 'tests/pipeline/rule-coverage.test.ts',
};

/**
 * Rules that cannot be shown failing in this test environment, with the reason.
 * `unreadable`: a read error other than "not found" or "not a file" (EACCES, EIO); tests run as
 * root in CI, and root reads a file whatever its mode. `too-short`: a string shorter than its
 * minimum; every such field is also trimmed and refused as `blank` first, so the rule is a
 * safety net for a schema that sets a minimum above 1.
 */
const CANNOT_FAIL_HERE = new Set(['unreadable', 'too-short']);

function ruleIdsInSource(): Set<string> {
  const ids = new Set<string>();
  // The ways the pipeline names a rule: `rule: 'id'` (or `rule: cond ? 'a' : 'b'`), `rule = 'id'`,
  // a key of the message table, `at(entry, path, 'id', …)`, `fail('id', …)`, `requireUnique(…, 'id')`.
  const patterns = [
    /rule(?::|\s*=)\s*(?:[^,\n'?]*\?\s*)?'([a-z0-9-]+)'(?:\s*:\s*'([a-z0-9-]+)')?/g,
    /^ {2}'([a-z0-9-]+)': \(/gm,
    /\bat\([^;]*?\], '([a-z0-9-]+)',/g,
    /\bfail\('([a-z0-9-]+)'/g,
    /requireUnique\([^;]*, '([a-z0-9-]+)'\);/g,
  ];
  for (const dir of SOURCES) {
    for (const file of readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      const text = readFileSync(path.join(PROJECT_ROOT, dir, file), 'utf8');
      for (const re of patterns) for (const m of text.matchAll(re)) for (const id of m.slice(1)) if (id) ids.add(id);
    }
  }
  return ids;
}

function rulesOfBadFixtures(): Set<string> {
  const ids = new Set<string>();
  for (const name of listFixtures('bad')) {
    for (const line of readHeader(fixtureBytes(name).toString('utf8')).expect) {
      const rule = ruleOfExpect(line);
      if (rule !== undefined) ids.add(rule);
    }
  }
  return ids;
}

/** Each good fixture and the rule ids on its `# passes:` lines. */
function passesOfGoodFixtures(): Map<string, string[]> {
  return new Map(listFixtures('good').map((name) => [name, readHeader(fixtureBytes(name).toString('utf8')).passes]));
}

/**
 * Rules no good fixture can show passing, with the reason: what the accepted neighbour is
 * and where it is tested, or why there is none. A good fixture is one YAML file validated
 * in a content root that holds the real registry, cycle, dispatch and guidance.
 */
const NO_GOOD_FIXTURE: Record<string, string> = {
  'amount-grouped': 'typed in the CMS money field, not written in a file: tests/cms/form.test.ts accepts 45,5, 0 and 1000000',
  'amount-not-a-number': 'typed in the CMS money field, not written in a file: tests/cms/form.test.ts accepts 45,5, 0 and 1000000',
  'amount-spaces': 'typed in the CMS money field, not written in a file: tests/cms/form.test.ts accepts 45,5, 0 and 1000000',
  'amount-with-unit': 'typed in the CMS money field, not written in a file: tests/cms/form.test.ts accepts 45,5, 0 and 1000000',
  'binary-file': 'a NUL byte is refused wherever it is, and its nearest text (an escaped "\\0") is refused as control: no accepted neighbour',
  'file-too-large': 'a file just under the 1 MiB limit is too big to commit as a fixture: tests/pipeline/hostile.test.ts reads one',
  'too-deep': 'no valid content file nests deeper than 5 levels, far from the limit of 16: tests/pipeline/hostile.test.ts shows the refusals',
  'too-many-issues': 'a cap on how many issues one run lists: a valid file has none, so its neighbour is every bad fixture',
  'too-short': 'every such field is trimmed and refused as blank first (see CANNOT_FAIL_HERE); good/characters shows a one-character title',
  unreadable: 'a read error other than "not found": every fixture is read, and no failing read can be made here (see CANNOT_FAIL_HERE)',
  'not-regular-file': 'a fixture is always written as a regular file; tests/pipeline/non-regular.test.ts shows the refused kinds',
  symlink: 'a fixture is always written as a regular file; tests/pipeline/non-regular.test.ts shows the refused links',
  'registry-missing': 'the accepted case is a root with content/units.yaml, which every fixture run has (good/registry replaces it)',
  'frontmatter-missing': 'a Markdown rule and fixtures are YAML: the committed guidance and dispatch pages pass in tests/pipeline/markdown.test.ts',
  'markdown-html': 'a Markdown rule and fixtures are YAML: tests/pipeline/markdown.test.ts accepts HTML shown as code, escaped, or a lone "<"',
  'markdown-image': 'a Markdown rule and fixtures are YAML: tests/pipeline/markdown.test.ts accepts images from the site itself',
  'markdown-link-scheme': 'a Markdown rule and fixtures are YAML: tests/pipeline/markdown.test.ts accepts https, http, mailto and in-site links',
};

/**
 * What is wrong with the good side of the coverage: a `# passes:` id that is not a rule, a
 * rule that no good fixture names and NO_GOOD_FIXTURE does not excuse, an excuse for a rule
 * that a good fixture does name, or for a rule that no longer exists. Empty when all is well.
 */
function goodSideProblems(rules: ReadonlySet<string>, passes: ReadonlyMap<string, readonly string[]>, excused: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const named = new Set<string>();
  for (const [fixture, ids] of passes) {
    for (const id of ids) {
      if (rules.has(id)) named.add(id);
      else problems.push(`${fixture}: "${id}" on its "# passes:" line is not a rule id`);
    }
  }
  for (const rule of [...rules].sort()) {
    if (!named.has(rule) && !(rule in excused)) problems.push(`${rule}: no good fixture names it on a "# passes:" line`);
  }
  for (const [rule, reason] of Object.entries(excused)) {
    if (!rules.has(rule)) problems.push(`${rule}: excused from a good fixture but no longer a rule`);
    else if (named.has(rule)) problems.push(`${rule}: excused from a good fixture but one names it: drop the excuse`);
    if (reason.trim() === '') problems.push(`${rule}: excused without a reason`);
  }
  return problems;
}

const fromSource = ruleIdsInSource();
const inFixtures = rulesOfBadFixtures();

describe('every rule is shown failing, with its message', () => {
  it('the scan of the source finds the rules (so the checks below check something)', () => {
    expect(fromSource.size).toBeGreaterThan(50);
    for (const known of ['number-format', 'duplicate-year', 'registry-missing', 'symlink', 'yaml-alias']) expect(fromSource).toContain(known);
  });

  it('each rule has a bad fixture, or a named test file that uses it', () => {
    const missing = [...fromSource].filter((r) => !inFixtures.has(r) && !(r in TESTED_ELSEWHERE) && !CANNOT_FAIL_HERE.has(r));
    expect(missing, 'rules with no failing example: add a bad fixture').toEqual([]);
  });

  it.each(Object.entries(TESTED_ELSEWHERE))('%s is used by %s', (rule, file) => {
    expect(fromSource, `${rule} is no longer a rule: drop it from this list`).toContain(rule);
    expect(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')).toMatch(new RegExp(`(^|[^a-z0-9-])${rule}([^a-z0-9-]|$)`, 'm'));
  });

  it('the lists name only rules that exist', () => {
    for (const rule of CANNOT_FAIL_HERE) expect(fromSource).toContain(rule);
    for (const rule of inFixtures) expect(fromSource, `fixture rule ${rule}`).toContain(rule);
  });
});

describe('every rule is shown passing, next to where it fails', () => {
  const passes = passesOfGoodFixtures();

  it('each rule is named by a good fixture\'s "# passes:" line, or excused with a reason, and each name is a rule', () => {
    expect(goodSideProblems(fromSource, passes, NO_GOOD_FIXTURE)).toEqual([]);
  });

  it('the good fixtures name most rules (so the check above checks something)', () => {
    const named = new Set([...passes.values()].flat());
    expect(named.size).toBeGreaterThan(50);
    for (const rule of inFixtures) expect(named.has(rule) || rule in NO_GOOD_FIXTURE, `${rule} has a bad fixture`).toBe(true);
  });

  it('a test file named in a reason exists', () => {
    for (const reason of Object.values(NO_GOOD_FIXTURE)) {
      for (const file of reason.match(/tests\/[\w/.-]+\.test\.ts/g) ?? []) expect(existsSync(path.join(PROJECT_ROOT, file)), file).toBe(true);
    }
  });

  it('reports a made-up id, a rule no fixture names, and an excuse that is stale, unneeded or empty', () => {
    const rules = new Set(['negative', 'precision', 'symlink', 'too-large']);
    const passing = new Map([
      ['good/a', ['negative', 'negativ']],
      ['good/b', ['symlink']],
    ]);
    expect(goodSideProblems(rules, passing, { symlink: 'written as a link', 'gone-rule': 'was a rule', precision: ' ' })).toEqual([
      'good/a: "negativ" on its "# passes:" line is not a rule id',
      'too-large: no good fixture names it on a "# passes:" line',
      'symlink: excused from a good fixture but one names it: drop the excuse',
      'gone-rule: excused from a good fixture but no longer a rule',
      'precision: excused without a reason',
    ]);
    expect(goodSideProblems(rules, new Map([['good/a', ['negative', 'precision', 'too-large']]]), { symlink: 'written as a link' })).toEqual([]);
  });
});

const makeRoot = contentRootsCleanedAfterAll();

describe('registry-missing', () => {
  it('content without units.yaml is refused with one message at the registry', async () => {
    const root = makeRoot('no-registry-');
    rmSync(path.join(root, 'content', 'units.yaml'));
    const result = await loadContent(root);
    const issue = result.issues.find((i) => i.rule === 'registry-missing');
    expect(issue).toMatchObject({ file: 'content/units.yaml', line: 1, column: 1 });
    expect(issue?.message).toBe('Thiếu danh mục đơn vị content/units.yaml: mọi kế hoạch và báo cáo đều dựa vào danh mục này.');
  });
});

describe('frontmatter-missing', () => {
  it('a guidance page without its "---" block is refused, saying what the block holds', async () => {
    const root = makeRoot('no-frontmatter-');
    writeFileSync(path.join(root, 'content', 'guidance', 'trang-moi.md'), '# Trang mới\n\nNội dung.\n');
    const result = await loadContent(root);
    expect(result.issues.map((i) => `${i.file} ${i.line}:${i.column} ${i.rule}`)).toEqual(['content/guidance/trang-moi.md 1:1 frontmatter-missing']);
    expect(result.issues[0]?.message).toMatch(/^Tệp Markdown phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---"/);
  });
});
