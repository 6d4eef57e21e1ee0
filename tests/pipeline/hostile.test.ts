// Hostile and accidental inputs: each must give a clear, positioned error for its own file,
// never a crash, and the other files must still be checked.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { MAX_FILE_BYTES } from '../../src/pipeline/read-file.ts';
import { addContentFile, makeContentRoot } from '../support/content-root.ts';

const PLAN = 'plans/2021-2023/huyen-nga-son.yaml';
const OTHER = 'plans/2021-2023/huyen-ha-trung.yaml';
const HEAD = 'unit: huyen-nga-son\ncycle: 2021-2023\nstatus: draft\n';

/** Put `text` at PLAN beside a second, broken plan, and return the issues of each. */
async function check(data: string | Uint8Array) {
  const root = makeContentRoot('hostile-');
  const file = addContentFile(root, PLAN, data);
  const other = addContentFile(root, OTHER, 'unit: huyen-ha-trung\ncycle: 2021-2023\nstatus: finished\n');
  const result = await loadContent(root);
  const mine = result.issues.filter((i) => i.file === file);
  const others = result.issues.filter((i) => i.file === other);
  // The other file is still checked, whatever happened to this one.
  expect(others.map((i) => i.rule)).toEqual(['not-in-list']);
  for (const issue of mine) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  }
  return mine;
}

const rules = (issues: { rule: string }[]) => issues.map((i) => i.rule);

