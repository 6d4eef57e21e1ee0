// The agency report on the demo build, checked against an independent computation: the
// figures are recomputed here from the raw validated entries (plans, reports, cycle) with
// plain loops and Intl formatting, never with src/lib/progress.ts or agency-report.ts, and
// compared with the printable page, the DOCX's XML and the XLSX's cells. Then Chromium prints
// one report to PDF, checked with poppler: A4, margins, fonts, page numbers, nothing cut;
// every page is saved as PNG in .tmp/screenshots/agency-report-*.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cycle, Period } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Report } from '../../schemas/report.ts';
import { UNIT_GROUPS, UNIT_KINDS, type Unit } from '../../schemas/unit.ts';
import { DEMO_AS_OF } from '../../scripts/demo/generate.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { axeViolations } from '../support/axe.ts';
import { AUDIT, hasChromium, launchBrowser } from '../support/browser.ts';
import { readBuiltPage } from '../support/built-site.ts';
import { TMP_ROOT } from '../support/paths.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { zipText } from '../support/zip.ts';
import { demoContent, demoSite } from '../support/shared-builds.ts';

/** The shared demo build of this run (tests/support/shared-builds.ts). */
let DIST = '';

let cycle: Cycle;
let units: Unit[];
let plans: Plan[];
let reports: Report[];

beforeAll(async () => {
  const loaded = await loadContent(await demoContent());
  if (loaded.issues.length > 0) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  cycle = loaded.content.cycles[0]!.data;
  units = loaded.content.registry!.data.units;
  plans = loaded.content.plans.map((p) => p.data).filter((p) => p.cycle === cycle.id && p.status === 'submitted');
  reports = loaded.content.reports.map((r) => r.data).filter((r) => r.cycle === cycle.id);
  DIST = await demoSite();
}, 900_000);

// ------------------------------------------------------------------ the independent computation

/** vi-VN display, written here on purpose rather than imported. */
const count = (n: number) => n.toLocaleString('vi-VN');
const millions = (thousands: number) => (thousands / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 3 });
const rate = (spent: number, planned: number) => (planned === 0 ? '—' : `${((spent * 100) / planned).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`);
const k = (millionsAmount: number) => Math.round(millionsAmount * 1000);

interface Expected {
  period: Period;
  expected: number;
  received: number;
  onTime: number;
  late: { name: string; days: number }[];
  missing: string[];
  statusTotal: Record<string, number>;
  activities: number;
  plannedAll: number;
  plannedReported: number;
  spent: number;
  perUnit: { name: string; planned: number; spent: number | undefined }[];
  actionMonth: { units: number; events: number; participants: number };
  followUp: { name: string; contact: string }[];
}

/** The registry's order on every page: group, kind, then Vietnamese name. */
function registryOrder(a: string, b: string): number {
  const ua = units.find((u) => u.id === a)!;
  const ub = units.find((u) => u.id === b)!;
  const groups: string[] = UNIT_GROUPS.map((g) => g.id);
  const kinds: string[] = UNIT_KINDS.map((g) => g.id);
  return groups.indexOf(ua.group) - groups.indexOf(ub.group) || kinds.indexOf(ua.kind) - kinds.indexOf(ub.kind) || ua.name.localeCompare(ub.name, 'vi');
}

function recompute(period: Period): Expected {
  const ordered = [...plans].sort((a, b) => registryOrder(a.unit, b.unit));
  const nameOf = (id: string) => units.find((u) => u.id === id)!.name;
  const ofPeriod = new Map(reports.filter((r) => r.period === period.id).map((r) => [r.unit, r]));
  const out: Expected = {
    period,
    expected: ordered.length,
    received: 0,
    onTime: 0,
    late: [],
    missing: [],
    statusTotal: { done: 0, 'in-progress': 0, 'not-started': 0, cancelled: 0, unreported: 0 },
    activities: 0,
    plannedAll: 0,
    plannedReported: 0,
    spent: 0,
    perUnit: [],
    actionMonth: { units: 0, events: 0, participants: 0 },
    followUp: [],
  };
  for (const plan of ordered) {
    const report = ofPeriod.get(plan.unit);
    const name = nameOf(plan.unit);
    if (report) {
      out.received++;
      if (period.due !== null && report.submitted_on > period.due) {
        const days = (Date.parse(report.submitted_on) - Date.parse(period.due)) / 86_400_000;
        out.late.push({ name, days });
        out.followUp.push({ name, contact: plan.contact?.name ?? '' });
      } else if (period.due !== null) out.onTime++;
    } else {
      out.missing.push(name);
      out.followUp.push({ name, contact: plan.contact?.name ?? '' });
    }
    let unitPlanned = 0;
    let unitSpent = 0;
    for (const a of plan.activities ?? []) {
      const line = report?.activities?.find((l) => l.activity === a.id);
      out.statusTotal[line?.status ?? 'unreported']! += 1;
      out.activities++;
      let planned = 0;
      for (const b of a.budget ?? []) if (b.year === period.year) planned += k(b.amount);
      unitPlanned += planned;
      if (line?.spent !== undefined) unitSpent += k(line.spent);
    }
    out.plannedAll += unitPlanned;
    if (report) out.plannedReported += unitPlanned;
    out.spent += unitSpent;
    out.perUnit.push({ name, planned: unitPlanned, spent: report ? unitSpent : undefined });
    // Action Month: the latest report of the year, up to this period, that gives it.
    const yearReports = reports
      .filter((r) => r.unit === plan.unit && r.action_month !== undefined)
      .map((r) => ({ r, p: cycle.periods.find((p) => p.id === r.period)! }))
      .filter(({ p }) => p.year === period.year && p.to <= period.to)
      .sort((a, b) => a.p.to.localeCompare(b.p.to));
    const am = yearReports.at(-1)?.r.action_month;
    if (am) {
      out.actionMonth.units++;
      out.actionMonth.events += am.events;
      out.actionMonth.participants += am.participants;
    }
  }
  return out;
}

