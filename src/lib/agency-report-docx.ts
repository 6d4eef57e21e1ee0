// The agency report as DOCX (the `docx` package): the same model as the printable page
// (src/lib/agency-report.ts), so the same words and figures, laid out per Nghị định
// 30/2020/NĐ-CP: A4, Times New Roman 14 pt, margins top/bottom 20 mm, left 30 mm, right
// 15 mm, page number centred in the header from page 2; wide annexes on landscape pages.
// The agency edits, numbers and signs it in its e-office system.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from 'docx';
import type { AgencyReport, ReportBlock, ReportTable } from './agency-report.ts';
import { xmlText } from './xml-text.ts';
import { withFixedZipDates } from './zip-dates.ts';
import { zipEntryText } from './zip-entry.ts';

const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt header lines, 12 pt tables. */
const BODY = 28;
const SMALL = 26;
const TABLE = 24;
const A4 = { width: 11906, height: 16838 };
const mm = convertMillimetersToTwip;
const PORTRAIT_MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) };
const LANDSCAPE_MARGIN = { top: mm(30), bottom: mm(15), left: mm(20), right: mm(20), header: mm(10) };
const INDENT = mm(12.7);
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  underline?: boolean;
}

const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: s.size ?? BODY, bold: s.bold === true, italics: s.italics === true, ...(s.underline ? { underline: {} } : {}) });

const centred = (text: string, s: RunStyle = {}) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, s)] });

function bodyParagraph(text: string, s: RunStyle = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: 120 }, children: [run(text, s)] });
}

/**
 * A table's data rows are not docx objects (one TableCell tree per unit × column cost most of
 * the build at 10,000 units): docx writes the header, the total and ONE marker row whose cells
 * hold `rowMarker(table, column)`; `withDataRows` then copies that row's XML once per data row,
 * the marker replaced by the cell's text, escaped as docx escapes it. Same bytes as docx.
 */
const rowMarker = (tableNo: number, column: number) => `@@bdg-row-${tableNo}-${column}@@`;

function table(t: ReportTable, tables: ReportTable[]): Table {
  const cell = (text: string, i: number, s: RunStyle = {}) =>
    new TableCell({
      children: [new Paragraph({ alignment: t.columns[i]?.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, { size: TABLE, ...s })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.label, { size: TABLE, bold: true })] })] })),
  });
  const rows: TableRow[] = [];
  if (t.rows.length > 0) {
    const tableNo = tables.push(t) - 1;
    rows.push(new TableRow({ cantSplit: true, children: t.columns.map((_, i) => cell(rowMarker(tableNo, i), i)) }));
  }
  if (t.total) rows.push(new TableRow({ cantSplit: true, children: t.total.map((text, i) => cell(text, i, { bold: true })) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** Text as docx writes it in an element: `&"'<>` escaped, C0 controls other than tab, LF, CR dropped. */
const DOCX_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const docxText = (s: string): string => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => DOCX_ESCAPES[c] ?? '');

/** document.xml with each table's marker row replaced by its data rows (see `rowMarker`). */
export function withDataRows(xml: string, tables: ReportTable[]): string {
  const out: string[] = [];
  let cursor = 0;
  tables.forEach((t, tableNo) => {
    const first = xml.indexOf(rowMarker(tableNo, 0), cursor);
    const last = xml.indexOf(rowMarker(tableNo, t.columns.length - 1), first);
    const start = xml.lastIndexOf('<w:tr>', first);
    const end = xml.indexOf('</w:tr>', last) + '</w:tr>'.length;
    if (first < 0 || last < 0 || start < cursor || end < last) throw new Error(`DOCX: không thấy hàng mẫu của bảng ${tableNo + 1}`);
    const parts = xml.slice(start, end).split(/@@bdg-row-\d+-\d+@@/);
    out.push(xml.slice(cursor, start));
    for (const row of t.rows) {
      if (row.length !== t.columns.length) throw new Error(`DOCX: bảng ${tableNo + 1} có hàng ${row.length} ô, cần ${t.columns.length}`);
      let x = parts[0] ?? '';
      for (let i = 0; i < row.length; i++) x += docxText(row[i] ?? '') + (parts[i + 1] ?? '');
      out.push(x);
    }
    cursor = end;
  });
  out.push(xml.slice(cursor));
  return out.join('');
}

function block(b: ReportBlock, tables: ReportTable[]): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return new Paragraph({ indent: { firstLine: INDENT }, keepNext: true, spacing: { before: 120, after: 60 }, children: [run(b.text, { bold: true })] });
    case 'paragraph':
      return bodyParagraph(b.text);
    case 'quote':
      return bodyParagraph(`- ${b.unit}: “${b.text}”`, { italics: true });
    case 'table':
      return table(b.table, tables);
  }
}

