// The content folder as committed validates, and holds what the dispatch and FORMAT.md fix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const result = await loadContent(PROJECT_ROOT);
const seed = readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/dispatch-seed.txt'), 'utf8');

describe('content/ as committed', () => {
  it('validates with no issue', () => {
    expect(result.issues).toEqual([]);
  });

  it('has the 59 units of the registry, 32 provincial and 27 district-level', () => {
    const units = result.content.registry?.data.units ?? [];
    expect(units).toHaveLength(59);
    expect(units.filter((u) => u.group === 'tinh')).toHaveLength(32);
    expect(units.filter((u) => u.group === 'huyen')).toHaveLength(27);
    expect(units.map((u) => u.id)).toContain('huyen-quang-xuong');
    expect(units.map((u) => u.id)).toContain('tx-nghi-son');
  });

  it('every committed plan and report (none yet; any unit may add one) names a unit of the registry and a cycle that exists', () => {
    const units = new Set((result.content.registry?.data.units ?? []).map((u) => u.id));
    const cycles = new Set(result.content.cycles.map((c) => c.id));
    for (const entry of [...result.content.plans, ...result.content.reports]) {
      expect(units, entry.file).toContain(entry.data.unit);
      expect(cycles, entry.file).toContain(entry.data.cycle);
    }
  });

  it('has the cycle 2021-2023 with the seven task ids in order, each task verbatim from the dispatch', () => {
    const cycle = result.content.cycles.find((c) => c.id === '2021-2023')?.data;
    expect(cycle?.tasks.map((t) => t.id)).toEqual(['truyen-thong', 'lanh-dao', 'chuong-trinh', 'long-ghep', 'dich-vu', 'kiem-tra', 'bao-cao']);
    for (const task of cycle?.tasks ?? []) expect(seed).toContain(`- ${task.text}`);
    expect(seed).toContain(cycle?.action_month.text);
    expect(cycle?.years).toEqual([2021, 2022, 2023]);
    expect(cycle?.plan_year).toBe(2021);
    expect(cycle?.action_month).toMatchObject({ start: '11-15', end: '12-15' });
    expect(cycle?.periods.map((p) => p.id)).toEqual(['2021-6-thang', '2021-nam', '2022-6-thang', '2022-nam', '2023-6-thang', '2023-nam']);
    // The dispatch sets no deadline: the standing agency does, in this file.
    expect(cycle?.periods.every((p) => p.due === null)).toBe(true);
  });

  it('has the dispatch word for word: every line of the original is in the entry', () => {
    const dispatch = result.content.dispatches[0];
    expect(dispatch?.id).toBe('sldtbxh-2020-08-binh-dang-gioi');
    const d = dispatch?.data;
    // What the entry says, as a reader would see it: metadata values and the body's lines.
    const said = new Set<string>([
      ...Object.values(d ?? {}).filter((v): v is string => typeof v === 'string'),
      ...(d?.recipients ?? []).map((r) => `- ${r}`),
      ...(d?.cc ?? []).map((r) => `- ${r}`),
      `${d?.signature.authority}`,
      `${d?.signature.title}`,
      `${d?.signature.name}`,
      ...(dispatch?.body ?? '').split('\n').map((l) => l.replace(/^(\d+)\\\./, '$1.').replace(/^\\-/, '-')),
    ]);
    const seedLines = seed.split('\n').map((l) => l.trim().replace(/^\*\*|\*\*$/g, '')).filter((l) => l !== '');
    expect(seedLines.length).toBeGreaterThan(25);
    for (const line of seedLines) expect(said, line).toContain(line);
    expect(d?.number).toBe('Số: /SLĐTBXH-TEBDG');
    expect(d?.place_date).toBe('Thanh Hóa, ngày tháng 8 năm 2020');
    expect(d?.legal_basis).toEqual({ issuer: 'UBND tỉnh', number: '11343/UBND-KTTC', date: '2020-08-08' });
    expect(d?.contact).toEqual({ office: 'Phòng Trẻ em và BĐG', phone: '0373.725.604' });
  });

  it('adds nothing to the dispatch body that the original does not say', () => {
    const body = result.content.dispatches[0]?.body ?? '';
    const normalized = seed.replace(/\s+/g, ' ');
    for (const line of body.split('\n').filter((l) => l.trim() !== '')) {
      expect(normalized, line).toContain(line.replace(/^(\d+)\\\./, '$1.').replace(/^\\-/, '-').trim());
    }
  });
});
