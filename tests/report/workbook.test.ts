// The XLSX workbooks, read back cell by cell with exceljs: Vietnamese headers, numbers as
// numbers with a display format, frozen header, autofilter, widths; the follow-up sheet.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planWorkbook, reportWorkbook, MONEY_FORMAT } from '../../src/lib/workbook.ts';
import { input } from '../progress/fixture.ts';
import { cycle as siteCycle, plans as sitePlans, units as siteUnits } from '../site/fixture.ts';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));

describe('plan workbook', () => {
  it('one row per budget line, amounts stored as numbers, header frozen and filtered', async () => {
    const book = await open(await planWorkbook(siteCycle, siteUnits, sitePlans));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Kế hoạch', 'Đơn vị']);
    const sheet = book.getWorksheet('Kế hoạch')!;
    const rows = values(sheet);
    expect(rows[0]).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Khối', 'Mã hoạt động', 'Mã nhiệm vụ', 'Tên hoạt động', 'Tháng hành động', 'Năm', 'Nguồn kinh phí', 'Số tiền (triệu đồng)']);
    // so-a: a1 × 3 lines, a2 without budget; huyen-b: b1 × 2, b2 × 1 (drafts and other cycles left out).
    expect(rows.slice(1).map((r) => [r[3], r[7] ?? null, r[9] ?? null])).toEqual([
      ['a1', 2021, 45.5],
      ['a1', 2022, 0.1],
      ['a1', 2022, 0.2],
      ['a2', null, null],
      ['b1', 2021, 10.001],
      ['b1', 2022, 20],
      ['b2', 2022, 1.999],
    ]);
    expect(sheet.getCell('J2').numFmt).toBe(MONEY_FORMAT);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(6).width).toBeGreaterThanOrEqual('Hội nghị "Bình đẳng", tập huấn'.length);
  });
});

describe('report workbook', () => {
  it('the reports as numbers, and who to chase in each period with the contact', async () => {
    const book = await open(await reportWorkbook(input, '2022-02-01'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Báo cáo', 'Cần đôn đốc']);
    const spent = values(book.getWorksheet('Báo cáo')!).slice(1).map((r) => r[8] ?? null);
    expect(spent).toEqual([4.2, null, 30.125, 0, 12.5, null, null, 7]);
    expect(values(book.getWorksheet('Cần đôn đốc')!).slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['2021-6-thang', 'Sở B', 'Nộp muộn 5 ngày', 'Cán bộ'],
      ['2021-6-thang', 'Huyện C', 'Quá hạn 201 ngày, chưa nộp', 'Cán bộ'],
      ['2021-nam', 'Sở B', 'Quá hạn 17 ngày, chưa nộp', 'Cán bộ'],
      ['2021-nam', 'Huyện C', 'Nộp muộn 5 ngày', 'Cán bộ'],
    ]);
  });
});
