// The report's model on the hand-made progress fixture: every figure below is computed by
// hand from tests/progress/fixture.ts.
import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { reportDocx, withDataRows } from '../../src/lib/agency-report-docx.ts';
import { type ReportTable, agencyReport, followUpList, inputUpTo, reportPeriods } from '../../src/lib/agency-report.ts';
import { findPeriod } from '../../src/lib/progress.ts';
import { cycle, input } from '../progress/fixture.ts';
import { unzip, zipText } from '../support/zip.ts';

const dispatch = {
  authority: 'UBND TỈNH THANH HÓA',
  issuer: 'SỞ X',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  place_date: 'Thanh Hóa, ngày tháng 8 năm 2020',
  cc_heading: 'Nơi nhận:',
  signature: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'A' },
  legal_basis: { issuer: 'UBND tỉnh', number: '1/UBND', date: '2020-08-08' },
};
const withAgency = { ...input, cycle: { ...cycle, standing_agency: { name: 'Sở Nội vụ', symbol: 'SNV', contact: { office: 'P', phone: '1' } } } };
const text = (r: ReturnType<typeof agencyReport>) => r.body.map((b) => (b.kind === 'table' ? b.table.rows.flat().join('|') : b.kind === 'quote' ? `${b.unit}: ${b.text}` : b.text)).join('\n');

describe('agencyReport', () => {
  const r = agencyReport({ input: withAgency, dispatch, periodId: '2021-nam', asOf: '2022-02-01' });

  it('takes the issuing body and symbol from the cycle, the number left blank', () => {
    expect(r.issuer).toBe('SỞ NỘI VỤ');
    expect(r.number).toMatch(/^Số:\s+\/BC-SNV$/);
    expect(r.placeDate).toMatch(/^Thanh Hóa, ngày\s+tháng\s+năm 2022$/);
    expect(r.recipients).toEqual(['UBND tỉnh']);
    expect(r.annexes.map((a) => a.label)).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III', 'Phụ lục IV']);
    expect(r.annexes[0]?.attachedTo).toMatch(/^\(Kèm theo Báo cáo số\s+\/BC-SNV\)$/);
  });

  it('counts who reported: 3 expected, so-a on time, huyen-c late 5 days, so-b overdue', () => {
    const t = text(r);
    expect(t).toContain('Số đơn vị phải báo cáo (đã nộp kế hoạch): 3; đã nhận 2 báo cáo (1 đúng hạn, 1 nộp muộn); 1 đơn vị chưa báo cáo.');
    expect(t).toContain('Các đơn vị chưa báo cáo: Sở B.');
    expect(t).toContain('Các đơn vị nộp muộn: Huyện C (5 ngày).');
  });

  it('sums money of 2021: planned 124.801, spent 19.5 (a1 12.5 + c1 7)', () => {
    const byTask = r.body.find((b) => b.kind === 'table' && b.table.columns[0]?.label === 'Nhiệm vụ' && b.table.columns.length === 5);
    // truyen-thong: a1 12.5 + a3 5 + b2 0.3 + c1 7 = 24.8; lanh-dao: b1 100.001 → all 124.801
    expect(byTask?.kind === 'table' && byTask.table.total).toEqual(['Tổng cộng', '124,801', '24,5', '19,5', '79,6%']);
  });

  it('quotes difficulties and proposals by unit, and Action Month from the annual reports', () => {
    const t = text(r);
    expect(t).toContain('Sở A: Kinh phí cấp muộn.');
    expect(t).toContain('Huyện C: Đề nghị hỗ trợ tài liệu.');
    expect(t).toContain('2 đơn vị báo cáo kết quả Tháng hành động: tổ chức 8 hoạt động, sự kiện với 650 lượt người tham gia.');
  });

  it('a half-year report does not see the annual reports', () => {
    const half = agencyReport({ input: withAgency, dispatch, periodId: '2021-6-thang', asOf: '2022-02-01' });
    expect(text(half)).toContain('1 đơn vị báo cáo kết quả Tháng hành động: tổ chức 1 hoạt động, sự kiện với 10 lượt người tham gia.');
    expect(inputUpTo(input, findPeriod(cycle, '2021-6-thang')).reports.every((x) => x.period === '2021-6-thang')).toBe(true);
  });

  it('lists units to chase with the contact of their plan', () => {
    expect(followUpList(input, '2021-nam', '2022-02-01').map((f) => [f.unit, f.state, f.contact])).toEqual([
      ['Sở B', 'Quá hạn 17 ngày, chưa nộp', 'Cán bộ'],
      ['Huyện C', 'Nộp muộn 5 ngày', 'Cán bộ'],
    ]);
  });

  it('gets a report for every period that has ended or has reports', () => {
    expect(reportPeriods(input, '2022-02-01').map((p) => p.id)).toEqual(['2021-6-thang', '2021-nam']);
  });
});

