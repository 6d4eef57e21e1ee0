// Many cycles and a registry over time (docs/format.md "Cycles over time"): which units a cycle
// concerns, under which name, which cycle is current, and where each cycle's pages live.
// Pure: plain data in, plain data out.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Dispatch } from '../../schemas/dispatch.ts';
import { UNIT_GROUPS, type Unit, type UnitGroupId } from '../../schemas/unit.ts';

/** The days a cycle covers: 1 January of its first year (or its first period) to 31 December of its last. */
export function cycleSpan(cycle: Pick<Cycle, 'years' | 'periods'>): { from: string; to: string } {
  const first = Math.min(...cycle.years);
  const last = Math.max(...cycle.years);
  const froms = [`${first}-01-01`, ...cycle.periods.map((p) => p.from)].sort();
  const tos = [`${last}-12-31`, ...cycle.periods.map((p) => p.to)].sort();
  return { from: froms[0] as string, to: tos.at(-1) as string };
}

export type UnitInCycle = 'ok' | 'ended' | 'not-yet' | 'other-group';

/** Whether a unit belongs to a cycle: it existed for some day of the cycle, and its group must plan. */
export function unitInCycle(unit: Unit, cycle: Pick<Cycle, 'years' | 'periods' | 'unit_groups'>): UnitInCycle {
  const span = cycleSpan(cycle);
  if (unit.valid_until !== undefined && unit.valid_until < span.from) return 'ended';
  if (unit.valid_from !== undefined && unit.valid_from > span.to) return 'not-yet';
  if (cycle.unit_groups !== undefined && !cycle.unit_groups.includes(unit.group)) return 'other-group';
  return 'ok';
}

/** The unit's name on a day: the first former name still in use then, else its present name. */
export function nameAt(unit: Pick<Unit, 'name' | 'former_names'>, date: string): string {
  const former = [...(unit.former_names ?? [])].sort((a, b) => a.until.localeCompare(b.until)).find((f) => f.until >= date);
  return former?.name ?? unit.name;
}

/**
 * The units of a cycle, in registry order, each under the name it had when the cycle began
 * (or when it was created, if later): the units expected to plan, and the only ones that may.
 */
export function unitsOfCycle(cycle: Pick<Cycle, 'years' | 'periods' | 'unit_groups'>, units: readonly Unit[]): Unit[] {
  const { from } = cycleSpan(cycle);
  return units
    .filter((u) => unitInCycle(u, cycle) === 'ok')
    .map((u) => {
      const name = nameAt(u, u.valid_from !== undefined && u.valid_from > from ? u.valid_from : from);
      return name === u.name ? u : { ...u, name };
    });
}

/** The unit groups of a cycle, in registry order: its `unit_groups`, else the groups its units belong to. */
export function groupsOfCycle(cycle: Pick<Cycle, 'unit_groups'>, units: readonly Pick<Unit, 'group'>[]): (typeof UNIT_GROUPS)[number][] {
  return UNIT_GROUPS.filter((g) => (cycle.unit_groups ? cycle.unit_groups.includes(g.id) : units.some((u) => u.group === g.id)));
}

/** The units that took over this one's work: the one it merged into, then its successors. */
export function successorsOf(unit: Unit, units: readonly Unit[]): Unit[] {
  const ids = [...(unit.merged_into ? [unit.merged_into] : []), ...(unit.successors ?? [])];
  return ids.map((id) => units.find((u) => u.id === id)).filter((u): u is Unit => u !== undefined);
}

/** The units whose work this one took over. */
export function predecessorsOf(unit: Unit, units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.merged_into === unit.id || (u.successors ?? []).includes(unit.id));
}

/**
 * successorsOf and predecessorsOf for every unit at once, in one pass over the registry
 * (the same lists, in the same order), for pages built once per unit.
 */
export function registryLinks(units: readonly Unit[]): { successors: Map<string, Unit[]>; predecessors: Map<string, Unit[]> } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const successors = new Map<string, Unit[]>();
  const predecessors = new Map<string, Unit[]>();
  for (const unit of units) {
    const ids = [...(unit.merged_into ? [unit.merged_into] : []), ...(unit.successors ?? [])];
    const found = ids.map((id) => byId.get(id)).filter((u): u is Unit => u !== undefined);
    if (found.length > 0) successors.set(unit.id, found);
    for (const id of new Set(ids)) {
      const list = predecessors.get(id);
      if (list === undefined) predecessors.set(id, [unit]);
      else list.push(unit);
    }
  }
  return { successors, predecessors };
}

/** Cycles oldest first (by id, which starts with the first year). */
export function sortCycles<C extends { id: string }>(cycles: readonly C[]): C[] {
  return [...cycles].sort((a, b) => a.id.localeCompare(b.id));
}

