// Cycles over time: which units a cycle concerns and under which name, the history links of a
// unit, which cycle is current, where each cycle's pages live; and the rules in the validator.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCmsConfig } from '../../src/cms/config-file.ts';
import type { Cycle } from '../../schemas/cycle.ts';
import { RegistrySchema, type Unit } from '../../schemas/unit.ts';
import { countInWords } from '../../src/lib/format.ts';
import { sitePages } from '../../src/lib/site-pages.ts';
import {
  agencyOf,
  contractPaths,
  cycleTitle,
  groupsOfCycle,
  groupsPhrase,
  issuedMonthLabel,
  currentOf,
  cyclePaths,
  cycleSpan,
  isOpen,
  nameAt,
  periodOwners,
  predecessorsOf,
  successorsOf,
  unitInCycle,
  unitsOfCycle,
  yearsLabel,
} from '../../src/lib/cycles.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { validateYaml } from '../../src/pipeline/validate-file.ts';
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';
import { addTwoCycles } from '../support/two-cycles.ts';

const period = (id: string, from: string, to: string) => ({ id, label: id, year: Number(from.slice(0, 4)), from, to, due: null });
const old = { id: '2021-2023', years: [2021, 2022, 2023], periods: [period('2021-nam', '2021-01-01', '2021-12-31')], unit_groups: ['tinh', 'huyen'] } as unknown as Cycle;
const next = { id: '2026-2030', years: [2026, 2027, 2028, 2029, 2030], periods: [period('2026-nam', '2025-12-15', '2026-12-14')], unit_groups: ['tinh', 'xa'] } as unknown as Cycle;

const district: Unit = { id: 'huyen-quang-xuong', name: 'Huyện Quảng Xương', group: 'huyen', kind: 'huyen', valid_until: '2025-06-30', successors: ['xa-quang-ngoc'] };
const commune: Unit = { id: 'xa-quang-ngoc', name: 'Xã Quảng Ngọc', group: 'xa', kind: 'xa', valid_from: '2025-07-01' };
const labour: Unit = { id: 'so-lao-dong-tbxh', name: 'Sở Lao động - Thương binh và Xã hội', group: 'tinh', kind: 'so', valid_until: '2025-02-28', merged_into: 'so-noi-vu' };
const home: Unit = { id: 'so-noi-vu', name: 'Sở Nội vụ', group: 'tinh', kind: 'so' };
const renamed: Unit = { id: 'tx-nghi-son', name: 'Thị xã Nghi Sơn', group: 'huyen', kind: 'thi-xa', former_names: [{ name: 'Huyện Tĩnh Gia', until: '2020-05-31' }] };
const units = [home, labour, district, renamed, commune];

describe('a cycle and its units', () => {
  it('spans its years, or its periods when a data cut-off starts earlier', () => {
    expect(cycleSpan(old)).toEqual({ from: '2021-01-01', to: '2023-12-31' });
    expect(cycleSpan(next)).toEqual({ from: '2025-12-15', to: '2030-12-31' });
    expect(yearsLabel(next)).toBe('2026-2030');
  });

  it('concerns the units that existed during it, in the groups that plan', () => {
    expect(unitsOfCycle(old, units).map((u) => u.id)).toEqual(['so-noi-vu', 'so-lao-dong-tbxh', 'huyen-quang-xuong', 'tx-nghi-son']);
    expect(unitsOfCycle(next, units).map((u) => u.id)).toEqual(['so-noi-vu', 'xa-quang-ngoc']);
    expect(unitInCycle(district, next)).toBe('ended');
    expect(unitInCycle(commune, old)).toBe('not-yet');
    expect(unitInCycle({ ...home, group: 'huyen' }, next)).toBe('other-group');
    // No unit_groups: every group plans (a cycle file written before the field existed).
    expect(unitInCycle(district, { ...old, unit_groups: undefined })).toBe('ok');
  });

  it('shows a unit under the name it had when the cycle began', () => {
    expect(nameAt(renamed, '2020-01-01')).toBe('Huyện Tĩnh Gia');
    expect(nameAt(renamed, '2020-06-01')).toBe('Thị xã Nghi Sơn');
    const cycle2019 = { years: [2019], periods: [], unit_groups: undefined };
    expect(unitsOfCycle(cycle2019, [renamed])[0]?.name).toBe('Huyện Tĩnh Gia');
    expect(unitsOfCycle(old, [renamed])[0]).toBe(renamed);
  });

  it('links a unit to its successors and predecessors', () => {
    expect(successorsOf(labour, units).map((u) => u.id)).toEqual(['so-noi-vu']);
    expect(successorsOf(district, units).map((u) => u.id)).toEqual(['xa-quang-ngoc']);
    expect(predecessorsOf(home, units).map((u) => u.id)).toEqual(['so-lao-dong-tbxh']);
    expect(predecessorsOf(commune, units).map((u) => u.id)).toEqual(['huyen-quang-xuong']);
  });
});

