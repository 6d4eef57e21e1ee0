// Rules that need more than one file: the file name is the key, ids refer to the registry,
// the cycle and the unit's own plan. Each rule costs one lookup per reference (linear in N).
import type { Cycle } from '../../schemas/cycle.ts';
import { UNIT_GROUPS, type Unit } from '../../schemas/unit.ts';
import { labelOf } from '../../schemas/enum.ts';
import { cycleSpan, successorsOf, unitInCycle } from '../lib/cycles.ts';
import { formatDate } from '../lib/format.ts';
import type { ContentIssue } from './issue.ts';
import { closest } from './suggest.ts';
import { listChoices, shortList } from './wording.ts';
import { issueAt, type Located } from './validate-file.ts';
import type { ContentSet, Entry } from './content-set.ts';

/** What a cross-file rule needs to place its error: the parsed file of each entry. */
export type LocateEntry = (file: string) => Located;

/**
 * What the cross-file rules read of a plan or a report. A valid entry has all of it; an
 * entry salvaged from a file that failed its schema (salvage.ts) has what was well-formed,
 * so that one run of the validator names every mistake, within the file and across files.
 */
export interface PlanRefs {
  unit?: string | undefined;
  cycle?: string | undefined;
  activities?: { task?: string | undefined; budget?: { year?: number | undefined }[] | undefined }[] | undefined;
}

export interface ReportRefs {
  unit?: string | undefined;
  cycle?: string | undefined;
  period?: string | undefined;
  activities?: { activity?: string | undefined }[] | undefined;
}

/** The entries whose references are checked; lookups always use the valid content. */
export interface Subjects {
  plans: readonly Entry<PlanRefs>[];
  reports: readonly Entry<ReportRefs>[];
}

/** Files that exist but did not validate: rules about them stay silent (their own errors say it). */
export interface KnownInvalid {
  registry: boolean;
  cycles: Set<string>;
  dispatches: Set<string>;
  /** `<cycle>/<unit>` */
  plans: Set<string>;
}

