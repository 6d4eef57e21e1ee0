// Every rule the pipeline can report is shown failing somewhere, with its message: by a bad
// fixture (tests/fixtures/content-files/bad, message pinned there) or, for what a fixture
// cannot hold (a missing file, a symlink, a form's typed text…), by the test file named below.
// The rule ids are read from the source, so a new rule without a test fails here.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { contentRootsCleanedAfterAll } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const SOURCES = ['src/pipeline', 'schemas', 'src/cms'];
const BAD = path.join(PROJECT_ROOT, 'tests/fixtures/content-files/bad');

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
  for (const f of readdirSync(BAD).filter((n) => n.endsWith('.yaml'))) {
    for (const m of readFileSync(path.join(BAD, f), 'utf8').matchAll(/^# expect: \S+ ([a-z0-9-]+)/gm)) ids.add(m[1]!);
  }
  return ids;
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