describe('the cycles of the site', () => {
  it('the newest is current; a cycle without status is open', () => {
    expect(currentOf([next, old])?.id).toBe('2026-2030');
    expect(currentOf([])).toBeUndefined();
    expect(isOpen(old)).toBe(true);
    expect(isOpen({ status: 'closed' })).toBe(false);
  });

  it('every cycle has its pages under /chu-ky/<cycle>/; the current one also at the contract paths', () => {
    expect(cyclePaths('2021-2023')).toMatchObject({ home: '/chu-ky/2021-2023/', summary: '/chu-ky/2021-2023/tong-hop/', plans: '/chu-ky/2021-2023/ke-hoach/', contract: false });
    expect(cyclePaths('2021-2023').period('2021-nam')).toBe('/chu-ky/2021-2023/tien-do/2021-nam/');
    const owners = periodOwners([next, old, { id: '2024-2026', periods: [period('2026-nam', '2026-01-01', '2026-12-31')] }]);
    expect(owners.get('2021-nam')).toBe('2021-2023');
    // /tien-do/2026-nam/ was first published for 2024-2026: it stays that cycle's page.
    expect(owners.get('2026-nam')).toBe('2024-2026');
    const current = contractPaths('2026-2030', owners);
    expect(current).toMatchObject({ summary: '/tong-hop/', progress: '/tien-do/', contract: true });
    expect(current.period('2026-nam')).toBe('/chu-ky/2026-2030/tien-do/2026-nam/');
    expect(contractPaths('2021-2023', owners).period('2021-nam')).toBe('/tien-do/2021-nam/');
  });
});

describe('the frame of a cycle, in words', () => {
  it('names the agency from the cycle, its contact falling back to the dispatch', () => {
    const contact = { office: 'Phòng Trẻ em và BĐG', phone: '0373.725.604' };
    expect(agencyOf({ standing_agency: { name: 'Sở Nội vụ', symbol: 'SNV', contact: { office: 'Phòng BĐG', phone: '1' } } }, { contact })).toMatchObject({ name: 'Sở Nội vụ', named: true, contact: { office: 'Phòng BĐG' } });
    expect(agencyOf({}, { contact })).toEqual({ name: 'cơ quan thường trực', named: false, contact });
    expect(issuedMonthLabel('2020-08')).toBe('tháng 8/2020');
  });

  it('says which units plan, from the cycle groups, else from the units', () => {
    expect(groupsPhrase(groupsOfCycle(next, units))).toBe('các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường');
    expect(groupsPhrase(groupsOfCycle({ unit_groups: undefined }, [home, district]))).toBe('các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các huyện, thị xã, thành phố');
    expect(countInWords(7)).toBe('Bảy');
    expect(countInWords(12)).toBe('12');
  });

  it('titles a page by its cycle only on the cycle path', () => {
    expect(cycleTitle('Tổng hợp', old, cyclePaths(old.id))).toBe('Tổng hợp 2021-2023');
    expect(cycleTitle('Tổng hợp', old, contractPaths(old.id, new Map()))).toBe('Tổng hợp');
  });

  it('the sitemap lists every cycle path, the period pages once, and the unit pages of each cycle', () => {
    const pages = sitePages({ cycles: [old, next], units, guidance: [] });
    expect(pages).toContain('/chu-ky/');
    expect(pages).toContain('/chu-ky/2026-2030/tien-do/2026-nam/');
    expect(pages).toContain('/tien-do/2021-nam/');
    expect(pages).toContain('/ke-hoach/2026-2030/xa-quang-ngoc/');
    expect(pages).not.toContain('/ke-hoach/2026-2030/huyen-quang-xuong/');
    expect(pages).toContain('/don-vi/huyen-quang-xuong/');
    expect(new Set(pages).size).toBe(pages.length);
  });
});

describe('registry rules', () => {
  const file = 'content/units.yaml';
  const check = (text: string) => {
    const result = validateYaml(file, text, RegistrySchema);
    return result.ok ? [] : result.issues.map((i) => `${i.rule} ${i.path}: ${i.message}`);
  };
  const head = 'units:\n  - { id: so-noi-vu, name: Sở Nội vụ, group: tinh, kind: so }\n';

  it('accepts the history fields', () => {
    expect(check(`${head}  - { id: so-lao-dong-tbxh, name: Sở LĐ-TB&XH, group: tinh, kind: so, valid_until: "2025-02-28", merged_into: so-noi-vu }\n  - { id: xa-a, name: Xã A, group: xa, kind: xa, valid_from: "2025-07-01" }\n`)).toEqual([]);
  });

  it('refuses a successor that is not in the registry, or the unit itself', () => {
    const issues = check(`${head}  - { id: huyen-a, name: Huyện A, group: huyen, kind: huyen, valid_until: "2025-06-30", successors: [xa-khong-co, huyen-a] }\n`);
    expect(issues).toEqual([
      'unit-ref-unknown units[1].successors[0]: Mã đơn vị "xa-khong-co" không có trong danh mục. Hãy thêm đơn vị đó vào danh mục trước, hoặc sửa lại mã.',
      'unit-ref-self units[1].successors[1]: Đơn vị "huyen-a" không thể kế tục chính nó. Hãy ghi mã của đơn vị khác.',
    ]);
  });

  it('asks for the last day of a unit that was merged, and for dates in order', () => {
    expect(check(`${head}  - { id: so-a, name: Sở A, group: tinh, kind: so, merged_into: so-noi-vu }\n`)[0]).toContain('successor-needs-end units[1].valid_until: Đơn vị "so-a" đã có đơn vị kế tục hoặc đã sáp nhập');
    expect(check(`${head}  - { id: xa-a, name: Xã A, group: xa, kind: xa, valid_from: "2025-07-01", valid_until: "2025-01-01" }\n`)[0]).toContain('validity-order units[1].valid_until: Ngày hết hiệu lực (valid_until) đứng trước');
  });
});