export function crossCheck(
  content: ContentSet,
  invalid: KnownInvalid,
  locate: LocateEntry,
  subjects: Subjects = content,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const unitIds = new Set(content.registry?.data.units.map((u) => u.id) ?? []);
  const unitList = [...unitIds];
  const registryUnits = content.registry?.data.units ?? [];
  const unitById = new Map(registryUnits.map((u) => [u.id, u]));
  const cycles = new Map(content.cycles.map((c) => [c.data.id, c.data]));
  const dispatchIds = new Set(content.dispatches.map((d) => d.data.id));
  const planActivities = new Map(content.plans.map((p) => [`${p.data.cycle}/${p.data.unit}`, p.data.activities?.map((a) => a.id) ?? []]));
  const registryKnown = content.registry !== undefined || invalid.registry;

  const at = (entry: Entry<unknown>, path: (string | number)[], rule: string, message: string) =>
    issues.push(issueAt(locate(entry.file), path, rule, message));

  const fileStem = (entry: Entry<unknown>) => entry.id.split('/').pop() ?? '';

  /** The unit of a plan or report: in the registry, and the file is named after it. */
  function checkUnit(entry: Entry<{ unit?: string | undefined }>, what: string) {
    const unit = entry.data.unit;
    if (unit === undefined) return;
    const stem = fileStem(entry);
    if (content.registry !== undefined && !unitIds.has(unit)) {
      const guess = closest(unit, unitList);
      at(entry, ['unit'], 'unit-unknown', `Mã đơn vị "${unit}" không có trong danh mục đơn vị (content/units.yaml).${guess ? ` Có phải là "${guess}"?` : ''} Tra mã của đơn vị mình trên trang /ke-hoach/.`);
    } else if (unit !== stem) {
      at(entry, ['unit'], 'unit-file-mismatch', `Mã đơn vị "${unit}" khác tên tệp "${stem}.yaml". Tên tệp ${what} phải là mã đơn vị: sửa "unit: ${stem}" hoặc đổi tên tệp thành "${unit}.yaml".`);
    }
  }

  /** The cycle of a plan or report: it exists, and the folder is named after it. */
  function checkCycle(entry: Entry<{ cycle?: string | undefined }>, folderCycle: string): Cycle | undefined {
    const cycle = entry.data.cycle;
    if (cycle === undefined) return undefined;
    if (cycle !== folderCycle) {
      at(entry, ['cycle'], 'cycle-folder-mismatch', `Chu kỳ "${cycle}" khác thư mục "${folderCycle}" chứa tệp. Hãy ghi "cycle: ${folderCycle}" hoặc chuyển tệp sang thư mục ${cycle}.`);
      return undefined;
    }
    const found = cycles.get(cycle);
    if (found === undefined && !invalid.cycles.has(cycle)) {
      at(entry, ['cycle'], 'cycle-unknown', `Không có chu kỳ kế hoạch "${cycle}" (content/cycles/${cycle}.yaml). Các chu kỳ hiện có: ${[...cycles.keys()].join(', ') || 'chưa có'}.`);
    }
    return found;
  }

  /** The unit existed in the cycle and its group plans in it (docs/format.md "Cycles over time"). */
  function checkUnitInCycle(entry: Entry<{ unit?: string | undefined }>, cycle: Cycle, what: string) {
    const unit = entry.data.unit === undefined ? undefined : unitById.get(entry.data.unit);
    if (unit === undefined || fileStem(entry) !== unit.id) return;
    const why = unitInCycle(unit, cycle);
    if (why === 'ok') return;
    at(entry, ['unit'], 'unit-not-in-cycle', unitNotInCycleMessage(unit, cycle, why, what, registryUnits));
  }

  if (content.registry === undefined && !invalid.registry) {
    issues.push({ file: 'content/units.yaml', line: 1, column: 1, path: '', rule: 'registry-missing', message: 'Thiếu danh mục đơn vị content/units.yaml: mọi kế hoạch và báo cáo đều dựa vào danh mục này.' });
  }

  for (const entry of content.cycles) {
    if (entry.data.id !== entry.id) at(entry, ['id'], 'id-file-mismatch', `Mã chu kỳ "${entry.data.id}" khác tên tệp "${entry.id}.yaml". Hãy ghi "id: ${entry.id}".`);
    if (!dispatchIds.has(entry.data.dispatch) && !invalid.dispatches.has(entry.data.dispatch)) {
      at(entry, ['dispatch'], 'dispatch-unknown', `Không có công văn "${entry.data.dispatch}" trong content/dispatches/.`);
    }
    const agencyUnit = entry.data.standing_agency?.unit;
    if (agencyUnit !== undefined && content.registry !== undefined && !unitIds.has(agencyUnit)) {
      at(entry, ['standing_agency', 'unit'], 'unit-unknown', `Mã đơn vị "${agencyUnit}" của cơ quan thường trực không có trong danh mục đơn vị (content/units.yaml).`);
    }
  }

  for (const entry of content.dispatches) {
    if (entry.data.id !== entry.id) at(entry, ['id'], 'id-file-mismatch', `Mã công văn "${entry.data.id}" khác tên tệp "${entry.id}.md". Hãy ghi "id: ${entry.id}".`);
  }

  for (const entry of subjects.plans) {
    const [folderCycle = ''] = entry.id.split('/');
    if (registryKnown) checkUnit(entry, 'kế hoạch');
    const cycle = checkCycle(entry, folderCycle);
    if (cycle === undefined) continue;
    checkUnitInCycle(entry, cycle, 'kế hoạch');
    const taskIds = cycle.tasks.map((t) => t.id);
    entry.data.activities?.forEach((activity, i) => {
      if (activity.task !== undefined && !taskIds.includes(activity.task)) {
        const guess = closest(activity.task, taskIds);
        at(entry, ['activities', i, 'task'], 'task-unknown', `Nhiệm vụ "${activity.task}" không phải nhiệm vụ trọng tâm của chu kỳ ${cycle.id}.${guess ? ` Có phải là "${guess}"?` : ''} Chọn một trong: ${listChoices(taskIds, cycle.tasks.map((t) => ({ id: t.id, label: t.title })))}.`);
      }
      activity.budget?.forEach((line, j) => {
        if (line.year !== undefined && !cycle.years.includes(line.year)) {
          at(entry, ['activities', i, 'budget', j, 'year'], 'year-not-in-cycle', `Năm ${line.year} không thuộc chu kỳ ${cycle.id}. Chỉ ghi kinh phí cho các năm: ${cycle.years.join(', ')}.`);
        }
      });
    });
  }

  for (const entry of subjects.reports) {
    const [folderCycle = '', folderPeriod = ''] = entry.id.split('/');
    if (registryKnown) checkUnit(entry, 'báo cáo');
    const cycle = checkCycle(entry, folderCycle);
    const period = entry.data.period;
    if (period === undefined) {
      // the period field itself is malformed: its own error says so
    } else if (period !== folderPeriod) {
      at(entry, ['period'], 'period-folder-mismatch', `Kỳ báo cáo "${entry.data.period}" khác thư mục "${folderPeriod}" chứa tệp. Hãy ghi "period: ${folderPeriod}".`);
    } else if (cycle !== undefined && !cycle.periods.some((p) => p.id === period)) {
      const ids = cycle.periods.map((p) => p.id);
      const guess = closest(period, ids);
      at(entry, ['period'], 'period-unknown', `Kỳ báo cáo "${period}" không có trong chu kỳ ${cycle.id}.${guess ? ` Có phải là "${guess}"?` : ''} Các kỳ: ${ids.join(', ')}.`);
    }
    const unit = entry.data.unit;
    if (cycle === undefined || unit === undefined) continue;
    checkUnitInCycle(entry, cycle, 'báo cáo');
    const planKey = `${cycle.id}/${unit}`;
    const activityIds = planActivities.get(planKey);
    if (activityIds === undefined) {
      if (!invalid.plans.has(planKey) && unitIds.has(unit)) {
        at(entry, ['unit'], 'plan-missing', `Đơn vị "${unit}" chưa có kế hoạch trong chu kỳ ${cycle.id}. Báo cáo tiến độ dựa trên các hoạt động của kế hoạch: hãy nộp kế hoạch trước.`);
      }
      continue;
    }
    const known = new Set(activityIds);
    entry.data.activities?.forEach((progress, i) => {
      if (progress.activity !== undefined && !known.has(progress.activity)) {
        const guess = closest(progress.activity, activityIds);
        at(entry, ['activities', i, 'activity'], 'activity-unknown', `Hoạt động "${progress.activity}" không có trong kế hoạch của đơn vị.${guess ? ` Có phải là "${guess}"?` : ''} Các mã hoạt động trong kế hoạch: ${shortList(activityIds) || 'chưa có'}.`);
      }
    });
  }

  return issues;
}

