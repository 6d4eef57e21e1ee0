// A text field that reads what a person types (an amount, a date), says back what it
// understood, keeps a refused text as it was typed (so nothing can be saved until it is
// fixed: isValid), and stores exactly the value it understood. The money and date fields.
import { createClass, h, type Child, type WidgetProps } from './decap.ts';
import { echoStyle, errorStyle } from './styles.ts';

export type Reading<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

export interface TypedField<T> {
  /** What the text means, or why it is refused. */
  read(text: string): Reading<T>;
  /** A stored value as the field shows it. */
  show(value: T): string;
  /** Whether a stored value is one of ours (else it is shown as the text it is). */
  accepts(value: unknown): value is T;
  /** The sentence under the field for an understood value, and for an empty field. */
  echo(value: T): string;
  hint: string;
  inputMode: 'decimal' | 'numeric';
  placeholder?: string;
  /** A button beside the field that fills it in (the date's "Hôm nay"). */
  button?: { label: string; text: () => string };
}

interface State {
  text: string;
}

// Made when Decap has loaded (window.createClass), not when this script is read.
export function typedFieldControl<T>(field: TypedField<T>) {
  const textOf = (value: unknown): string => (field.accepts(value) ? field.show(value) : typeof value === 'string' ? value : '');
  return createClass<State>({
    getInitialState() {
      return { text: textOf(this.props.value) };
    },
    componentDidUpdate(previous: WidgetProps) {
      // The value was replaced from outside (an entry loaded, a list item moved): show it.
      if (previous.value === this.props.value) return;
      const reading = field.read(this.state.text);
      const shown = reading.ok ? (reading.value ?? '') : this.state.text;
      if (shown !== (this.props.value ?? '')) this.setState({ text: textOf(this.props.value) });
    },
    set(text: string) {
      this.setState({ text });
      const reading = field.read(text);
      (this.props as WidgetProps).onChange(reading.ok ? (reading.value ?? '') : text);
    },
    handleChange(event: { target: { value: string } }) {
      (this['set'] as (t: string) => void)(event.target.value);
    },
    handleButton() {
      if (field.button) (this['set'] as (t: string) => void)(field.button.text());
    },
    isValid() {
      const reading = field.read(this.state.text);
      return reading.ok ? true : { error: { message: reading.message } };
    },
    render() {
      const props = this.props;
      const reading = field.read(this.state.text);
      const echoId = `${props.forID}-y-nghia`;
      const echo = reading.ok ? (reading.value === undefined ? field.hint : field.echo(reading.value)) : reading.message;
      const input = h('input', {
        id: props.forID,
        className: props.classNameWrapper,
        type: 'text',
        inputMode: field.inputMode,
        placeholder: field.placeholder,
        autoComplete: 'off',
        spellCheck: false,
        value: this.state.text,
        'aria-describedby': echoId,
        'aria-invalid': reading.ok ? undefined : 'true',
        onChange: this['handleChange'],
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
      });
      const row: Child = field.button
        ? h('div', { style: { display: 'flex', gap: '8px', alignItems: 'center' } }, input, h('button', { type: 'button', onClick: this['handleButton'], style: { whiteSpace: 'nowrap', padding: '8px 12px', cursor: 'pointer' } }, field.button.label))
        : input;
      return h('div', null, row, h('p', { id: echoId, 'data-echo': '', style: reading.ok ? echoStyle : errorStyle }, echo));
    },
  });
}
