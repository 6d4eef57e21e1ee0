// The small helpers of the site: links under a base path, iCalendar, sitemap, Git dates,
// the generated field reference.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema, REQUIRED_WHEN_SUBMITTED } from '../../schemas/plan.ts';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { lastChanged } from '../../src/lib/git-dates.ts';
import { actionMonthIcs, escapeText, foldLine } from '../../src/lib/ics.ts';
import { siteMap, sitePages, sitemapXml } from '../../src/lib/site-pages.ts';
import { basePath, href, planHref } from '../../src/lib/url.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { cycle, units } from './fixture.ts';

describe('links under a base path', () => {
  it('prefixes every path with the base, with or without its trailing slash', () => {
    expect(href('/ke-hoach/', '/')).toBe('/ke-hoach/');
    expect(href('/ke-hoach/', '/some/prefix/')).toBe('/some/prefix/ke-hoach/');
    expect(href('/ke-hoach/', '/some/prefix')).toBe('/some/prefix/ke-hoach/');
    expect(href('/', '/some/prefix/')).toBe('/some/prefix/');
    expect(basePath('/x')).toBe('/x/');
    expect(planHref('2021-2023', 'huyen-b', '/p/')).toBe('/p/ke-hoach/2021-2023/huyen-b/');
  });
});

describe('Action Month calendar', () => {
  const ics = actionMonthIcs({ year: 2021, start: '11-15', end: '12-15', text: 'Từ 15/11, đến 15/12; hằng năm', cycle: '2021-2023', stamp: '20200801T000000Z' });

  it('is one all-day event from 15/11 to 15/12 inclusive (DTEND is the day after)', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20211115\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20211216\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('UID:thang-hanh-dong-2021@');
  });

  it('escapes text and folds lines at 75 octets', () => {
    expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const long = 'ạ'.repeat(60); // 3 octets each
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('sitemap', () => {
  it('lists the fixed pages, the guidance pages and one page per unit and cycle', () => {
    const pages = sitePages({ cycles: [cycle], units, guidance: [{ id: 'nop-ke-hoach' }] });
    expect(pages).toContain('/cong-van/');
    expect(pages).toContain('/huong-dan/nop-ke-hoach/');
    // The cycle's index page (issue 14: no 404 when a unit page's URL is cut back) and its 4 unit pages.
    expect(pages.filter((p) => p.startsWith('/ke-hoach/2021-2023/'))).toHaveLength(5);
    expect(pages).toContain('/ke-hoach/2021-2023/');
    expect(pages).toContain('/so-do-trang/');
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.filter((p) => p.startsWith('/tien-do/'))).toEqual(['/tien-do/']);
    const withPeriods = sitePages({ cycles: [cycle], units, guidance: [], currentCycle: { ...cycle, periods: [{ id: '2021-nam', label: 'Năm 2021', year: 2021, from: '2021-01-01', to: '2021-12-31', due: null }] } });
    expect(withPeriods).toContain('/tien-do/2021-nam/');
    expect(sitemapXml(['http://x/a&b/'])).toContain('<loc>http://x/a&amp;b/</loc>');
  });

  it('the HTML site map holds the same pages as sitemap.xml, each with a Vietnamese label', () => {
    const input = { cycles: [cycle], units, guidance: [{ id: 'nop-ke-hoach', data: { title: 'Cách nộp kế hoạch' } }] };
    const sections = siteMap(input);
    expect(sections.flatMap((s) => s.links.map((l) => l.path))).toEqual(sitePages(input));
    expect(sections.map((s) => s.id)).toEqual(['trang-chinh', 'huong-dan', 'chu-ky-2021-2023', 'ke-hoach-2021-2023', 'don-vi']);
    expect(sections[1]?.links).toEqual([{ path: '/huong-dan/nop-ke-hoach/', label: 'Cách nộp kế hoạch' }]);
    expect(sections[3]?.links.map((l) => l.label)).toEqual(units.map((u) => u.name));
    expect(sections.flatMap((s) => s.links).filter((l) => l.label.trim() === '')).toEqual([]);
  });
});

describe('Git dates', () => {
  it('gives the date of the last commit of a tracked file', () => {
    expect(lastChanged(PROJECT_ROOT, 'content/units.yaml')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('says nothing for an untracked file or outside Git', () => {
    expect(lastChanged(PROJECT_ROOT, 'content/plans/2021-2023/no-such-unit.yaml')).toBeUndefined();
    expect(lastChanged(mkdtempSync(path.join(tmpdir(), 'nogit-')), 'x.yaml')).toBeUndefined();
  });
});

describe('field reference, generated from the schema', () => {
  const rows = fieldReference(PlanSchema, REQUIRED_WHEN_SUBMITTED.map((r) => r.path));
  const at = (p: string) => rows.find((r) => r.path === p);

  it('walks nested objects and list items, leaving out what the form fills by itself', () => {
    expect(rows.map((r) => r.path)).toContain('contact.name');
    expect(rows.map((r) => r.path)).toContain('activities[].budget[].amount');
    expect(rows.map((r) => r.path)).not.toContain('cycle');
    // 6 plan fields (not the cycle) + 4 contact fields + 9 activity fields + 3 budget fields
    expect(rows).toHaveLength(22);
  });

  it("carries each field's own title, hint, way of typing, requiredness and allowed values, in the form's words", () => {
    expect(at('activities[].budget[].amount')).toMatchObject({ title: 'Số tiền (triệu đồng)', kind: 'Số tiền (triệu đồng): gõ chữ số, dấu phẩy cho phần thập phân', requirement: 'required', example: '45,5', depth: 2 });
    expect(at('submitted_on')).toMatchObject({ kind: 'Ngày: gõ ngày/tháng/năm', requirement: 'when-submitted', example: '15/09/2020' });
    expect(at('contact.name')?.requirement).toBe('when-submitted');
    expect(at('activities')?.requirement).toBe('when-submitted');
    expect(at('summary')?.requirement).toBe('optional');
    expect(at('status')?.choices).toEqual(['Bản nháp', 'Đã nộp']);
    expect(at('activities[].action_month')).toMatchObject({ kind: 'Bật hoặc tắt', example: undefined });
    expect(at('activities[].target_groups')?.choices).toHaveLength(9);
    expect(at('activities[].budget[].source')?.choices).toContain('Xã hội hóa');
    expect(at('contact.phone')?.example).toBe('0237 3861 234');
    expect(at('unit')?.description).toBe('Đơn vị của bạn, chọn trong danh mục đơn vị.');
  });

  it('shows no YAML key, true/false or file path anywhere an officer reads', () => {
    const shown = rows.flatMap((r) => [r.title, r.description, r.kind, r.example ?? '', ...r.choices]).join(' ');
    expect(shown).not.toMatch(/\b(true|false|submitted_on|draft|yaml)\b|content\//i);
  });
});
