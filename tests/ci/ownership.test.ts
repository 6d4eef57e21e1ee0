import { describe, expect, it } from 'vitest';
import { parseNameStatus, parseNameStatusZ, type Change } from '../../src/ci/changes.ts';
import { describeOwner, formatRefusals } from '../../src/ci/ownership-text.ts';
import { judgeChanges, ownerOf } from '../../src/ci/ownership.ts';
import { REGISTRY } from './helpers.ts';

const PLAN_QX = 'content/plans/2021-2023/huyen-quang-xuong.yaml';
const PLAN_NS = 'content/plans/2021-2023/huyen-nga-son.yaml';
const REPORT_QX = 'content/reports/2021-2023/2021-nam/huyen-quang-xuong.yaml';
const REPORT_NS = 'content/reports/2021-2023/2021-nam/huyen-nga-son.yaml';

const mod = (path: string): Change => ({ status: 'modified', path });
const judge = (author: string, ...changes: Change[]) => judgeChanges(changes, [author], REGISTRY);

describe('a unit editor', () => {
  it('may add and change their own plan and report', () => {
    expect(judge('hoa-qx', { status: 'added', path: PLAN_QX }, mod(REPORT_QX))).toEqual({ ok: true, judged: [PLAN_QX, REPORT_QX], refusals: [] });
  });

  it('is recognised whatever the letter case of the login', () => {
    expect(judge('Hoa-QX', mod(PLAN_QX)).ok).toBe(true);
  });

  it("may not change another unit's plan: the message names the file and its unit", () => {
    const result = judge('hoa-qx', mod(PLAN_QX), mod(PLAN_NS));
    expect(result.ok).toBe(false);
    expect(result.refusals).toHaveLength(1);
    const [refusal] = result.refusals;
    expect(refusal?.file).toBe(PLAN_NS);
    expect(refusal?.unit).toBe('huyen-nga-son');
    expect(refusal?.message).toContain(PLAN_NS);
    expect(refusal?.message).toContain('kế hoạch của đơn vị Huyện Nga Sơn (huyen-nga-son)');
    expect(refusal?.message).toContain('chỉ được sửa kế hoạch và báo cáo của Huyện Quảng Xương (huyen-quang-xuong)');
  });

  it("may not change another unit's report", () => {
    const [refusal] = judge('hoa-qx', mod(REPORT_NS)).refusals;
    expect(refusal?.message).toContain('báo cáo kỳ 2021-nam của đơn vị Huyện Nga Sơn (huyen-nga-son)');
  });

  it.each([
    ['content/units.yaml', 'danh mục đơn vị'],
    ['content/cycles/2021-2023.yaml', 'chu kỳ kế hoạch'],
    ['content/dispatches/sldtbxh-2020-08-binh-dang-gioi.md', 'công văn'],
    ['content/guidance/nop-ke-hoach.md', 'trang hướng dẫn'],
    ['src/pipeline/load-content.ts', 'mã nguồn'],
    ['.github/workflows/pull-request.yml', 'mã nguồn'],
    ['package.json', 'mã nguồn'],
    ['content/plans/2021-2023/.gitkeep', 'không thuộc đơn vị nào'],
  ])('may not change %s', (file, what) => {
    const result = judge('hoa-qx', mod(file));
    expect(result.ok).toBe(false);
    expect(result.refusals[0]?.message).toContain(file);
    expect(result.refusals[0]?.message).toContain(what);
    expect(result.refusals[0]?.message).toContain('chỉ cơ quan thường trực được sửa');
  });

  it('may not create a plan for a unit missing from the registry', () => {
    const [refusal] = judge('hoa-qx', { status: 'added', path: 'content/plans/2021-2023/huyen-khong-co.yaml' }).refusals;
    expect(refusal?.message).toContain('mã đơn vị "huyen-khong-co", không có trong danh mục đơn vị');
  });
});

