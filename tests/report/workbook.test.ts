// The XLSX workbooks, read back cell by cell with exceljs: Vietnamese headers, numbers as
// numbers with a display format, frozen header, autofilter, widths; the follow-up sheet; the
// streaming writer's batches (every row, in order) and fixed dates (the same bytes twice).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../schemas/plan.ts';
import type { Unit } from '../../schemas/unit.ts';
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

/** Every entry's DOS date and time in the central directory and the local headers. */
function zipStamps(bytes: Uint8Array): number[][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const stamps: number[][] = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const local = view.getUint32(at + 42, true);
    stamps.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true), view.getUint16(local + 10, true), view.getUint16(local + 12, true)]);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return stamps;
}

describe('streaming writer', () => {
  // 400 units × 3 activities × 2 budget lines: 2,400 rows, many batches of committed rows.
  const manyUnits: Unit[] = Array.from({ length: 400 }, (_, i) => ({ id: `dv-${i}`, name: `Đơn vị ${i}`, group: 'tinh', kind: 'so' }));
  const manyPlans = manyUnits.map((u, i): { unit: string; data: Plan } => ({
    unit: u.id,
    data: {
      unit: u.id,
      cycle: siteCycle.id,
      status: 'submitted',
      submitted_on: '2020-09-15',
      contact: { name: 'X' },
      activities: [0, 1, 2].map((a) => ({
        id: `a${a}`,
        // The first title looks like a formula: it must stay text.
        title: i + a === 0 ? '=SUM(1,2)' : `Hoạt động ${a} của đơn vị ${i}`,
        task: 'truyen-thong',
        action_month: false,
        budget: [
          { year: 2021, source: 'ngan-sach-don-vi', amount: i + a / 10 },
          { year: 2022, source: 'xa-hoi-hoa', amount: 0.5 },
        ],
      })),
    },
  }));

  it('writes every row once, in order, across batches', async () => {
    const book = await open(await planWorkbook(siteCycle, manyUnits, manyPlans));
    const rows = values(book.getWorksheet('Kế hoạch')!).slice(1);
    expect(rows).toHaveLength(2400);
    expect(rows.map((r) => [r[0], r[3], r[7], r[9]])).toEqual(
      manyUnits.flatMap((u, i) => [0, 1, 2].flatMap((a) => [[u.id, `a${a}`, 2021, i + a / 10], [u.id, `a${a}`, 2022, 0.5]])),
    );
    expect(values(book.getWorksheet('Đơn vị')!).slice(1)).toHaveLength(400);
    const formulaLike = book.getWorksheet('Kế hoạch')!.getCell('F2');
    expect([formulaLike.type, formulaLike.value]).toEqual([ExcelJS.ValueType.String, '=SUM(1,2)']);
  }, 60_000);

  it('gives the same bytes for the same content, every entry dated 1980-01-01 00:00', async () => {
    const [a, b] = [await reportWorkbook(input, '2022-02-01'), await reportWorkbook(input, '2022-02-01')];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const stamps = zipStamps(a);
    expect(stamps.length).toBeGreaterThanOrEqual(9);
    expect(new Set(stamps.map((s) => s.join(' ')))).toEqual(new Set([`0 ${(1 << 5) | 1} 0 ${(1 << 5) | 1}`]));
  }, 60_000);
});
