// The preview pane: the plan as its public page will show it (activities by task, money by
// source × year, with the same functions as src/pages/ke-hoach/[cycle]/[unit].astro), and a
// report's activities with the planned budget of the period's year beside what was spent.
import type { Cycle } from '../../../schemas/cycle.ts';
import { labelOf } from '../../../schemas/enum.ts';
import { PLAN_STATUSES, type Activity, type Plan } from '../../../schemas/plan.ts';
import { ACTIVITY_STATUSES } from '../../../schemas/report.ts';
import { formatDate } from '../../lib/format.ts';
import { formatMoney, toThousands } from '../../lib/money.ts';
import { activitiesByTask, activityBudget, planBudgetBySourceYear } from '../../lib/plans.ts';
import { withActivityIds } from '../activity-ids.ts';
import { h, plain, type Child, type PreviewProps } from './decap.ts';
import { siteData } from './site-data.ts';

type Row = Record<string, unknown>;
const rows = (v: unknown): Row[] => (Array.isArray(v) ? v.filter((x): x is Row => typeof x === 'object' && x !== null) : []);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** What can be shown of an activity still being written: only its well-formed budget lines count. */
export function previewActivity(a: Row): Activity {
  return {
    id: text(a['id']),
    title: text(a['title']),
    task: text(a['task']),
    action_month: a['action_month'] === true,
    budget: rows(a['budget'])
      .filter((b) => typeof b['year'] === 'number' && typeof b['amount'] === 'number' && typeof b['source'] === 'string')
      .map((b) => ({ year: b['year'] as number, source: b['source'] as never, amount: b['amount'] as number })),
  } as Activity;
}

/** What can be shown of a plan still being written. */
export function previewPlan(raw: unknown): Plan {
  const data = (withActivityIds(raw) ?? {}) as Row;
  return {
    unit: text(data['unit']),
    cycle: text(data['cycle']),
    status: data['status'] === 'submitted' ? 'submitted' : 'draft',
    activities: rows(data['activities']).map(previewActivity),
  } as Plan;
}

const cycleOf = (id: string): Cycle | undefined => siteData()?.cycles.find((c) => c.id === id);
const unitName = (id: string) => siteData()?.registry.units.find((u) => u.id === id)?.name ?? (id || 'Chưa chọn đơn vị');

function table(caption: string, head: Child[], body: Child[][], foot?: Child[]) {
  return h(
    'table',
    null,
    h('caption', null, caption),
    h('thead', null, h('tr', null, ...head.map((c, i) => h('th', { key: i, scope: 'col' }, c)))),
    h('tbody', null, ...body.map((r, i) => h('tr', { key: i }, ...r.map((c, j) => (j === 0 ? h('th', { key: j, scope: 'row' }, c) : h('td', { key: j }, c)))))),
    foot ? h('tfoot', null, h('tr', null, ...foot.map((c, i) => (i === 0 ? h('th', { key: i, scope: 'row' }, c) : h('td', { key: i }, c))))) : null,
  );
}

export function PlanPreview(props: PreviewProps) {
  const raw = plain(props.entry.get('data')) as Row;
  const plan = previewPlan(raw);
  const cycle = cycleOf(plan.cycle);
  const submittedOn = text(raw?.['submitted_on']);
  if (cycle === undefined) return h('p', null, 'Đang tải dữ liệu chu kỳ…');
  const budget = planBudgetBySourceYear(cycle, plan);
  const usedRows = budget.rows.map((r, i) => ({ r, i })).filter(({ i }) => (budget.rowTotals[i] ?? 0) > 0);
  return h(
    'article',
    null,
    h('p', { className: 'eyebrow' }, 'Xem trước: trang kế hoạch trên cổng thông tin'),
    h('h1', null, unitName(plan.unit)),
    h('p', null, `${cycle.title} · Trạng thái: ${labelOf(PLAN_STATUSES, plan.status)}${submittedOn ? ` · Ngày nộp: ${formatDate(submittedOn)}` : ''}`),
    h('h2', null, 'Hoạt động theo nhiệm vụ trọng tâm'),
    ...activitiesByTask(cycle, plan)
      .filter((group) => group.activities.length > 0)
      .map((group, i) =>
        h(
          'section',
          { key: i },
          h('h3', null, group.task.title),
          h('ul', null, ...group.activities.map((a, j) => h('li', { key: j }, `${a.title || 'Hoạt động chưa có tên'}${a.action_month ? ' (Tháng hành động)' : ''} — ${formatMoney(activityBudget(a))}`))),
        ),
      ),
    h('h2', null, 'Kinh phí theo nguồn và năm (triệu đồng)'),
    usedRows.length === 0
      ? h('p', null, 'Chưa có dòng kinh phí nào.')
      : table(
          'Kinh phí kế hoạch theo nguồn và năm',
          ['Nguồn', ...budget.years.map((y) => `Năm ${y}`), 'Cộng'],
          usedRows.map(({ r, i }) => [r.label, ...budget.years.map((_, y) => formatMoney(budget.values[i]?.[y] ?? 0)), formatMoney(budget.rowTotals[i] ?? 0)]),
          ['Tổng', ...budget.yearTotals.map((t) => formatMoney(t)), formatMoney(budget.total)],
        ),
  );
}

export function ReportPreview(props: PreviewProps) {
  const raw = (plain(props.entry.get('data')) ?? {}) as Row;
  const cycle = cycleOf(text(raw['cycle']));
  const period = cycle?.periods.find((p) => p.id === raw['period']);
  const plan = siteData()?.plans[`${text(raw['cycle'])}/${text(raw['unit'])}`];
  const lines = rows(raw['activities']).map((line) => {
    const activity = plan?.activities?.find((a) => a.id === line['activity']);
    const planned = activity && period ? activityBudget(activity, period.year) : undefined;
    const spent = typeof line['spent'] === 'number' ? toThousands(line['spent']) : undefined;
    return [
      activity?.title ?? (text(line['activity']) || 'Chưa chọn hoạt động'),
      text(line['status']) ? labelOf(ACTIVITY_STATUSES, line['status'] as never) : '—',
      planned === undefined ? '—' : formatMoney(planned),
      spent === undefined ? '—' : formatMoney(spent),
    ];
  });
  return h(
    'article',
    null,
    h('p', { className: 'eyebrow' }, 'Xem trước: báo cáo tiến độ'),
    h('h1', null, unitName(text(raw['unit']))),
    h('p', null, `${period?.label ?? ''}${text(raw['submitted_on']) ? ` · Ngày nộp: ${formatDate(text(raw['submitted_on']))}` : ''}`),
    lines.length === 0
      ? h('p', null, 'Chưa báo cáo hoạt động nào.')
      : table(`Tiến độ và kinh phí${period ? ` năm ${period.year}` : ''}`, ['Hoạt động', 'Tình trạng', 'Kế hoạch năm', 'Đã chi'], lines),
  );
}

export const PREVIEW_CSS = `
body { font-family: "Liberation Sans", Arial, sans-serif; color: #1b1b1b; margin: 16px; line-height: 1.5; }
.eyebrow { color: #555; font-size: 14px; text-transform: uppercase; letter-spacing: .04em; }
h1 { font-size: 24px; margin: 4px 0 8px; } h2 { font-size: 19px; margin-top: 24px; } h3 { font-size: 16px; margin: 16px 0 4px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } caption { text-align: left; font-weight: 700; margin-bottom: 6px; }
th, td { border: 1px solid #c8c8c8; padding: 6px 8px; text-align: left; } td { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; }
`;
