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
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';
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

/** One text edit of a fixture or of one it needs: the first `from` becomes `to`. */
interface Edit {
  in: string;
  from: string;
  to: string;
}

function edited(fixture: Fixture, edit: Edit | undefined): Buffer {
  if (edit?.in !== fixture.name) return fixture.bytes;
  const text = fixture.bytes.toString('utf8');
  expect(text, `${fixture.name} holds the text the edit changes`).toContain(edit.from);
  return Buffer.from(text.replace(edit.from, edit.to), 'utf8');
}

/** Write a fixture where its (possibly edited) `# file:` line says. */
function addFixture(root: string, fixture: Fixture, edit: Edit | undefined): string {
  const bytes = edited(fixture, edit);
  return addContentFile(root, readHeader(bytes.toString('utf8')).file ?? fixture.file, bytes);
}

const makeRoot = contentRootsCleanedAfterAll();

async function runFixture(fixture: Fixture, edit?: Edit) {
  const root = makeRoot('fixture-');
  for (const other of fixture.with) addFixture(root, readFixture(other), edit);
  const file = addFixture(root, fixture, edit);
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

// The good fixtures sit next to each rule's boundary: one step past the value a good fixture
// shows accepted, the rule it names on its "# passes:" line refuses the file.
const ONE_STEP_PAST: [fixture: string, from: string, to: string, rule: string, edited?: string][] = [
  ['good/amounts', 'amount: 0 }', 'amount: -0.001 }', 'negative'],
  ['good/amounts', 'amount: 1000000 }', 'amount: 1000000.001 }', 'too-large'],
  ['good/amounts', 'amount: 0.001 }', 'amount: 0.0001 }', 'precision'],
  ['good/amounts', 'amount: 45.505 }', 'amount: 45.500 }', 'number-ambiguous'],
  ['good/amounts', 'amount: 0.5 }', 'amount: .5 }', 'number-format'],
  ['good/amounts', 'amount: 1250 }', 'amount: "1250" }', 'number-as-text'],
  ['good/amounts', '{ year: 2023, source: khac', '{ year: 2024, source: khac', 'year-not-in-cycle'],
  ['good/amounts', '{ year: 2022, source: khac', '{ year: 2021, source: khac', 'duplicate-budget-line'],
  ['good/amounts', 'year: 2021, source: ngan-sach-trung-uong', 'year: 2021.5, source: ngan-sach-trung-uong', 'not-integer'],
  ['good/characters', 'title: x\n', 'title: " "\n', 'blank'],
  ['good/characters', 'hai: 1 < 2', 'hai: 1 <b 2', 'html'],
  ['good/characters', '\thuấn"', '\u0007huấn"', 'control'],
  ['good/characters', '["&Hội LHPN", "!Đoàn TN", "*Hội CCB"]', '[&a Hội LHPN, "!Đoàn TN", *a]', 'yaml-alias'],
  ['good/characters', '"&Hội LHPN"', '&a Hội LHPN', 'yaml-anchor'],
  ['good/characters', '"!Đoàn TN"', '!Đoàn TN', 'yaml-tag'],
  ['good/characters', 'Tập huấn Gia', 'Tập\u200Bhuấn Gia', 'invisible-char'],
  ['good/plan-every-task', 'thi-tran-nam-2021-2023\n', 'thi-tran-nam-2021-20233\n', 'too-long'],
  ['good/plan-every-task', 'id: a-2', 'id: a', 'duplicate-activity'],
  ['good/plan-every-task', 'id: a-2', 'id: a_2', 'bad-id'],
  ['good/plan-every-task', 'id: "2021"', 'id: 2021', 'wrong-type'],
  ['good/plan-every-task', 'task: bao-cao', 'task: bao-cao-2', 'task-unknown'],
  ['good/plan-every-task', ', khac]', ', khac, khac]', 'too-many'],
  ['good/plan-every-task', ', khac]', ', thanh-nien]', 'not-in-list'],
  ['good/plan-every-task', 'unit: huyen-nga-son', 'unit: huyen-nga-sonn', 'unit-unknown'],
  ['good/plan-every-task', 'unit: huyen-nga-son', 'unit: huyen-ha-trung', 'unit-file-mismatch'],
  ['good/plan-every-task', 'cycle: 2021-2023', 'cycle: 2021-2025', 'cycle-folder-mismatch'],
  ['good/plan-every-task', 'huyen-nga-son.yaml\n', 'huyen-nga-son.yml\n', 'unexpected-file'],
  ['good/plan-draft-minimal', 'status: draft\n', '', 'required'],
  ['good/plan-draft-minimal', 'unit: huyen-nga-son\ncycle: 2021-2023\nstatus: draft\n', '', 'not-a-mapping'],
  ['good/plan-full', 'summary:', 'sumary:', 'unknown-key'],
  ['good/plan-submitted-minimal', '2020-02-29', '2021-02-29', 'bad-date'],
  ['good/plan-submitted-minimal', '"0373725604"', '0373725604', 'number-leading-zero'],
  ['good/plan-submitted-minimal', 'a@b.vn', 'a@b', 'bad-email'],
  ['good/plan-submitted-minimal', '  name: Lê Thị Lan\n', '', 'required-when-submitted'],
  ['good/plan-submitted-minimal', 'activities:\n  - { id: a, title: Hội nghị, task: truyen-thong, action_month: false }\n', 'activities: []\n', 'activities-when-submitted'],
  ['good/report-every-status', 'activity: a-2,', 'activity: a-3,', 'activity-unknown'],
  ['good/report-every-status', 'activity: a-2,', 'activity: a,', 'duplicate-activity-progress'],
  ['good/report-every-status', 'events: 0', 'events: -1', 'negative'],
  ['good/report-every-status', 'spent: 1000000 }', 'spent: 1000000.001 }', 'too-large'],
  ['good/report-every-status', 'period: 2023-nam', 'period: 2024-nam', 'period-folder-mismatch'],
  ['good/cycle-smallest', 'years: [2000]', 'years: [1999]', 'too-small'],
  ['good/cycle-smallest', 'years: [2000]', 'years: []', 'too-few'],
  ['good/cycle-smallest', 'plan_year: 2000', 'plan_year: 2001', 'year-in-cycle'],
  ['good/cycle-smallest', 'end: "12-31"', 'end: "12-32"', 'bad-format'],
  ['good/cycle-smallest', 'id: "2000"', 'id: "2001"', 'id-file-mismatch'],
  ['good/cycle-smallest', '-binh-dang-gioi', '-binh-dang-gioi-2', 'dispatch-unknown'],
  ['good/cycle-largest', 'years: [2091', 'years: [2090, 2091', 'too-many'],
  ['good/cycle-largest', ', 2100]', ', 2101]', 'too-large'],
  ['good/cycle-largest', 'to: 2091-01-01,', 'to: 2090-12-31,', 'period-order'],
  ['good/cycle-largest', 'tasks:\n', 'tasks:\n  - { id: nhiem-vu-21, title: Nhiệm vụ 21, text: Nội dung. }\n', 'too-many'],
  ['good/cycle-largest', 'unit_groups: [tinh, huyen, xa]', 'unit_groups: [tinh, huyen, xa, xa]', 'duplicate-value'],
  ['good/cycle-largest', 'years: [2091, 2092', 'years: [2091, 2091', 'duplicate-year'],
  ['good/cycle-largest', '{ id: nhiem-vu-2,', '{ id: nhiem-vu-1,', 'duplicate-task'],
  ['good/cycle-largest', '{ id: 2091-quy-2,', '{ id: 2091-quy-1,', 'duplicate-period'],
  ['good/registry', 'valid_until: 2022-05-01', 'valid_until: 2022-04-30', 'validity-order'],
  ['good/registry', '[xa-moi, phuong-moi]', '[xa-moi, phuong-moii]', 'unit-ref-unknown'],
  ['good/registry', '    valid_until: 2025-02-28\n', '', 'successor-needs-end'],
  ['good/registry', '[xa-moi, phuong-moi]', '[xa-moi, huyen-cu]', 'unit-ref-self'],
  ['good/registry', '{ id: ban-dan-toc,', '{ id: so-noi-vu,', 'duplicate-unit'],
  ['good/plan-unit-last-day', 'valid_until: 2021-01-01', 'valid_until: 2020-12-31', 'unit-not-in-cycle', 'good/registry'],
  ['good/plan-unit-first-day', 'valid_from: 2023-12-31', 'valid_from: 2024-01-01', 'unit-not-in-cycle', 'good/registry'],
  ['good/yaml-forms', '---\n', '%YAML 1.2\n---\n', 'yaml-directive'],
  ['good/yaml-forms', 'dòng sau."', 'dòng sau.', 'yaml-syntax'],
  ['good/yaml-forms', '"unit": huyen-nga-son\n', '"unit": huyen-nga-son\n"": x\n', 'bad-key'],
];

/** Rules a good fixture names with no one-step edit above, and why one text edit cannot show it. */
const NO_ONE_STEP: Record<string, string> = {
  'cycle-unknown': 'the cycle field and the folder must change together, or cycle-folder-mismatch is said first',
  'period-unknown': 'the period field and the folder must change together, or period-folder-mismatch is said first',
  'plan-missing': 'the plan is another file: removing it is not an edit of a fixture (bad/report-plan-missing shows it)',
  'invalid-utf8': 'the edits are UTF-8 text; tests/pipeline/hostile.test.ts writes the invalid bytes',
};

describe('one step past a good fixture, the rule it names refuses the file', () => {
  it('every rule a good fixture names has a one-step edit, or a reason why none can show it', () => {
    const stepped = new Set(ONE_STEP_PAST.map(([, , , rule]) => rule));
    const named = new Set(listFixtures('good').flatMap((name) => readFixture(name).passes));
    expect([...named].filter((rule) => !stepped.has(rule) && !(rule in NO_ONE_STEP)).sort()).toEqual([]);
    expect(Object.keys(NO_ONE_STEP).filter((rule) => stepped.has(rule) || !named.has(rule))).toEqual([]);
  });

  it.each(ONE_STEP_PAST)('%s: %j → %j gives %s', async (name, from, to, rule, editedFixture = name) => {
    const fixture = readFixture(name);
    expect(fixture.passes, `${name} names ${rule} on its "# passes:" line`).toContain(rule);
    const { result } = await runFixture(fixture, { in: editedFixture, from, to });
    expect(result.issues.map((i) => i.rule)).toContain(rule);
  });
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
