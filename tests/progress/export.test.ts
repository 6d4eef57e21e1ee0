// The report exports: rows and columns computed by hand from tests/progress/fixture.ts.
import { describe, expect, it } from 'vitest';
import { REPORT_CSV_HEADER, reportCsv, reportExportRows, reportJson } from '../../src/lib/progress-export.ts';
import { input } from './fixture.ts';

describe('report CSV rows', () => {
  it('one row per reported activity line, period order then registry order; draft-plan reports left out', () => {
    const rows = reportExportRows(input);
    expect(rows.map((r) => [r.period_id, r.unit_id, r.activity_id, r.status, r.spent_million_vnd])).toEqual([
      ['2021-6-thang', 'so-a', 'a1', 'in-progress', '4.2'],
      ['2021-6-thang', 'so-a', 'a2', 'done', ''],
      ['2021-6-thang', 'so-b', 'b1', 'in-progress', '30.125'],
      ['2021-6-thang', 'so-b', 'b2', 'cancelled', '0'],
      ['2021-nam', 'so-a', 'a1', 'done', '12.5'],
      ['2021-nam', 'so-a', 'a2', 'done', ''],
      ['2021-nam', 'so-a', 'a3', 'cancelled', ''],
      ['2021-nam', 'huyen-c', 'c1', 'done', '7'],
    ]);
    expect(rows[0]).toEqual({
      unit_id: 'so-a',
      unit_name: 'Sở A',
      unit_group: 'tinh',
      period_id: '2021-6-thang',
      activity_id: 'a1',
      task_id: 'truyen-thong',
      activity_title: 'Hội nghị A1',
      status: 'in-progress',
      spent_million_vnd: '4.2',
      result: 'Đã tổ chức 2 hội nghị',
      submitted_on: '2021-07-10',
    });
  });

  it('a report with no activity line appears once with empty activity columns', () => {
    const bare = { ...input, reports: [{ unit: 'huyen-c', cycle: '2021-2023', period: '2021-nam', submitted_on: '2022-01-02' }] };
    expect(reportExportRows(bare)).toEqual([
      { unit_id: 'huyen-c', unit_name: 'Huyện C', unit_group: 'huyen', period_id: '2021-nam', activity_id: '', task_id: '', activity_title: '', status: '', spent_million_vnd: '', result: '', submitted_on: '2022-01-02' },
    ]);
  });

  it('the CSV file: BOM, the fixed header, CRLF, RFC 4180 quoting', () => {
    const withComma = {
      ...input,
      reports: [{ unit: 'so-b', cycle: '2021-2023', period: '2021-nam', submitted_on: '2022-01-02', activities: [{ activity: 'b1', status: 'done' as const, result: 'Xong 3 đề án, "mẫu" mới' }] }],
    };
    const text = reportCsv(withComma);
    expect(text.startsWith('\uFEFFunit_id,unit_name,unit_group,period_id,activity_id,task_id,activity_title,status,spent_million_vnd,result,submitted_on\r\n')).toBe(true);
    expect(text).toBe(`\uFEFF${REPORT_CSV_HEADER.join(',')}\r\nso-b,Sở B,tinh,2021-nam,b1,lanh-dao,Đề án B1,done,,"Xong 3 đề án, ""mẫu"" mới",2022-01-02\r\n`);
  });
});

describe('report JSON', () => {
  it('carries the cycle, the registry without editor accounts and the counted reports', () => {
    const json = reportJson(input);
    expect(json.cycle.id).toBe('2021-2023');
    expect(json.units).toHaveLength(5);
    expect(Object.keys(json.units[0]!)).toEqual(['id', 'name', 'group', 'kind']);
    expect(json.reports.map((r) => `${r.period}/${r.unit}`)).toEqual(['2021-6-thang/so-a', '2021-6-thang/so-b', '2021-nam/so-a', '2021-nam/huyen-c']);
  });
});
