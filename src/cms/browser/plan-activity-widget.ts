// A report's activity, picked from the unit's own plan (admin/form-data.json) rather than
// typed: the officer sees each activity's title and what the plan budgeted for the
// period's year beside the amount reported as spent.
import { formatMoney } from '../../lib/money.ts';
import { activityBudget } from '../../lib/plans.ts';
import type { Activity, Plan } from '../../../schemas/plan.ts';
import { createClass, currentEntry, h, type WidgetProps } from './decap.ts';
import { siteData } from './site-data.ts';
import { echoStyle, errorStyle } from './styles.ts';

interface Context {
  plan: Plan | undefined;
  unit: string | undefined;
  year: number | undefined;
}

/** The plan of the report's unit in the report's cycle, and the year of its period. */
export function reportContext(props: WidgetProps): Context {
  const { data } = currentEntry(props);
  const report = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const unit = typeof report['unit'] === 'string' && report['unit'] !== '' ? report['unit'] : undefined;
  const cycleId = String(report['cycle'] ?? '');
  const site = siteData();
  const cycle = site?.cycles.find((c) => c.id === cycleId);
  const year = cycle?.periods.find((p) => p.id === report['period'])?.year;
  return { plan: unit ? site?.plans[`${cycleId}/${unit}`] : undefined, unit, year };
}

/** "Kế hoạch năm 2021: 45,5 triệu đồng (cả chu kỳ: 55,5 triệu đồng)" */
export function plannedText(activity: Activity, year: number | undefined): string {
  const all = activityBudget(activity);
  if (all === 0) return 'Kế hoạch không ghi kinh phí cho hoạt động này.';
  const whole = `cả chu kỳ: ${formatMoney(all)}`;
  return year === undefined ? `Kinh phí kế hoạch (${whole}).` : `Kinh phí kế hoạch năm ${year}: ${formatMoney(activityBudget(activity, year))} (${whole}).`;
}

// Made when Decap has loaded (window.createClass), not when this script is read.
export const PlanActivityControl = () =>
  createClass<Record<string, never>>({
  componentDidMount() {
    // The unit is chosen in another field: look again now and then.
    this['timer'] = window.setInterval(() => (this as unknown as { forceUpdate(): void }).forceUpdate(), 1000);
  },
  componentWillUnmount() {
    window.clearInterval(this['timer'] as number);
  },
  handleChange(event: { target: { value: string } }) {
    (this.props as WidgetProps).onChange(event.target.value);
  },
  render() {
    const props = this.props;
    const { plan, unit, year } = reportContext(props);
    const value = typeof props.value === 'string' ? props.value : '';
    const activities = plan?.activities ?? [];
    const chosen = activities.find((a) => a.id === value);
    const noteId = `${props.forID}-ke-hoach`;
    let note: string;
    let noteStyle = echoStyle;
    if (unit === undefined) note = 'Chọn đơn vị ở đầu biểu mẫu trước: danh sách hoạt động lấy từ kế hoạch của đơn vị.';
    else if (plan === undefined) {
      note = 'Đơn vị chưa có kế hoạch đã công bố trong chu kỳ này, nên chưa chọn được hoạt động. Hãy nộp kế hoạch trước.';
      noteStyle = errorStyle;
    } else if (value !== '' && chosen === undefined) {
      note = 'Hoạt động này không còn trong kế hoạch của đơn vị: hãy chọn lại.';
      noteStyle = errorStyle;
    } else note = chosen ? plannedText(chosen, year) : 'Chọn một hoạt động trong kế hoạch của đơn vị.';
    const options = [
      h('option', { key: '', value: '' }, '— Chọn hoạt động —'),
      ...activities.map((a, i) => h('option', { key: a.id, value: a.id }, `${i + 1}. ${a.title}`)),
      ...(value !== '' && chosen === undefined ? [h('option', { key: value, value }, `${value} (không còn trong kế hoạch)`)] : []),
    ];
    return h(
      'div',
      null,
      h(
        'select',
        {
          id: props.forID,
          className: props.classNameWrapper,
          value,
          disabled: plan === undefined,
          'aria-describedby': noteId,
          onChange: this['handleChange'],
          onFocus: props.setActiveStyle,
          onBlur: props.setInactiveStyle,
          style: { width: '100%' },
        },
        ...options,
      ),
      h('p', { id: noteId, style: noteStyle }, note),
    );
  },
});
