// The plan statuses of a cycle by unit group, each group cut into pages of LIST_LIMIT units
// (computed once per cycle for /ke-hoach/ and the group pages).
import type { Cycle } from '../../../schemas/cycle.ts';
import { plans, unitsOf } from '../../content.ts';
import { CYCLES_PATH, groupsOfCycle } from '../../lib/cycles.ts';
import { paginate } from '../../lib/page-lists.ts';
import { planStatuses, statusCounts, type UnitStatus } from '../../lib/plans.ts';

export interface PlanGroup {
  group: ReturnType<typeof groupsOfCycle>[number];
  members: UnitStatus[];
  counts: ReturnType<typeof statusCounts>;
  pages: UnitStatus[][];
}

const byCycle = new Map<string, { statuses: UnitStatus[]; groups: PlanGroup[] }>();

export function planGroups(cycle: Cycle): { statuses: UnitStatus[]; groups: PlanGroup[] } {
  let out = byCycle.get(cycle.id);
  if (out === undefined) {
    const units = unitsOf(cycle);
    const statuses = planStatuses(units, plans, cycle.id);
    const byGroup = new Map<string, UnitStatus[]>();
    for (const s of statuses) {
      const list = byGroup.get(s.unit.group);
      if (list === undefined) byGroup.set(s.unit.group, [s]);
      else list.push(s);
    }
    const groups = groupsOfCycle(cycle, units).map((g) => {
      const members = byGroup.get(g.id) ?? [];
      return { group: g, members, counts: statusCounts(members), pages: paginate(members) };
    });
    out = { statuses, groups };
    byCycle.set(cycle.id, out);
  }
  return out;
}

/** /chu-ky/<cycle>/ke-hoach/<group>/<n>/: page n of a group longer than one page. */
export function groupPagePath(cycleId: string, group: string, page: number): string {
  return `${CYCLES_PATH}${cycleId}/ke-hoach/${group}/${page}/`;
}
