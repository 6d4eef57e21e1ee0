// All content, loaded once (the withastro/docs pattern): pages import plain typed arrays
// and maps from here and hand them to the pure functions of src/lib/. Only this file
// calls getCollection.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Cycle } from '../schemas/cycle.ts';
import type { Dispatch } from '../schemas/dispatch.ts';
import type { Guidance } from '../schemas/guidance.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Report } from '../schemas/report.ts';
import { UNIT_GROUPS, UNIT_KINDS, type Unit } from '../schemas/unit.ts';
import { contractPaths, currentOf, cyclePaths, periodOwners, registryLinks, sortCycles, unitsOfCycle, type CyclePaths } from './lib/cycles.ts';

export interface PlanEntry {
  /** `<cycle>/<unit>` */
  id: string;
  cycle: string;
  unit: string;
  /** Path from the content root, e.g. content/plans/2021-2023/huyen-quang-xuong.yaml */
  file: string;
  data: Plan;
}

export interface ReportEntry {
  /** `<cycle>/<period>/<unit>` */
  id: string;
  cycle: string;
  period: string;
  unit: string;
  file: string;
  data: Report;
}

export interface GuidanceEntry {
  id: string;
  file: string;
  data: Guidance;
  /** The Astro entry, for render(entry) → <Content />. */
  entry: CollectionEntry<'guidance'>;
}

export interface DispatchEntry {
  id: string;
  file: string;
  data: Dispatch;
  entry: CollectionEntry<'dispatches'>;
}

const [unitEntries, cycleEntries, dispatchEntries, guidanceEntries, planEntries, reportEntries] = await Promise.all([
  getCollection('units'),
  getCollection('cycles'),
  getCollection('dispatches'),
  getCollection('guidance'),
  getCollection('plans'),
  getCollection('reports'),
]);

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

const GROUP_ORDER: string[] = UNIT_GROUPS.map((g) => g.id);
const KIND_ORDER: string[] = UNIT_KINDS.map((k) => k.id);

/** The registry: provincial bodies first, then districts; by kind, then by Vietnamese name. */
export const units: Unit[] = unitEntries
  .map((e) => e.data as Unit)
  .sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.name.localeCompare(b.name, 'vi'),
  );
export const unitById: Map<string, Unit> = byId(units);

/** Every cycle, sorted by id (oldest first). */
export const cycles: Cycle[] = sortCycles(cycleEntries.map((e) => e.data as Cycle));
export const cycleById: Map<string, Cycle> = byId(cycles);
/** The cycle the site is about (the newest). Undefined only if content has no cycle. */
export const currentCycle: Cycle | undefined = currentOf(cycles);
/** Cycles other than the current one: the archive. */
export const isArchived = (cycle: Cycle): boolean => cycle.id !== currentCycle?.id;

const cycleUnits = new Map(cycles.map((c) => [c.id, unitsOfCycle(c, units)]));
/** The units of a cycle (those that existed then, in its groups), under their names of the time. */
export function unitsOf(cycle: Cycle): Unit[] {
  return cycleUnits.get(cycle.id) ?? [];
}

const cycleUnitById = new Map([...cycleUnits].map(([id, list]) => [id, byId(list)]));
/** One unit of a cycle under its name of the time; undefined when the cycle does not concern it. */
export function unitOf(cycle: Cycle, unitId: string): Unit | undefined {
  return cycleUnitById.get(cycle.id)?.get(unitId);
}

const links = registryLinks(units);
/** The units that took over this one's work (src/lib/cycles.ts successorsOf), read from one index. */
export const successorsOfUnit = (unitId: string): readonly Unit[] => links.successors.get(unitId) ?? [];
/** The units whose work this one took over (src/lib/cycles.ts predecessorsOf), read from one index. */
export const predecessorsOfUnit = (unitId: string): readonly Unit[] => links.predecessors.get(unitId) ?? [];

/** Who owns each /tien-do/<period>/ page (src/lib/cycles.ts periodOwners). */
export const periodOwner: ReadonlyMap<string, string> = periodOwners(cycles);

/** The links of a cycle's pages: the contract paths for the current cycle's contract pages, else /chu-ky/<cycle>/. */
export function pathsOf(cycle: Cycle, contract = false): CyclePaths {
  return contract && !isArchived(cycle) ? contractPaths(cycle.id, periodOwner) : cyclePaths(cycle.id);
}

export const dispatches: DispatchEntry[] = dispatchEntries.map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data as Dispatch, entry: e }));
export const dispatchById: Map<string, DispatchEntry> = byId(dispatches);
/** The dispatch of the current cycle. */
export const currentDispatch: DispatchEntry | undefined = currentCycle ? dispatchById.get(currentCycle.dispatch) : dispatches[0];
export const dispatchOf = (cycle: Cycle): DispatchEntry | undefined => dispatchById.get(cycle.dispatch);

/** Guidance pages sorted by their `order`, then id. */
export const guidance: GuidanceEntry[] = guidanceEntries
  .map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data as Guidance, entry: e }))
  .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

/** Every plan (drafts included: src/lib/plans.ts decides what counts). */
export const plans: PlanEntry[] = planEntries
  .map((e) => {
    const data = e.data as Plan;
    return { id: e.id, cycle: data.cycle, unit: data.unit, file: e.filePath ?? '', data };
  })
  .sort((a, b) => a.id.localeCompare(b.id));
export const planById: Map<string, PlanEntry> = byId(plans);

/** Entries grouped by cycle id, in their order: one pass, then read by key. */
function byCycle<T extends { cycle: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.cycle);
    if (list === undefined) out.set(item.cycle, [item]);
    else list.push(item);
  }
  return out;
}

const plansByCycle = byCycle(plans);

/** A cycle's plans (read-only: shared by every page). */
export function plansOf(cycle: string): readonly PlanEntry[] {
  return plansByCycle.get(cycle) ?? [];
}

export function planOf(cycle: string, unit: string): PlanEntry | undefined {
  return planById.get(`${cycle}/${unit}`);
}

export const reports: ReportEntry[] = reportEntries
  .map((e) => {
    const data = e.data as Report;
    return { id: e.id, cycle: data.cycle, period: data.period, unit: data.unit, file: e.filePath ?? '', data };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

const reportsByCycle = byCycle(reports);

/** A cycle's reports (read-only: shared by every page). */
export function reportsOf(cycle: string): readonly ReportEntry[] {
  return reportsByCycle.get(cycle) ?? [];
}

export interface CycleProps {
  cycle: Cycle;
}

/** getStaticPaths of a page built once per cycle: /chu-ky/<cycle>/… */
export function cycleStaticPaths(): { params: { cycle: string }; props: CycleProps }[] {
  return cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }));
}