/** The report periods: ended by the as-of date, or holding a report. */
const reportPeriods = () => cycle.periods.filter((p) => p.to < DEMO_AS_OF || reports.some((r) => r.period === p.id));

/** The sentences every rendering must carry, word for word. */
function sentences(e: Expected): string[] {
  const s = [
    `Số đơn vị phải báo cáo (đã nộp kế hoạch): ${count(e.expected)}; đã nhận ${count(e.received)} báo cáo` +
      (e.period.due === null ? '' : ` (${count(e.onTime)} đúng hạn, ${count(e.late.length)} nộp muộn)`) +
      `; ${count(e.missing.length)} đơn vị chưa báo cáo.`,
  ];
  if (e.missing.length > 0) s.push(`Các đơn vị chưa báo cáo: ${e.missing.join('; ')}.`);
  if (e.late.length > 0) s.push(`Các đơn vị nộp muộn: ${e.late.map((l) => `${l.name} (${count(l.days)} ngày)`).join('; ')}.`);
  if (e.actionMonth.units > 0)
    s.push(`${count(e.actionMonth.units)} đơn vị báo cáo kết quả Tháng hành động: tổ chức ${count(e.actionMonth.events)} hoạt động, sự kiện với ${count(e.actionMonth.participants)} lượt người tham gia.`);
  return s;
}

/** Table rows every rendering must carry: status totals, money totals, one row per unit. */
function rows(e: Expected): string[][] {
  const t = e.statusTotal;
  return [
    ['Tổng cộng', count(t['done']!), count(t['in-progress']!), count(t['not-started']!), count(t['cancelled']!), count(t['unreported']!), count(e.activities)],
    ['Tổng cộng', millions(e.plannedAll), millions(e.plannedReported), millions(e.spent), rate(e.spent, e.plannedReported)],
    ...e.perUnit.map((u, i) => [count(i + 1), u.name, millions(u.planned), u.spent === undefined ? 'Chưa báo cáo' : millions(u.spent)]),
    ...e.followUp.map((f, i) => [count(i + 1), f.name]),
  ];
}

const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Paragraph texts and table rows (cell texts) of a DOCX's word/document.xml. */
function docxContent(xml: string): { paragraphs: string[]; rows: string[][] } {
  const text = (fragment: string) => squash(unescapeHtml([...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
  const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => [...m[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1]!)));
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => text(m[1] ?? m[2] ?? ''));
  return { paragraphs, rows };
}

/** Paragraph texts and table rows of the built page. */
function htmlContent(html: string): { paragraphs: string[]; rows: string[][] } {
  const strip = (s: string) => squash(unescapeHtml(s.replace(/<[^>]+>/g, '')));
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => strip(c[1]!)));
  const paragraphs = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => strip(m[1]!));
  return { paragraphs, rows };
}

/** A row starts with the expected cells (the unit tables have further columns). */
const hasRow = (all: string[][], expected: string[]) => all.some((r) => expected.every((cell, i) => r[i] === cell));

