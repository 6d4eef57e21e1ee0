// npm run cycle:new (docs/new-cycle.md): the new cycle file validates, the previous cycle is
// closed with its comments kept, the CMS then offers only the new cycle; bad input is refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCmsConfig } from '../../src/cms/config-file.ts';
import { newCycleText, yearsOf } from '../../scripts/new-cycle.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { run } from '../support/build.ts';
import { contentRootsCleanedAfterAll } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const makeRoot = contentRootsCleanedAfterAll();
const script = path.join(PROJECT_ROOT, 'scripts/new-cycle.ts');
const DISPATCH = 'sldtbxh-2020-08-binh-dang-gioi';

describe('opening a new cycle', () => {
  it('reads the years from the id', () => {
    expect(yearsOf('2026-2030')).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(yearsOf('2026')).toBeUndefined();
    expect(yearsOf('2030-2026')).toBeUndefined();
    expect(yearsOf('2026-2040')).toBeUndefined();
    expect(() => newCycleText({} as never, '2026', DISPATCH)).toThrow('phải có dạng NĂM-NĂM');
  });

  it('writes a valid cycle from the newest one and closes that one, keeping its comments', async () => {
    const root = makeRoot('new-cycle-');
    const result = await run(process.execPath, [script, '2026-2030', '--dispatch', DISPATCH], { env: { CONTENT_ROOT: root } });
    expect(result.output).toContain('chu kỳ 2021-2023 chuyển sang status: closed');
    expect(result.code).toBe(0);
    const created = parse(readFileSync(path.join(root, 'content/cycles/2026-2030.yaml'), 'utf8'));
    expect(created).toMatchObject({ id: '2026-2030', plan_year: 2026, status: 'open', unit_groups: ['tinh', 'huyen'], standing_agency: { name: 'Sở Lao động - Thương binh và Xã hội' } });
    expect(created.periods).toHaveLength(10);
    expect(created.periods[9]).toEqual({ id: '2030-nam', label: 'Năm 2030', year: 2030, from: '2030-01-01', to: '2030-12-31', due: null });
    const old = readFileSync(path.join(root, 'content/cycles/2021-2023.yaml'), 'utf8');
    expect(old).toContain('# Chu kỳ kế hoạch năm 2021 và giai đoạn 2021-2023');
    expect(old).toMatch(/\nstatus: closed\n/);
    const { issues } = await loadContent(root);
    expect(issues).toEqual([]);
    const cms = await generateCmsConfig(root);
    expect(cms).toContain('name: ke-hoach-2026-2030');
    expect(cms).not.toContain('name: ke-hoach-2021-2023');
    // The standing agency still edits the closed cycle's file.
    expect(cms).toContain('file: content/cycles/2021-2023.yaml');
  });

  it('never overwrites a cycle, and says how to call it', async () => {
    const root = makeRoot('new-cycle-bad-');
    const again = await run(process.execPath, [script, '2021-2023', '--dispatch', DISPATCH], { env: { CONTENT_ROOT: root } });
    expect(again.code).toBe(2);
    expect(again.output).toContain('không ghi đè một chu kỳ');
    const usage = await run(process.execPath, [script, '2026-2030'], { env: { CONTENT_ROOT: root } });
    expect(usage.code).toBe(2);
    expect(usage.output).toContain('Cách dùng: npm run cycle:new -- 2026-2030 --dispatch');
  });
});
