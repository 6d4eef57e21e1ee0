import { describe, expect, it } from 'vitest';
import { PLAN_CSV_HEADER, csvField, planCsv, planExportRows, planJson } from '../../src/lib/csv.ts';
import { cycle, plans, units } from './fixture.ts';

describe('plan CSV export (FORMAT.md)', () => {
  it('has one row per budget line, one empty row for an activity without budget, submitted plans only', () => {
    const rows = planExportRows(cycle, units, plans);
    expect(rows.map((r) => [r.unit_id, r.activity_id, r.year, r.source, r.amount_million_vnd, r.action_month])).toEqual([
      ['so-a', 'a1', '2021', 'ngan-sach-don-vi', '45.5', 'true'],
      ['so-a', 'a1', '2022', 'ngan-sach-don-vi', '0.1', 'true'],
      ['so-a', 'a1', '2022', 'xa-hoi-hoa', '0.2', 'true'],
      ['so-a', 'a2', '', '', '', 'false'],
      ['huyen-b', 'b1', '2021', 'ngan-sach-dia-phuong', '10.001', 'false'],
      ['huyen-b', 'b1', '2022', 'ngan-sach-dia-phuong', '20', 'false'],
      ['huyen-b', 'b2', '2022', 'vien-tro', '1.999', 'true'],
    ]);
    expect(rows[0]).toMatchObject({ unit_name: 'Sở A', unit_group: 'tinh', task_id: 'truyen-thong' });
  });

  it('starts with a BOM and the exact header, quotes commas and quotes, ends lines with CRLF', () => {
    const csv = planCsv(cycle, units, plans);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFunit_id,unit_name,unit_group,activity_id,task_id,activity_title,action_month,year,source,amount_million_vnd');
    expect(lines[1]).toBe('so-a,Sở A,tinh,a1,truyen-thong,"Hội nghị ""Bình đẳng"", tập huấn",true,2021,ngan-sach-don-vi,45.5');
    expect(lines[4]).toBe('so-a,Sở A,tinh,a2,lanh-dao,Ban hành kế hoạch,false,,,');
    expect(lines).toHaveLength(9); // header + 7 rows + the empty string after the last CRLF
    expect(lines.at(-1)).toBe('');
    expect(PLAN_CSV_HEADER).toHaveLength(10);
  });

  it('is the header alone when nothing is submitted', () => {
    expect(planCsv(cycle, units, [])).toBe(`\uFEFF${PLAN_CSV_HEADER.join(',')}\r\n`);
  });

  it('quotes only what needs it', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
  });

  it('JSON: the cycle, the registry without editor accounts, the submitted plans of the cycle', () => {
    const j = planJson(cycle, [{ ...units[0]!, editors: ['someone'] }, ...units.slice(1)], plans);
    expect(j.cycle.id).toBe('2021-2023');
    expect(j.units[0]).toEqual({ id: 'so-a', name: 'Sở A', group: 'tinh', kind: 'so' });
    expect(j.plans.map((p) => p.unit)).toEqual(['so-a', 'huyen-b']);
  });
});