describe('a plan or report for a unit outside its cycle', () => {
  const makeRoot = contentRootsCleanedAfterAll();

  it('the two-cycle fixture validates with no issue', async () => {
    const root = makeRoot('cycles-good-');
    addTwoCycles(root);
    const result = await loadContent(root);
    expect(result.issues).toEqual([]);
    expect(result.content.cycles.map((c) => c.id).sort()).toEqual(['2021-2023', '2026-2030']);
    // The CMS offers each open cycle with the units of that cycle only.
    const cms = parse(await generateCmsConfig(root)) as { collections: { name: string; fields?: { name: string; options?: { value: string }[] }[] }[] };
    const unitsOffered = (name: string) => cms.collections.find((c) => c.name === name)?.fields?.find((f) => f.name === 'unit')?.options?.map((o) => o.value) ?? [];
    expect(unitsOffered('ke-hoach-2026-2030')).toContain('xa-quang-ngoc');
    expect(unitsOffered('ke-hoach-2026-2030')).not.toContain('huyen-quang-xuong');
    expect(unitsOffered('bao-cao-2026-2030-2026-nam')).not.toContain('so-lao-dong-tbxh');
    expect(unitsOffered('ke-hoach-2021-2023')).toContain('huyen-quang-xuong');
    expect(unitsOffered('ke-hoach-2021-2023')).not.toContain('xa-quang-ngoc');
  });

  it('is an error that names the unit, its dates and its successors, in Vietnamese', async () => {
    const root = makeRoot('cycles-bad-');
    addTwoCycles(root);
    addContentFile(root, 'plans/2026-2030/huyen-quang-xuong.yaml', 'unit: huyen-quang-xuong\ncycle: 2026-2030\nstatus: draft\n');
    addContentFile(root, 'plans/2021-2023/xa-quang-ngoc.yaml', 'unit: xa-quang-ngoc\ncycle: 2021-2023\nstatus: draft\n');
    addContentFile(root, 'plans/2026-2030/tp-sam-son.yaml', 'unit: tp-sam-son\ncycle: 2026-2030\nstatus: draft\n');
    addContentFile(root, 'reports/2026-2030/2026-6-thang/so-lao-dong-tbxh.yaml', 'unit: so-lao-dong-tbxh\ncycle: 2026-2030\nperiod: 2026-6-thang\nsubmitted_on: 2026-06-01\nactivities: []\n');
    const { issues } = await loadContent(root);
    const lines = issues.map((i) => `${i.file}:${i.line} ${i.rule}: ${i.message}`);
    expect(lines).toContain(
      'content/plans/2026-2030/huyen-quang-xuong.yaml:1 unit-not-in-cycle: Đơn vị "huyen-quang-xuong" (Huyện Quảng Xương) không thuộc chu kỳ 2026-2030 (15/12/2025 - 31/12/2030): đơn vị chỉ hoạt động đến hết ngày 30/06/2025, trước khi chu kỳ bắt đầu. Đơn vị kế tục trong chu kỳ này: Xã Quảng Ngọc (xa-quang-ngoc), Xã Tiên Trang (xa-tien-trang); kế hoạch thuộc về đơn vị kế tục.',
    );
    expect(lines).toContain(
      'content/plans/2021-2023/xa-quang-ngoc.yaml:1 unit-not-in-cycle: Đơn vị "xa-quang-ngoc" (Xã Quảng Ngọc) không thuộc chu kỳ 2021-2023 (01/01/2021 - 31/12/2023): đơn vị có hiệu lực từ ngày 01/07/2025, sau khi chu kỳ kết thúc. Hãy lập kế hoạch trong chu kỳ mới.',
    );
    expect(lines.find((l) => l.includes('tp-sam-son'))).toContain('khối "UBND huyện, thị xã, thành phố" không lập kế hoạch trong chu kỳ này (các khối lập kế hoạch: Sở, ban, ngành, đoàn thể cấp tỉnh; UBND xã, phường)');
    expect(lines.find((l) => l.includes('reports/2026-2030'))).toContain('Đơn vị kế tục trong chu kỳ này: Sở Nội vụ (so-noi-vu); báo cáo thuộc về đơn vị kế tục.');
    expect(issues.filter((i) => i.rule === 'unit-not-in-cycle')).toHaveLength(4);
  });
});