describe('reportDocx', () => {
  it('gives the same bytes for the same report, dated the day the figures are read', async () => {
    const r = agencyReport({ input: withAgency, dispatch, periodId: '2021-nam', asOf: '2022-02-01' });
    const [a, b] = [await reportDocx(r), await reportDocx(r)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = zipText(a, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-02-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:creator>SỞ NỘI VỤ</dc:creator>');
    expect(unzip(a).size).toBeGreaterThan(5);
  });
});

describe('reportDocx data rows (written as XML, not one docx object per cell)', () => {
  const r = agencyReport({ input: withAgency, dispatch, periodId: '2021-nam', asOf: '2022-02-01' });
  const texts = ['Đơn vị thử & B', '"kép" \'đơn\'', '<thẻ>', 'tab\tvà\u0001điều khiển', '', '  cách  '];
  const table: ReportTable = {
    columns: [{ label: 'Đơn vị' }, { label: 'Số', numeric: true }],
    rows: texts.map((t, i) => [t, `${i},5`]),
    total: ['Tổng', '15'],
  };
  /** The rows of the table whose header is "Đơn vị" in a document.xml: after its grid, to its end. */
  const rowsOf = (xml: string) => {
    const at = xml.indexOf('<w:tbl>', xml.indexOf('<w:tbl>') + 1);
    return xml.slice(xml.indexOf('</w:tblGrid>', at), xml.indexOf('</w:tbl>', at));
  };

  it('gives the XML docx gives for the same rows as TableRow objects, text escaped as docx does', async () => {
    const xml = zipText(await reportDocx({ ...r, body: [{ kind: 'table', table }], annexes: [] }), 'word/document.xml');
    // The reference: docx's own objects for every row, as the report was written before.
    const run = (text: string, bold = false) =>
      new TextRun({ text, font: 'Times New Roman', size: 24, bold, italics: false });
    const cell = (text: string, i: number, bold = false) =>
      new TableCell({ children: [new Paragraph({ alignment: i === 1 ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, bold)] })] });
    const reference = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: table.columns.map((c) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.label, true)] })] })),
        }),
        ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, i)) })),
        new TableRow({ cantSplit: true, children: (table.total ?? []).map((t, i) => cell(t, i, true)) }),
      ],
    });
    const header = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [] })] })] });
    const referenceXml = zipText(await Packer.toBuffer(new Document({ sections: [{ children: [header, reference] }] })), 'word/document.xml');
    expect(rowsOf(xml)).toBe(rowsOf(referenceXml));
    expect(rowsOf(xml)).toContain('Đơn vị thử &amp; B');
    expect(rowsOf(xml)).toContain('&quot;kép&quot; &apos;đơn&apos;');
    expect(rowsOf(xml)).toContain('&lt;thẻ&gt;');
    expect(rowsOf(xml)).toContain('tab\tvàđiều khiển');
    expect(xml).not.toContain('@@bdg-row-');
  });

  it('refuses a row whose cells do not match the columns', () => {
    const marked = '<w:tbl><w:tr><w:tc>@@bdg-row-0-0@@</w:tc><w:tc>@@bdg-row-0-1@@</w:tc></w:tr></w:tbl>';
    expect(() => withDataRows(marked, [{ ...table, rows: [['một']] }])).toThrow('DOCX: bảng 1 có hàng 1 ô, cần 2');
    expect(() => withDataRows('<w:tbl></w:tbl>', [table])).toThrow('DOCX: không thấy hàng mẫu của bảng 1');
  });
});