/** Why a unit may not file in a cycle, and what to do instead, in Vietnamese. */
export function unitNotInCycleMessage(unit: Unit, cycle: Cycle, why: 'ended' | 'not-yet' | 'other-group', what: string, units: readonly Unit[]): string {
  const span = cycleSpan(cycle);
  const head = `Đơn vị "${unit.id}" (${unit.name}) không thuộc chu kỳ ${cycle.id} (${formatDate(span.from)} - ${formatDate(span.to)})`;
  if (why === 'other-group') {
    const groups = (cycle.unit_groups ?? []).map((g) => labelOf(UNIT_GROUPS, g)).join('; ');
    return `${head}: khối "${labelOf(UNIT_GROUPS, unit.group)}" không lập kế hoạch trong chu kỳ này (các khối lập kế hoạch: ${groups}). Không tạo ${what} cho đơn vị này.`;
  }
  if (why === 'not-yet') {
    return `${head}: đơn vị có hiệu lực từ ngày ${formatDate(unit.valid_from ?? '')}, sau khi chu kỳ kết thúc. Hãy lập ${what} trong chu kỳ mới.`;
  }
  const next = successorsOf(unit, units).filter((u) => unitInCycle(u, cycle) === 'ok');
  const instead = next.length > 0 ? ` Đơn vị kế tục trong chu kỳ này: ${next.map((u) => `${u.name} (${u.id})`).join(', ')}; ${what} thuộc về đơn vị kế tục.` : ' Xóa tệp này.';
  return `${head}: đơn vị chỉ hoạt động đến hết ngày ${formatDate(unit.valid_until ?? '')}, trước khi chu kỳ bắt đầu.${instead}`;
}