describe('hostile inputs', () => {
  it('an alias bomb is refused without being expanded', async () => {
    let text = `${HEAD}summary: &a0 "lol"\n`;
    for (let i = 1; i <= 12; i++) text += `x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const issues = await check(text);
    // Expanded, the document would hold 10^12 strings; refused, it gives a few issues per
    // anchor and alias written in the text (12 anchors, 120 aliases), not per expansion.
    expect(issues.length).toBeLessThanOrEqual(2 * (13 + 120));
    expect(rules(issues)).toContain('yaml-alias');
    expect(rules(issues)).toContain('yaml-anchor');
  });

  it('a 50 MB file is refused before it is read', async () => {
    const issues = await check(Buffer.alloc(50 * 1024 * 1024, 'a: b\n'));
    expect(rules(issues)).toEqual(['file-too-large']);
    expect(issues[0]?.message).toContain('MB');
  });

  it('a file just under the size limit is read', async () => {
    const filler = `summary: "${'x'.repeat(MAX_FILE_BYTES - 200)}"\n`;
    expect(rules(await check(HEAD + filler))).toEqual(['too-long']);
  });

  it('10,000 levels of flow nesting', async () => {
    const issues = await check(`${HEAD}summary: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(issues.length).toBeGreaterThan(0);
    expect(rules(issues).every((r) => r === 'too-deep' || r === 'yaml-syntax')).toBe(true);
  });

  it('10,000 levels of block nesting', async () => {
    const issues = await check(`${HEAD}summary:\n${Array.from({ length: 10_000 }, () => '-').join(' ')} x\n`);
    expect(issues.length).toBeGreaterThan(0);
    expect(rules(issues).every((r) => r === 'too-deep' || r === 'yaml-syntax')).toBe(true);
  });

  it('nesting just past the limit is named as such', async () => {
    const issues = await check(`${HEAD}summary: ${'['.repeat(20)}1${']'.repeat(20)}\n`);
    expect(rules(issues)).toContain('too-deep');
  });

  it('a NUL byte marks a binary file, with its position', async () => {
    const issues = await check(Buffer.from(`${HEAD}summary: a\u0000b\n`));
    expect(rules(issues)).toEqual(['binary-file']);
    expect([issues[0]?.line, issues[0]?.column]).toEqual([4, 11]);
  });

  it('a PNG is a binary file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(rules(await check(png))).toEqual(['binary-file']);
  });

  it('Windows-1258 bytes are invalid UTF-8, located on their line', async () => {
    // "Hội nghị" saved in a legacy code page: 0xD4 is not a valid UTF-8 sequence here.
    const bytes = Buffer.concat([Buffer.from(`${HEAD}summary: H`), Buffer.from([0xd4, 0x69]), Buffer.from(' ngh\n')]);
    const issues = await check(bytes);
    expect(rules(issues)).toEqual(['invalid-utf8']);
    expect([issues[0]?.line, issues[0]?.column]).toEqual([4, 11]);
  });

  it('a BOM is accepted and does not shift columns', async () => {
    const issues = await check(`\uFEFF${HEAD}summary: "<b>x</b>"\n`);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(['4:10 html']);
  });

  it('CRLF line ends are accepted and positions stay right', async () => {
    const issues = await check(`${HEAD}activities:\n  - id: a\n    title: Hội nghị\n    task: truyen-thong\n    budget:\n      - { year: 2021, source: khac, amount: -1 }\n`.replace(/\n/g, '\r\n'));
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(['9:45 negative']);
  });

  it('a tab used for indentation', async () => {
    expect(rules(await check(`${HEAD}contact:\n\tname: Lan\n`))).toEqual(['yaml-syntax']);
  });

  it('huge numbers', async () => {
    const base = `${HEAD}activities:\n  - id: a\n    title: Hội nghị\n    task: truyen-thong\n    budget:\n`;
    expect(rules(await check(`${base}      - { year: 2021, source: khac, amount: 1e309 }\n`))).toEqual(['number-format']);
    expect(rules(await check(`${base}      - { year: 2021, source: khac, amount: 99999999999999999999999 }\n`))).toEqual(['too-large']);
    expect(rules(await check(`${base}      - { year: 99999999999999999999, source: khac, amount: 1 }\n`))).toEqual(['too-large']);
    expect(rules(await check(`${base}      - { year: 2021, source: khac, amount: .inf }\n`))).toEqual(['number-format']);
    expect(rules(await check(`${base}      - { year: 2021, source: khac, amount: .nan }\n`))).toEqual(['number-format']);
  });

  it('a string where a number belongs, and a number where a string belongs', async () => {
    const base = `${HEAD}activities:\n  - id: a\n    title: 2021\n    task: truyen-thong\n    budget:\n`;
    const issues = await check(`${base}      - { year: "2021", source: khac, amount: "một triệu" }\n`);
    expect(issues.map((i) => `${i.path} ${i.rule}`).sort()).toEqual([
      'activities[0].budget[0].amount number-as-text',
      'activities[0].budget[0].year number-as-text',
      'activities[0].title wrong-type',
    ]);
  });

  it('HTML and script in every kind of text field', async () => {
    const issues = await check(
      `${HEAD}summary: "<img src=x onerror=alert(1)>"\ncontact:\n  name: "<script>alert(1)</script>"\nactivities:\n  - id: a\n    title: Hội nghị\n    task: truyen-thong\n    partners: ["<a href='javascript:x'>Hội</a>"]\n    description: "<!-- x -->"\n`,
    );
    expect(issues.map((i) => `${i.path} ${i.rule}`).sort()).toEqual([
      'activities[0].description html',
      'activities[0].partners[0] html',
      'contact.name html',
      'summary html',
    ]);
  });

  it('a less-than sign in prose is not HTML', async () => {
    expect(await check(`${HEAD}summary: Trẻ em < 6 tuổi và tỷ lệ <50%\n`)).toEqual([]);
  });

  it('a __proto__ key is an unknown key and pollutes nothing', async () => {
    const issues = await check(`${HEAD}__proto__: { polluted: true }\n`);
    expect(rules(issues)).toEqual(['unknown-key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keys that are not text', async () => {
    expect(rules(await check(`${HEAD}1: x\n`))).toEqual(['bad-key']);
    expect(rules(await check(`${HEAD}? [a, b]\n: x\n`))).toEqual(['bad-key']);
  });

  it('several YAML documents in one file', async () => {
    expect(rules(await check(`${HEAD}---\n${HEAD}`))).toEqual(['yaml-syntax']);
  });

  it('a stray merge key', async () => {
    expect(rules(await check(`${HEAD}<<: { summary: x }\n`))).toEqual(['unknown-key']);
  });

  it('only the YAML core schema: yes/no stay text', async () => {
    const issues = await check(`${HEAD}activities:\n  - { id: a, title: Hội nghị, task: truyen-thong, action_month: yes }\n`);
    expect(rules(issues)).toEqual(['wrong-type']);
  });

  it('a %YAML 1.1 directive is refused and does not bring back YAML 1.1 (yes, dates)', async () => {
    const issues = await check(`%YAML 1.1\n---\n${HEAD}submitted_on: 2020-09-15\nactivities:\n  - { id: a, title: Hội nghị, task: truyen-thong, action_month: yes }\n`);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.path}`)).toEqual(['1:1 yaml-directive ', '8:65 wrong-type activities[0].action_month']);
    expect(issues[0]?.message).toContain('"%YAML 1.1"');
    expect(issues[0]?.message).toContain('hãy xóa dòng này');
  });

  it('every directive is refused, after comments and blank lines too', async () => {
    const issues = await check(`# kế hoạch\n\n%TAG !e! tag:example.com,2000:\n%YAML 1.2\n---\n${HEAD}`);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(['3:1 yaml-directive', '4:1 yaml-directive']);
  });

  it('a percent sign inside the document is not a directive', async () => {
    expect(await check(`${HEAD}summary: "%YAML 1.1 là chỉ thị"\n`)).toEqual([]);
  });
});

describe('several mistakes in one file are all reported', () => {
  it('two unknown keys give two lines, each at its key', async () => {
    const issues = await check(`${HEAD}sumary: x\nnote: y\n`);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.path}`)).toEqual(['4:1 unknown-key sumary', '5:1 unknown-key note']);
  });
});