describe('every figure equals an independent computation', () => {
  it('the demo publishes a report page and a DOCX for every period with data', () => {
    const ids = reportPeriods().map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      expect(existsSync(path.join(DIST, 'bao-cao', id, 'index.html'))).toBe(true);
      expect(existsSync(path.join(DIST, 'bao-cao', `${id}.docx`))).toBe(true);
      // One address per report: the cycle owns its periods, so nothing under /chu-ky/.
      expect(existsSync(path.join(DIST, 'chu-ky', cycle.id, 'bao-cao', `${id}.docx`))).toBe(false);
    }
    expect(readBuiltPage(DIST, `/tien-do/${ids[0]}/`)).toContain(`/bao-cao/${ids[0]}/`);
    expect(readBuiltPage(DIST, `/chu-ky/${cycle.id}/tien-do/${ids[0]}/`)).toContain(`/bao-cao/${ids[0]}.docx`);
    expect(readBuiltPage(DIST, '/du-lieu/')).toContain(`/du-lieu/bao-cao-${cycle.id}.xlsx`);
  });

  it('the printable page and the DOCX carry the same sentences and table rows, equal to the recomputation', () => {
    for (const period of reportPeriods()) {
      const e = recompute(period);
      const html = htmlContent(readBuiltPage(DIST, `/bao-cao/${period.id}/`));
      const docx = docxContent(zipText(readFileSync(path.join(DIST, 'bao-cao', `${period.id}.docx`)), 'word/document.xml'));
      for (const [label, doc] of [['page', html], ['docx', docx]] as const) {
        for (const s of sentences(e)) expect(doc.paragraphs.some((p) => p.includes(s)), `${label} ${period.id}: ${s}`).toBe(true);
        for (const r of rows(e)) expect(hasRow(doc.rows, r), `${label} ${period.id}: ${r.join(' | ')}`).toBe(true);
      }
      // The same document: identical table rows in the page and in the DOCX.
      expect(docx.rows.filter((r) => r.length > 2)).toEqual(html.rows.filter((r) => r.length > 2));
    }
  });

  it('the DOCX header comes from the cycle: issuer and symbol of the standing agency, number left blank', () => {
    const period = reportPeriods()[0]!;
    const xml = zipText(readFileSync(path.join(DIST, 'bao-cao', `${period.id}.docx`)), 'word/document.xml');
    const { paragraphs } = docxContent(xml);
    expect(paragraphs).toContain(cycle.standing_agency!.name.toLocaleUpperCase('vi'));
    expect(paragraphs).toContain(`Số: /BC-${cycle.standing_agency!.symbol}`);
    expect(paragraphs).toContain('BÁO CÁO');
    expect(paragraphs.filter((p) => p.startsWith('(Kèm theo Báo cáo số'))).toHaveLength(4);
    // A4, margins 20/15/20/30 mm, a landscape section, a page number only after page 1.
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="113[34]" w:right="85[01]" w:bottom="113[34]" w:left="170[01]"/);
    expect(xml).toContain('<w:titlePg/>');
    const header = [...zipText(readFileSync(path.join(DIST, 'bao-cao', `${period.id}.docx`)), '[Content_Types].xml').matchAll(/header\d+\.xml/g)];
    expect(header.length).toBeGreaterThan(1);
  });

  it('the XLSX cells add up to the same figures', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(DIST, 'du-lieu', `bao-cao-${cycle.id}.xlsx`)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Báo cáo')!;
    const follow = book.getWorksheet('Cần đôn đốc')!;
    for (const period of reportPeriods()) {
      const e = recompute(period);
      let spent = 0;
      const reported = new Set<string>();
      sheet.eachRow((row, n) => {
        if (n === 1 || row.getCell(4).value !== period.id) return;
        reported.add(String(row.getCell(1).value));
        const v = row.getCell(9).value;
        if (v !== null && v !== undefined && v !== '') spent += k(v as number);
      });
      expect(spent, period.id).toBe(e.spent);
      expect(reported.size, period.id).toBe(e.received);
      const chase: string[][] = [];
      follow.eachRow((row, n) => {
        if (n > 1 && row.getCell(1).value === period.id) chase.push([String(row.getCell(2).value), String(row.getCell(4).value ?? '')]);
      });
      expect(chase, period.id).toEqual(e.followUp.map((f) => [f.name, f.contact]));
    }
    const planBook = new ExcelJS.Workbook();
    await planBook.xlsx.load(readFileSync(path.join(DIST, 'du-lieu', `ke-hoach-${cycle.id}.xlsx`)) as unknown as ArrayBuffer);
    for (const year of cycle.years) {
      let sheetTotal = 0;
      planBook.getWorksheet('Kế hoạch')!.eachRow((row, n) => {
        if (n > 1 && row.getCell(8).value === year) sheetTotal += k(row.getCell(10).value as number);
      });
      let raw = 0;
      for (const p of plans) for (const a of p.activities ?? []) for (const b of a.budget ?? []) if (b.year === year) raw += k(b.amount);
      expect(sheetTotal, String(year)).toBe(raw);
    }
  });
});

