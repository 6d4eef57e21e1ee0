// The small helpers of the site: links under a base path, iCalendar, sitemap, Git dates,
// the generated field reference.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../schemas/plan.ts';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { lastChanged } from '../../src/lib/git-dates.ts';
import { actionMonthIcs, escapeText, foldLine } from '../../src/lib/ics.ts';
import { sitePages, sitemapXml } from '../../src/lib/site-pages.ts';
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
    expect(pages.filter((p) => p.startsWith('/ke-hoach/2021-2023/'))).toHaveLength(4);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.filter((p) => p.startsWith('/tien-do/'))).toEqual(['/tien-do/']);
    const withPeriods = sitePages({ cycles: [cycle], units, guidance: [], currentCycle: { ...cycle, periods: [{ id: '2021-nam', label: 'Năm 2021', year: 2021, from: '2021-01-01', to: '2021-12-31', due: null }] } });
    expect(withPeriods).toContain('/tien-do/2021-nam/');
    expect(sitemapXml(['http://x/a&b/'])).toContain('<loc>http://x/a&amp;b/</loc>');
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
  const rows = fieldReference(PlanSchema);
  const at = (p: string) => rows.find((r) => r.path === p);

  it('walks nested objects and list items', () => {
    expect(rows.map((r) => r.path)).toContain('contact.name');
    expect(rows.map((r) => r.path)).toContain('activities[].budget[].amount');
    // 7 plan fields + 4 contact fields + 9 activity fields + 3 budget fields
    expect(rows).toHaveLength(23);
  });

  it("carries each field's own title, hint, kind, requiredness and allowed values", () => {
    expect(at('activities[].budget[].amount')).toMatchObject({ title: 'Số tiền (triệu đồng)', kind: 'Số tiền (triệu đồng)', required: true, depth: 2 });
    expect(at('submitted_on')).toMatchObject({ kind: 'Ngày (YYYY-MM-DD)', required: false });
    expect(at('status')?.choices.map((c) => c.id)).toEqual(['draft', 'submitted']);
    expect(at('activities[].target_groups')?.choices).toHaveLength(9);
    expect(at('activities[].budget[].source')?.choices.map((c) => c.id)).toContain('xa-hoi-hoa');
    expect(at('unit')?.description).toBe('Mã đơn vị trong danh mục; trùng với tên tệp.');
  });
});