describe('renamed and deleted files are judged by both paths', () => {
  it("refuses renaming another unit's plan into one's own name (old path)", () => {
    const result = judge('hoa-qx', { status: 'renamed', from: PLAN_NS, path: PLAN_QX });
    expect(result.judged).toEqual([PLAN_NS, PLAN_QX]);
    expect(result.refusals.map((r) => r.file)).toEqual([PLAN_NS]);
    expect(result.refusals[0]?.message).toContain(`(đổi tên thành ${PLAN_QX})`);
  });

  it("refuses renaming one's own plan into another unit's name (new path)", () => {
    const result = judge('hoa-qx', { status: 'renamed', from: PLAN_QX, path: PLAN_NS });
    expect(result.refusals.map((r) => r.file)).toEqual([PLAN_NS]);
    expect(result.refusals[0]?.message).toContain(`(đổi tên từ ${PLAN_QX})`);
  });

  it('allows a rename inside one unit, refuses moving a plan out of content/', () => {
    expect(judge('hoa-qx', { status: 'renamed', from: PLAN_QX, path: REPORT_QX }).ok).toBe(true);
    expect(judge('hoa-qx', { status: 'renamed', from: PLAN_QX, path: 'public/x.yaml' }).refusals.map((r) => r.file)).toEqual(['public/x.yaml']);
  });

  it("allows deleting one's own plan, refuses deleting another unit's", () => {
    expect(judge('hoa-qx', { status: 'deleted', path: PLAN_QX }).ok).toBe(true);
    const [refusal] = judge('hoa-qx', { status: 'deleted', path: PLAN_NS }).refusals;
    expect(refusal?.message).toContain(`${PLAN_NS} (xóa tệp)`);
  });

  it('judges a copy by its new path only (the source does not change)', () => {
    expect(judge('hoa-qx', { status: 'copied', from: PLAN_NS, path: PLAN_QX }).ok).toBe(true);
  });
});

describe('the standing agency and strangers', () => {
  it('lets the agency change everything', () => {
    const all = [PLAN_QX, PLAN_NS, REPORT_NS, 'content/units.yaml', 'src/ci/ownership.ts', '.gitlab-ci.yml'].map(mod);
    expect(judge('LDTBXH-bdg', ...all, { status: 'deleted', path: 'content/cycles/2021-2023.yaml' }).ok).toBe(true);
  });

  it('refuses an author who is neither a unit editor nor the agency, file by file', () => {
    const result = judge('nguoi-la', mod(PLAN_QX), mod('content/units.yaml'));
    expect(result.ok).toBe(false);
    expect(result.refusals.map((r) => r.file)).toEqual([PLAN_QX, 'content/units.yaml']);
    expect(result.refusals[0]?.message).toContain('kế hoạch của đơn vị Huyện Quảng Xương (huyen-quang-xuong)');
    expect(result.refusals[0]?.message).toContain('không có trong danh mục đơn vị');
  });

  it('refuses a unit without editors to everyone but the agency', () => {
    expect(judge('hoa-qx', mod('content/plans/2021-2023/so-y-te.yaml')).ok).toBe(false);
    expect(judge('ldtbxh-bdg', mod('content/plans/2021-2023/so-y-te.yaml')).ok).toBe(true);
  });

  it('requires every author given to be allowed (opener and pusher)', () => {
    expect(judgeChanges([mod(PLAN_QX)], ['ldtbxh-bdg', 'hoa-qx'], REGISTRY).ok).toBe(true);
    const result = judgeChanges([mod(PLAN_NS)], ['ldtbxh-bdg', 'hoa-qx'], REGISTRY);
    expect(result.refusals.map((r) => r.author)).toEqual(['hoa-qx']);
  });

  it('judges an account once, whatever the letter case it is given in', () => {
    expect(judgeChanges([mod(PLAN_NS)], ['hoa-qx', 'HOA-QX'], REGISTRY).refusals).toHaveLength(1);
  });

  it('refuses when no author is known', () => {
    const result = judgeChanges([mod(PLAN_QX)], ['', ' '], REGISTRY);
    expect(result.ok).toBe(false);
    expect(result.refusals[0]?.message).toContain('Không xác định được tài khoản');
  });

  it('passes an empty change list', () => {
    expect(judge('nguoi-la').ok).toBe(true);
  });
});

