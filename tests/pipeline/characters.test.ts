// Issue 10, item 7: characters that do not show (direction controls, separators, a BOM
// inside text, noncharacters, lone surrogates) are refused in every text field, by name;
// Vietnamese in NFC and in NFD is accepted, and stored as NFC.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { validateYaml } from '../../src/pipeline/validate-file.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';

const makeRoot = contentRootsCleanedAfterAll();
const HEAD = 'unit: huyen-nga-son\ncycle: 2021-2023\nstatus: draft\n';
const FILE = 'content/plans/2021-2023/huyen-nga-son.yaml';

/** The issues of a plan whose summary is `summary`, written as a YAML double-quoted string. */
function summaryIssues(summary: string) {
  const result = validateYaml(FILE, `${HEAD}summary: "${summary}"\n`, PlanSchema);
  return result.ok ? [] : result.issues;
}

// Written as YAML escapes, so that this test file itself holds none of them.
const REFUSED: [string, string][] = [
  ['\\u202E', 'U+202E'],
  ['\\u202A', 'U+202A'],
  ['\\u200F', 'U+200F'],
  ['\\u2066', 'U+2066'],
  ['\\u2067', 'U+2067'],
  ['\\u2068', 'U+2068'],
  ['\\u2069', 'U+2069'],
  ['\\u2028', 'U+2028'],
  ['\\u2029', 'U+2029'],
  ['\\uFEFF', 'U+FEFF'],
  ['\\uFFFF', 'U+FFFF'],
  ['\\uFDD0', 'U+FDD0'],
  ['\\u200B', 'U+200B'],
  ['\\U000E0041', 'U+E0041'],
  ['\\uD800', 'U+D800'],
  ['\\uDC00', 'U+DC00'],
];

describe('invisible and direction-changing characters', () => {
  it.each(REFUSED)('%s is refused, named, with its position', (escaped, code) => {
    const issues = summaryIssues(`Hội nghị${escaped} tập huấn`);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.path}`)).toEqual(['4:10 invisible-char summary']);
    expect(issues[0]?.message).toContain(`ký tự ẩn ${code} (`);
    expect(issues[0]?.message).toContain('ở ký tự thứ 9');
    expect(issues[0]?.message).toContain('Hãy xóa ký tự này');
  });

  it('the message says what the character does', () => {
    expect(summaryIssues('a\\u202Eb')[0]?.message).toContain('ký tự điều khiển chiều chữ');
    expect(summaryIssues('a\\u2028b')[0]?.message).toContain('Muốn xuống dòng thì dùng phím Enter');
    expect(summaryIssues('a\\uD800b')[0]?.message).toContain('nửa cặp mã UTF-16');
  });

  it('reaches every text field: titles, partners, contact, report text', async () => {
    const root = makeRoot('chars-');
    addContentFile(
      root,
      'plans/2021-2023/huyen-nga-son.yaml',
      `${HEAD}contact:\n  name: "Lan\\u2066"\nactivities:\n  - id: a\n    title: "Hội nghị\\u202E"\n    task: truyen-thong\n    partners: ["Hội\\u2029"]\n`,
    );
    const result = await loadContent(root);
    expect(result.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(['contact.name invisible-char', 'activities[0].title invisible-char', 'activities[0].partners[0] invisible-char']);
  });

  it('a raw (unescaped) U+202E in the file is refused too', () => {
    const result = validateYaml(FILE, `${HEAD}summary: Hội nghị \u202Etập huấn\n`, PlanSchema);
    expect(result.ok ? [] : result.issues.map((i) => i.rule)).toEqual(['invisible-char']);
  });

  it('ordinary text passes: Vietnamese, emoji with a joiner, a no-break space, tabs and line breaks', () => {
    expect(summaryIssues('Đảm bảo quyền của phụ nữ và trẻ em gái 👩‍👧 (tỷ lệ 50\\u00A0%)\\n\\tdòng hai')).toEqual([]);
  });
});

describe('NFC and NFD', () => {
  const nfc = 'Hội nghị truyền thông về bình đẳng giới';
  const nfd = nfc.normalize('NFD');

  it('the same title in NFD is accepted and stored as NFC', () => {
    expect(nfd).not.toBe(nfc);
    const result = validateYaml(FILE, `${HEAD}activities:\n  - id: a\n    title: ${nfd}\n    task: truyen-thong\n`, PlanSchema);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.activities?.[0]?.title).toBe(nfc);
  });

  it('NFC stays as it is', () => {
    const result = validateYaml(FILE, `${HEAD}summary: ${nfc}\n`, PlanSchema);
    expect(result.ok && result.data.summary).toBe(nfc);
  });

  it('the length limit counts the NFC text', () => {
    const long = 'ệ'.repeat(300); // 300 characters in NFC, 900 code units in NFD
    const result = validateYaml(FILE, `${HEAD}activities:\n  - id: a\n    title: ${long.normalize('NFD')}\n    task: truyen-thong\n`, PlanSchema);
    expect(result.ok).toBe(true);
  });
});