/** Two blocks side by side without borders: the document header and the signature area. */
function twoColumns(left: Paragraph[], right: Paragraph[], widths: [number, number]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: widths[0], type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: widths[1], type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

const pageNumberHeader = () =>
  new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SMALL })] })] });

/** The document, its tables' data rows left to `withDataRows`: `tables` receives them in order. */
function reportDocument(r: AgencyReport, tables: ReportTable[]): Document {
  const header = twoColumns(
    [centred(r.authority, { size: SMALL }), centred(r.issuer, { size: SMALL, bold: true, underline: true }), new Paragraph({}), centred(r.number, { size: SMALL })],
    [centred(r.nation, { size: SMALL, bold: true }), centred(r.motto, { bold: true, underline: true }), new Paragraph({}), centred(r.placeDate, { italics: true })],
    [40, 60],
  );
  const footer = twoColumns(
    [new Paragraph({ children: [run(r.ccHeading, { size: TABLE, bold: true, italics: true })] }), ...r.cc.map((line) => new Paragraph({ children: [run(`- ${line}`, { size: 22 })] }))],
    [centred(r.signature.authority, { bold: true }), centred(r.signature.title, { bold: true })],
    [50, 50],
  );
  const first: ISectionOptions = {
    properties: { titlePage: true, page: { size: A4, margin: PORTRAIT_MARGIN } },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children: [
      header,
      new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [run(r.title, { bold: true })] }),
      centred(r.subject, { bold: true }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, children: [run(`Kính gửi: ${r.recipients.join('; ')}.`)] }),
      ...r.body.map((b) => block(b, tables)),
      new Paragraph({}),
      footer,
    ],
  };
  const annexes: ISectionOptions[] = r.annexes.map((a) => ({
    properties: {
      page: { size: { ...A4, orientation: a.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: a.landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN },
    },
    headers: { default: pageNumberHeader() },
    children: [
      centred(a.label, { bold: true }),
      centred(a.title, { bold: true }),
      centred(a.attachedTo, { italics: true }),
      new Paragraph({}),
      a.table.rows.length === 0 ? bodyParagraph('Không có đơn vị nào.') : table(a.table, tables),
    ],
  }));
  return new Document({
    creator: r.issuer,
    title: `${r.title} ${r.subject}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [first, ...annexes],
  });
}

/**
 * docProps/core.xml as docx writes it, but dated the day the figures are read (the report's
 * "as of"), not the moment of the build: two builds of the same data give the same bytes.
 */
function coreProperties(r: AgencyReport): string {
  const when = `${r.asOf}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(`${r.title} ${r.subject}`)}</dc:title><dc:creator>${xmlText(r.issuer)}</dc:creator>` +
    '<cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function reportDocx(r: AgencyReport): Promise<Uint8Array<ArrayBuffer>> {
  const tables: ReportTable[] = [];
  const document = reportDocument(r, tables);
  const core = { path: 'docProps/core.xml', data: coreProperties(r) };
  // Packed twice: the first archive only gives the document.xml that carries the marker rows.
  const marked = await Packer.toBuffer(document, false, [core]);
  const xml = withDataRows(zipEntryText(marked, 'word/document.xml'), tables);
  const packed = await Packer.toBuffer(document, false, [core, { path: 'word/document.xml', data: xml }]);
  return withFixedZipDates(Uint8Array.from(packed));
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