// ------------------------------------------------------------------ the printed PDF

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('!! pdftotext (poppler-utils) missing: the PDF checks are SKIPPED. apt-get install poppler-utils');
    return false;
  }
})();

describe.skipIf(!hasChromium || !hasPoppler)('the report printed by Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let pdfPath: string;
  let overflow: string[];

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchBrowser();
    const page = await browser.newPage();
    const period = reportPeriods().at(-1)!;
    await page.goto(`${server.url}bao-cao/${period.id}/`);
    await page.emulateMedia({ media: 'print' });
    // A table wider than its box would be cut at the paper's edge.
    overflow = await page.$$eval('.report table', (tables) => tables.filter((t) => t.scrollWidth > (t.parentElement?.clientWidth ?? 0) + 1).map((t) => t.textContent?.slice(0, 60) ?? ''));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    pdfPath = path.join(TMP_ROOT, 'agency-report.pdf');
    writeFileSync(pdfPath, pdf);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const old of readdirSync(SCREENSHOTS).filter((f) => f.startsWith('agency-report-page'))) rmSync(path.join(SCREENSHOTS, old));
    execFileSync('pdftoppm', ['-r', '60', '-png', pdfPath, path.join(SCREENSHOTS, 'agency-report-page')]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const MM = 72 / 25.4;
  interface Word { page: number; width: number; height: number; x0: number; y0: number; x1: number; y1: number; text: string }
  function words(): Word[] {
    const xml = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const out: Word[] = [];
    [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].forEach((p, i) => {
      for (const w of p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        out.push({ page: i + 1, width: Number(p[1]), height: Number(p[2]), x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]), text: unescapeHtml(w[5]!) });
      }
    });
    return out;
  }

  it('the page passes axe-core (WCAG 2.1 AA) and runs no script', async () => {
    const page = await browser.newPage(AUDIT);
    await page.goto(`${server.url}bao-cao/${reportPeriods().at(-1)!.id}/`);
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    expect(await axeViolations(page, 'báo cáo')).toEqual([]);
    await page.close();
  });

  it('A4 pages, portrait for the report, landscape for the wide annexes', () => {
    const info = execFileSync('pdfinfo', ['-l', '200', pdfPath], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThan(2);
    for (const [w, h] of sizes) expect([`${w}x${h}`]).toSatisfy(([s]: string[]) => s === '595x842' || s === '842x595');
    expect(sizes[0]).toEqual([595, 842]);
    expect(sizes.some(([w]) => w === 842)).toBe(true);
  });

  it('only Liberation Serif (Times New Roman metrics), embedded, and it carries every Vietnamese letter', () => {
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+(LiberationSerif|TimesNewRoman)/);
      expect(line).toMatch(/ yes +yes +yes /);
    }
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const s of ['BÁO CÁO', 'Kính gửi', 'Độc lập - Tự do - Hạnh phúc', 'TÌNH HÌNH NỘP BÁO CÁO', 'thực hiện', 'Phụ lục IV']) expect(text).toContain(s);
    expect(text).toContain('ệ');
  });

  it('margins: body inside 20/15/20/30 mm on portrait pages; the page number centred on top from page 2, never on page 1', () => {
    const all = words();
    expect(overflow).toEqual([]);
    for (const w of all) {
      const portrait = w.width < w.height;
      const [top, right, bottom, left] = portrait ? [20, 15, 20, 30] : [30, 20, 15, 20];
      const inTopMargin = w.y1 <= top * MM + 0.5;
      if (inTopMargin) {
        // Only the page number lives there.
        expect(w.text, `page ${w.page}`).toBe(String(w.page));
        expect(w.page).toBeGreaterThan(1);
        const centre = (left * MM + w.width - right * MM) / 2;
        expect(Math.abs((w.x0 + w.x1) / 2 - centre)).toBeLessThan(6);
        continue;
      }
      expect(w.x0, `${w.text} p${w.page}`).toBeGreaterThanOrEqual(left * MM - 1);
      expect(w.x1, `${w.text} p${w.page}`).toBeLessThanOrEqual(w.width - right * MM + 1);
      expect(w.y1, `${w.text} p${w.page}`).toBeLessThanOrEqual(w.height - bottom * MM + 1);
    }
    const pages = Math.max(...all.map((w) => w.page));
    for (let p = 2; p <= pages; p++) expect(all.some((w) => w.page === p && w.y1 <= (w.width < w.height ? 20 : 30) * MM && w.text === String(p)), `number on page ${p}`).toBe(true);
    expect(existsSync(path.join(SCREENSHOTS, `agency-report-page-${String(1).padStart(String(pages).length, '0')}.png`))).toBe(true);
  });
});