describe('formatRefusals', () => {
  it('groups by author: the reason once, each file with whose it is, at most `limit` files', () => {
    const changes = [PLAN_NS, REPORT_NS, 'content/units.yaml'].map(mod);
    const lines = formatRefusals(judgeChanges(changes, ['hoa-qx'], REGISTRY).refusals, 2);
    expect(lines).toEqual([
      '- Tài khoản "hoa-qx" không được sửa 3 tệp. Tài khoản này chỉ được sửa kế hoạch và báo cáo của Huyện Quảng Xương (huyen-quang-xuong). Hãy bỏ những thay đổi đó khỏi bài nộp, hoặc nhờ cơ quan thường trực sửa.',
      `  - ${PLAN_NS}: đây là kế hoạch của đơn vị Huyện Nga Sơn (huyen-nga-son).`,
      `  - ${REPORT_NS}: đây là báo cáo kỳ 2021-nam của đơn vị Huyện Nga Sơn (huyen-nga-son).`,
      '  - … và 1 tệp khác.',
    ]);
  });
});

describe('ownerOf', () => {
  it('classifies paths', () => {
    expect(ownerOf(PLAN_QX, REGISTRY)).toMatchObject({ kind: 'unit', what: 'plan', unit: { id: 'huyen-quang-xuong' } });
    expect(ownerOf(REPORT_NS, REGISTRY)).toMatchObject({ kind: 'unit', what: 'report', period: '2021-nam' });
    expect(ownerOf('content/units.yaml', REGISTRY)).toEqual({ kind: 'agency', what: 'registry' });
    expect(describeOwner(ownerOf('content/units.yaml', REGISTRY))).toBe('đây là danh mục đơn vị, chỉ cơ quan thường trực được sửa');
    expect(ownerOf('content/cycles/2021-2023.yml', REGISTRY)).toEqual({ kind: 'agency', what: 'other-content' });
    expect(describeOwner(ownerOf('content/cycles/2021-2023.yml', REGISTRY))).toBe('đây là tệp nội dung không thuộc đơn vị nào, chỉ cơ quan thường trực được sửa');
    expect(ownerOf('README.md', REGISTRY)).toEqual({ kind: 'agency', what: 'source' });
    expect(describeOwner(ownerOf('README.md', REGISTRY))).toBe('đây là mã nguồn, cấu hình hoặc tài liệu của trang, chỉ cơ quan thường trực được sửa');
  });
});

describe('parseNameStatus', () => {
  it('reads git diff --name-status lines', () => {
    const text = `A\t${PLAN_QX}\nM\tcontent/units.yaml\nD\t${PLAN_NS}\nR087\t${PLAN_NS}\t${PLAN_QX}\nC100\t${PLAN_QX}\t${REPORT_QX}\nT\tREADME.md\n\n`;
    expect(parseNameStatus(text)).toEqual([
      { status: 'added', path: PLAN_QX },
      { status: 'modified', path: 'content/units.yaml' },
      { status: 'deleted', path: PLAN_NS },
      { status: 'renamed', from: PLAN_NS, path: PLAN_QX },
      { status: 'copied', from: PLAN_QX, path: REPORT_QX },
      { status: 'modified', path: 'README.md', typeChanged: true },
    ]);
  });

  it('reads the -z form, where names may hold tabs', () => {
    expect(parseNameStatusZ(`M\0a\tb.yaml\0R100\0old.yaml\0new.yaml\0`)).toEqual([
      { status: 'modified', path: 'a\tb.yaml' },
      { status: 'renamed', from: 'old.yaml', path: 'new.yaml' },
    ]);
  });

  it('throws on a line it cannot read', () => {
    expect(() => parseNameStatus('X\tfile')).toThrow(/Không đọc được dòng/);
    expect(() => parseNameStatus(`R100\t${PLAN_QX}`)).toThrow(/cả đường dẫn cũ và mới/);
  });
});