/** The cycle the contract paths (/tong-hop/, /tien-do/ …) show: the newest. */
export function currentOf<C extends { id: string }>(cycles: readonly C[]): C | undefined {
  return sortCycles(cycles).at(-1);
}

/** A cycle still taking plans and reports (the CMS offers it); a cycle without `status` is open. */
export const isOpen = (cycle: Pick<Cycle, 'status'>): boolean => cycle.status !== 'closed';

/**
 * Who owns /tien-do/<period>/: the oldest cycle with that period id. Those URLs were published
 * before cycle paths existed, so they keep showing the period they first showed.
 */
export function periodOwners(cycles: readonly Pick<Cycle, 'id' | 'periods'>[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const cycle of sortCycles(cycles)) for (const p of cycle.periods) if (!owners.has(p.id)) owners.set(p.id, cycle.id);
  return owners;
}

/** The pages of one cycle, as paths from the site root (pass them to href()). */
export interface CyclePaths {
  /** True on the contract paths of the current cycle (/tong-hop/ …), false under /chu-ky/<cycle>/. */
  contract: boolean;
  home: string;
  dispatch: string;
  plans: string;
  summary: string;
  actionMonth: string;
  progress: string;
  period: (periodId: string) => string;
}

export const CYCLES_PATH = '/chu-ky/';

/** The props of a page shown for a cycle at either path (src/components/cycle/*Page.astro). */
export interface CyclePageProps {
  cycle: Cycle | undefined;
  paths: CyclePaths | undefined;
}

/** The cycle's own pages under /chu-ky/<cycle>/: the same for ever, whichever cycle is current. */
export function cyclePaths(cycleId: string): CyclePaths {
  const base = `${CYCLES_PATH}${cycleId}/`;
  return {
    contract: false,
    home: base,
    dispatch: `${base}cong-van/`,
    plans: `${base}ke-hoach/`,
    summary: `${base}tong-hop/`,
    actionMonth: `${base}thang-hanh-dong/`,
    progress: `${base}tien-do/`,
    period: (id) => `${base}tien-do/${id}/`,
  };
}

/** The contract paths, for the current cycle. A period page another cycle owns stays under this cycle's path. */
export function contractPaths(cycleId: string, owners: ReadonlyMap<string, string>): CyclePaths {
  const own = cyclePaths(cycleId);
  return {
    contract: true,
    home: '/',
    dispatch: '/cong-van/',
    plans: '/ke-hoach/',
    summary: '/tong-hop/',
    actionMonth: '/thang-hanh-dong/',
    progress: '/tien-do/',
    period: (id) => (owners.get(id) === cycleId ? `/tien-do/${id}/` : own.period(id)),
  };
}

/** "2021-2023" from the years, for text (never hard-coded: a cycle may span 2026-2030). */
export function yearsLabel(cycle: Pick<Cycle, 'years'>): string {
  const first = Math.min(...cycle.years);
  const last = Math.max(...cycle.years);
  return first === last ? String(first) : `${first}-${last}`;
}

/** The unit groups as the dispatch addresses them, for sentences ("… của các sở, ban, ngành …"). */
export const GROUP_PHRASES: Record<UnitGroupId, string> = {
  tinh: 'các sở, ban, ngành, đoàn thể cấp tỉnh',
  huyen: 'UBND các huyện, thị xã, thành phố',
  xa: 'UBND các xã, phường',
};

/** "các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường" */
export function groupsPhrase(groups: readonly { id: UnitGroupId }[]): string {
  const parts = groups.map((g) => GROUP_PHRASES[g.id]);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

export interface AgencyView {
  /** "Sở Nội vụ"; "cơ quan thường trực" when the cycle does not name it. */
  name: string;
  named: boolean;
  contact?: { office: string; phone: string; email?: string | undefined } | undefined;
}

/** The standing agency of a cycle; its contact falls back to the dispatch's contact line. */
export function agencyOf(cycle: Pick<Cycle, 'standing_agency'>, dispatch?: Pick<Dispatch, 'contact'>): AgencyView {
  const agency = cycle.standing_agency;
  return { name: agency?.name ?? 'cơ quan thường trực', named: agency !== undefined, contact: agency?.contact ?? dispatch?.contact };
}

/** "tháng 8/2020" from a dispatch's issued month. */
export function issuedMonthLabel(issuedMonth: string): string {
  return `tháng ${Number(issuedMonth.slice(5))}/${issuedMonth.slice(0, 4)}`;
}

/** A page's title: on a cycle's own path it names the cycle ("Tổng hợp 2021-2023"). */
export function cycleTitle(title: string, cycle: { id: string } | undefined, paths: Pick<CyclePaths, 'contract'> | undefined): string {
  return cycle && paths && !paths.contract ? `${title} ${cycle.id}` : title;
}
