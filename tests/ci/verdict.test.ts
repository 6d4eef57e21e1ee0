import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { judgeChanges } from '../../src/ci/ownership.ts';
import { buildVerdict, codeQualityReport, renderVerdict } from '../../src/ci/verdict.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { makeRoot, planYaml, put, REGISTRY, remove, reportYaml } from './helpers.ts';

const PLAN_QX = 'content/plans/2021-2023/huyen-quang-xuong.yaml';
const PLAN_NS = 'content/plans/2021-2023/huyen-nga-son.yaml';
const REPORT_NS = 'content/reports/2021-2023/2021-nam/huyen-nga-son.yaml';

const roots: string[] = [];
const root = (prefix: string) => {
  const r = makeRoot(prefix);
  roots.push(r);
  return r;
};
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('the verdict on a valid change', () => {
  it('lists the files checked and says "hợp lệ"', async () => {
    const r = root('verdict-ok-');
    put(r, PLAN_QX, planYaml('huyen-quang-xuong'));
    const changes = [{ status: 'added' as const, path: PLAN_QX }];
    const ownership = judgeChanges(changes, ['hoa-qx'], REGISTRY);
    const verdict = buildVerdict({ changes, head: await loadContent(r), baseIssues: [], ownership });
    expect(verdict.ok).toBe(true);
    expect(verdict.checked).toEqual([PLAN_QX]);
    const text = renderVerdict(verdict);
    expect(text).toBe(
      [
        '## ✅ Bài nộp hợp lệ',
        '',
        '**Hợp lệ.** Đã kiểm tra 1 tệp nội dung: không có lỗi. Tác giả có quyền sửa mọi tệp đã thay đổi.',
        '',
        '### Tệp đã kiểm tra',
        '',
        `- \`${PLAN_QX}\``,
        '',
      ].join('\n'),
    );
    expect(JSON.parse(codeQualityReport(verdict))).toEqual([]);
  });

  it('judges the whole of content/ when no change list is given (default branch)', async () => {
    const r = root('verdict-all-');
    const head = await loadContent(r);
    const verdict = buildVerdict({ head });
    expect(verdict.ok).toBe(true);
    expect(verdict.checked).toEqual(head.files);
    expect(renderVerdict(verdict)).toContain(`Đã kiểm tra ${head.files.length} tệp nội dung: không có lỗi.`);
  });
});

describe('the verdict on an invalid change', () => {
  it('gives each error by file with its line, field and how to fix it', async () => {
    const r = root('verdict-bad-');
    put(r, PLAN_QX, planYaml('huyen-quang-xuong', '"45 triệu"'));
    const changes = [{ status: 'modified' as const, path: PLAN_QX }];
    const verdict = buildVerdict({ changes, head: await loadContent(r), baseIssues: [] });
    expect(verdict.ok).toBe(false);
    expect(verdict.errors.map((i) => [i.file, i.line, i.path])).toEqual([[PLAN_QX, 15, 'activities[0].budget[0].amount']]);
    const text = renderVerdict(verdict);
    expect(text).toContain('## ❌ Bài nộp chưa hợp lệ');
    expect(text).toContain('**Không hợp lệ:** 1 lỗi nội dung trong 1 tệp (đã kiểm tra 1 tệp nội dung).');
    expect(text).toContain(`#### \`${PLAN_QX}\`: 1 lỗi`);
    expect(text).toContain('- Dòng 15, cột 61: `activities[0].budget[0].amount`: Chỉ ghi số, không ghi đơn vị ("triệu")');
    expect(text).not.toContain('Hợp lệ.');
    const [entry] = JSON.parse(codeQualityReport(verdict)) as Array<{ location: { path: string; lines: { begin: number } }; fingerprint: string }>;
    expect(entry?.location).toEqual({ path: PLAN_QX, lines: { begin: 15 } });
    expect(entry?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('includes the ownership refusals and fails on them alone', async () => {
    const r = root('verdict-owner-');
    put(r, PLAN_NS, planYaml('huyen-nga-son'));
    const changes = [{ status: 'added' as const, path: PLAN_NS }];
    const ownership = judgeChanges(changes, ['hoa-qx'], REGISTRY);
    const verdict = buildVerdict({ changes, head: await loadContent(r), baseIssues: [], ownership });
    expect(verdict.ok).toBe(false);
    expect(verdict.errors).toEqual([]);
    const text = renderVerdict(verdict);
    expect(text).toContain('**Không hợp lệ:** 1 tệp không được phép sửa');
    expect(text).toContain('### Quyền sửa tệp');
    expect(text).toContain('- Tài khoản "hoa-qx" không được sửa 1 tệp. Tài khoản này chỉ được sửa kế hoạch và báo cáo của Huyện Quảng Xương (huyen-quang-xuong).');
    expect(text).toContain(`  - ${PLAN_NS}: đây là kế hoạch của đơn vị Huyện Nga Sơn (huyen-nga-son).`);
  });

  it('fails on an error the change causes in a file it does not touch (deleting a plan a report needs)', async () => {
    const base = root('verdict-base-');
    put(base, PLAN_NS, planYaml('huyen-nga-son'));
    put(base, REPORT_NS, reportYaml('huyen-nga-son'));
    const before = await loadContent(base);
    expect(before.issues).toEqual([]);
    remove(base, PLAN_NS);
    const verdict = buildVerdict({ changes: [{ status: 'deleted', path: PLAN_NS }], head: await loadContent(base), baseIssues: before.issues });
    expect(verdict.ok).toBe(false);
    expect(verdict.checked).toEqual([]);
    expect(verdict.deleted).toEqual([PLAN_NS]);
    expect(verdict.errors.map((i) => i.file)).toContain(REPORT_NS);
    const text = renderVerdict(verdict);
    expect(text).toContain(`- \`${PLAN_NS}\` (bị xóa: kiểm tra các tệp khác còn đúng không)`);
    expect(text).toContain(`#### \`${REPORT_NS}\``);
  });

  it('does not blame a submission for an error the target branch already had', async () => {
    const r = root('verdict-old-');
    put(r, PLAN_NS, planYaml('huyen-nga-son', '"45 triệu"'));
    const baseIssues = (await loadContent(r)).issues;
    put(r, PLAN_QX, planYaml('huyen-quang-xuong'));
    const verdict = buildVerdict({ changes: [{ status: 'added', path: PLAN_QX }], head: await loadContent(r), baseIssues });
    expect(verdict.ok).toBe(true);
    expect(verdict.preexisting.map((i) => i.file)).toEqual([PLAN_NS]);
    const text = renderVerdict(verdict);
    expect(text).toContain('### Lỗi có từ trước ở tệp khác');
    expect(text).toContain(`#### \`${PLAN_NS}\`: 1 lỗi`);
  });

  it('on the default branch, any error anywhere fails (fail closed for the deploy)', async () => {
    const r = root('verdict-main-');
    put(r, PLAN_NS, planYaml('huyen-nga-son', '"45 triệu"'));
    const verdict = buildVerdict({ head: await loadContent(r) });
    expect(verdict.ok).toBe(false);
    expect(verdict.errors.map((i) => i.file)).toEqual([PLAN_NS]);
  });
});
