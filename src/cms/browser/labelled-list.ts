// Decap's list widget with rows that read as the site shows them: a collapsed budget line
// says "Năm 2021 · Ngân sách địa phương (tỉnh, huyện) · 45,5 triệu đồng", not the ids.
// A subclass of Decap's own ListControl that only changes how a row is labelled.
import { FUNDING_SOURCES } from '../../../schemas/funding-source.ts';
import { labelOf } from '../../../schemas/enum.ts';
import { ACTIVITY_STATUSES } from '../../../schemas/report.ts';
import { formatMoney, toThousands } from '../../lib/money.ts';
import { activityBudget } from '../../lib/plans.ts';
import type { Activity } from '../../../schemas/plan.ts';
import { plain, type Immutable } from './decap.ts';
import { siteData } from './site-data.ts';

type Row = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The label of one row of a plan's or report's list, from its plain data. */
export function rowLabel(row: Row, report?: { cycle: string; unit: string }): string | undefined {
  if ('amount' in row || ('year' in row && 'source' in row)) {
    const parts = [row['year'] ? `Năm ${String(row['year'])}` : 'Chưa chọn năm'];
    parts.push(text(row['source']) ? labelOf(FUNDING_SOURCES, row['source'] as never) : 'chưa chọn nguồn');
    parts.push(typeof row['amount'] === 'number' ? formatMoney(toThousands(row['amount'])) : 'chưa có số tiền');
    return parts.join(' · ');
  }
  if ('activity' in row || 'spent' in row) {
    const id = text(row['activity']);
    const plan = report ? siteData()?.plans[`${report.cycle}/${report.unit}`] : undefined;
    const title = plan?.activities?.find((a) => a.id === id)?.title ?? (id || 'Chưa chọn hoạt động');
    const status = text(row['status']) ? labelOf(ACTIVITY_STATUSES, row['status'] as never) : 'chưa chọn tình trạng';
    return `${title} · ${status}`;
  }
  if ('title' in row || 'task' in row) {
    // Every line with an amount counts in the row's total, year and source chosen or not yet.
    const lines = (Array.isArray(row['budget']) ? (row['budget'] as Row[]) : []).filter((line) => typeof line['amount'] === 'number');
    const total = activityBudget({ budget: lines } as unknown as Activity);
    return `${text(row['title']) || 'Hoạt động chưa có tên'}${total > 0 ? ` · ${formatMoney(total)}` : ''}`;
  }
  return undefined;
}

interface ListInstance {
  props: { entry?: Immutable; getEntry?: () => Immutable };
}

/** Decap's ListControl, with rows labelled by rowLabel(); undefined if Decap has no list widget. */
export function labelledListControl(): unknown {
  const List = window.CMS.getWidget('list')?.control as (new (...args: unknown[]) => { objectLabel(item: unknown): string }) | undefined;
  if (List === undefined || typeof List.prototype.objectLabel !== 'function') return List;
  return class LabelledList extends List {
    override objectLabel(item: unknown): string {
      const row = plain(item);
      const self = this as unknown as ListInstance;
      const data = plain((self.props.getEntry?.() ?? self.props.entry)?.get('data')) as Row | undefined;
      const report = data && typeof data['period'] === 'string' ? { cycle: text(data['cycle']), unit: text(data['unit']) } : undefined;
      const label = row && typeof row === 'object' ? rowLabel(row as Row, report) : undefined;
      return label ?? super.objectLabel(item);
    }
  };
}
