// The date field: typed and shown as ngày/tháng/năm (15/09/2020), kept in the file as ISO
// (2020-09-15). A browser date picker would show the browser's own order (mm/dd/yyyy in
// many), so this is a plain text field with the reading said back. src/pipeline/date-text.ts.
import { parseDateInput } from '../../pipeline/date-text.ts';
import { formatDate } from '../../lib/format.ts';
import { createClass, h, type WidgetProps } from './decap.ts';
import { echoStyle, errorStyle } from './styles.ts';

/** "2020-09-15" → "ngày 15 tháng 9 năm 2020" */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

const textOf = (value: unknown): string => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : typeof value === 'string' ? value : '');

const todayIso = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

interface State {
  text: string;
}

// Made when Decap has loaded (window.createClass), not when this script is read.
export const DateControl = () =>
  createClass<State>({
  getInitialState() {
    return { text: textOf(this.props.value) };
  },
  componentDidUpdate(previous: WidgetProps) {
    if (previous.value !== this.props.value) {
      const parsed = parseDateInput(this.state.text);
      const shown = parsed.ok ? (parsed.value ?? '') : this.state.text;
      if (shown !== (this.props.value ?? '')) this.setState({ text: textOf(this.props.value) });
    }
  },
  set(text: string) {
    this.setState({ text });
    const parsed = parseDateInput(text);
    (this.props as WidgetProps).onChange(parsed.ok ? (parsed.value ?? '') : text);
  },
  handleChange(event: { target: { value: string } }) {
    (this['set'] as (t: string) => void)(event.target.value);
  },
  handleToday() {
    (this['set'] as (t: string) => void)(formatDate(todayIso()));
  },
  isValid() {
    const parsed = parseDateInput(this.state.text);
    return parsed.ok ? true : { error: { message: parsed.message } };
  },
  render() {
    const props = this.props;
    const parsed = parseDateInput(this.state.text);
    const echoId = `${props.forID}-y-nghia`;
    const echo = parsed.ok ? (parsed.value === undefined ? 'Gõ ngày/tháng/năm, ví dụ: 15/09/2020.' : `Là ${dateInWords(parsed.value)}.`) : parsed.message;
    return h(
      'div',
      null,
      h(
        'div',
        { style: { display: 'flex', gap: '8px', alignItems: 'center' } },
        h('input', {
          id: props.forID,
          className: props.classNameWrapper,
          type: 'text',
          inputMode: 'numeric',
          placeholder: 'ngày/tháng/năm',
          autoComplete: 'off',
          value: this.state.text,
          'aria-describedby': echoId,
          'aria-invalid': parsed.ok ? undefined : 'true',
          onChange: this['handleChange'],
          onFocus: props.setActiveStyle,
          onBlur: props.setInactiveStyle,
        }),
        h('button', { type: 'button', onClick: this['handleToday'], style: { whiteSpace: 'nowrap', padding: '8px 12px', cursor: 'pointer' } }, 'Hôm nay'),
      ),
      h('p', { id: echoId, style: parsed.ok ? echoStyle : errorStyle }, echo),
    );
  },
});

export function DatePreview(props: { value?: unknown }) {
  return h('span', null, typeof props.value === 'string' ? formatDate(props.value) : '');
}
