// A select (the plan's status, the report's unit) with, under it, the project's own check
// of the whole entry (src/cms/form-rules.ts: the rules and messages of `npm run validate`).
// While a problem remains the entry cannot be saved: a file that the validator would refuse
// never reaches the repository, and the officer reads why here, before saving, not in CI.
import { checkEntry, entryFile, type FormProblem } from '../form-rules.ts';
import { createClass, currentEntry, h, type WidgetProps } from './decap.ts';
import { siteData, siteDataFailure } from './site-data.ts';
import { okPanelStyle, problemPanelStyle } from './styles.ts';

/** The problems of the entry in this form, or a sentence saying why it cannot be checked. */
export function problemsOf(props: WidgetProps): FormProblem[] | string {
  const site = siteData();
  if (site === undefined) return siteDataFailure() ?? 'Đang tải dữ liệu kiểm tra…';
  const { data, folder } = currentEntry(props);
  return checkEntry(entryFile(folder, data), data, site);
}

const REFRESH_MS = 700;

interface State {
  problems: FormProblem[] | string;
}

// Made when Decap has loaded (window.createClass), not when this script is read.
export const CheckedSelectControl = () =>
  createClass<State>({
  getInitialState() {
    return { problems: problemsOf(this.props) };
  },
  componentDidMount() {
    // Decap re-renders a field when its own value changes; the check reads the whole entry.
    this['timer'] = window.setInterval(() => this['refresh'] && (this['refresh'] as () => void)(), REFRESH_MS);
  },
  componentWillUnmount() {
    window.clearInterval(this['timer'] as number);
  },
  refresh() {
    const problems = problemsOf(this.props);
    if (JSON.stringify(problems) === JSON.stringify(this.state.problems)) return;
    this.setState({ problems });
    // All fixed: take back the "cannot save" that a refused save left above the field.
    if (Array.isArray(problems) && problems.length === 0) (this.props['validate'] as (() => void) | undefined)?.();
  },
  isValid() {
    const problems = problemsOf(this.props);
    this.setState({ problems });
    if (typeof problems === 'string') return true; // the CI check still runs on the save
    return problems.length === 0 ? true : { error: { message: `Chưa lưu được: còn ${problems.length} điểm cần sửa, liệt kê ngay dưới ô này.` } };
  },
  render() {
    const Select = window.CMS.getWidget('select')?.control;
    const problems = this.state.problems;
    let panel: ReturnType<typeof h>;
    if (typeof problems === 'string') {
      panel = h('div', { style: problemPanelStyle, role: 'status' }, problems);
    } else if (problems.length === 0) {
      panel = h('div', { style: okPanelStyle, role: 'status', 'data-check': 'ok' }, '✓ Kiểm tra: không có lỗi. Lưu được; khi gửi duyệt, bài được kiểm tra lại như trên máy chủ.');
    } else {
      panel = h(
        'div',
        { style: problemPanelStyle, role: 'status', 'data-check': 'problems' },
        h('p', { style: { margin: '0 0 6px', fontWeight: 700 } }, `Kiểm tra: còn ${problems.length} điểm cần sửa trước khi lưu`),
        h(
          'ul',
          { style: { margin: 0, paddingLeft: '20px' } },
          problems.map((p, i) => h('li', { key: i, 'data-path': p.path }, h('strong', null, `${p.field}: `), p.message)),
        ),
      );
    }
    return h('div', null, Select ? h(Select, { ...this.props }) : null, panel);
  },
});
