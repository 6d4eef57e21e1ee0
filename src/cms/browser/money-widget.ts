// The money field (triệu đồng) for Vietnamese officers: reads 45,5 and 45.5 alike, refuses
// what could mean two numbers (45.500) or is not a number (45 triệu), says back what it
// understood (45,5 triệu đồng) and in words, as financial documents do, and stores exactly
// that number. The parsing is the validator's (src/pipeline/number-text.ts).
import { isWholeThousands, MAX_AMOUNT_MILLION } from '../../../schemas/common.ts';
import { formatMoney, toThousands } from '../../lib/money.ts';
import { thousandsInWords } from '../../lib/money-words.ts';
import { amountForInput, parseAmountInput } from '../../pipeline/number-text.ts';
import { createClass, h, type WidgetProps } from './decap.ts';
import { errorStyle, echoStyle } from './styles.ts';

type Verdict = { ok: true; value: number | undefined } | { ok: false; message: string };

/** What the typed text means, with the schema's range and precision. */
export function readAmount(text: string): Verdict {
  const parsed = parseAmountInput(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const value = parsed.value;
  if (value === undefined) return { ok: true, value };
  if (value > MAX_AMOUNT_MILLION) {
    return { ok: false, message: `Số tiền quá lớn: tối đa ${formatMoney(toThousands(MAX_AMOUNT_MILLION))} một dòng. Ô này tính bằng triệu đồng: kiểm tra xem có gõ nhầm ra đồng không.` };
  }
  if (!isWholeThousands(value)) return { ok: false, message: 'Số tiền tính bằng triệu đồng, lẻ đến nghìn đồng: tối đa 3 chữ số sau dấu phẩy, ví dụ 12,345.' };
  return { ok: true, value };
}

/** "45,5 triệu đồng (Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng)" */
export function amountEcho(value: number): string {
  return `= ${formatMoney(toThousands(value))}. Bằng chữ: ${thousandsInWords(toThousands(value))}.`;
}

const textOf = (value: unknown): string => (typeof value === 'number' ? amountForInput(value) : typeof value === 'string' ? value : '');

interface State {
  text: string;
}

// Made when Decap has loaded (window.createClass), not when this script is read.
export const MoneyControl = () =>
  createClass<State>({
  getInitialState() {
    return { text: textOf(this.props.value) };
  },
  componentDidUpdate(previous: WidgetProps) {
    // The value was replaced from outside (an entry loaded, a list item moved): show it.
    if (previous.value !== this.props.value) {
      const verdict = readAmount(this.state.text);
      const shown = verdict.ok ? verdict.value : this.state.text;
      if (shown !== this.props.value && !(shown === undefined && this.props.value === '')) this.setState({ text: textOf(this.props.value) });
    }
  },
  handleChange(event: { target: { value: string } }) {
    const text = event.target.value;
    this.setState({ text });
    const verdict = readAmount(text);
    // A refused text is kept as text: the form shows why, and nothing can be saved until it is fixed.
    (this.props as WidgetProps).onChange(verdict.ok ? (verdict.value ?? '') : text);
  },
  isValid() {
    const verdict = readAmount(this.state.text);
    return verdict.ok ? true : { error: { message: verdict.message } };
  },
  render() {
    const props = this.props;
    const verdict = readAmount(this.state.text);
    const echoId = `${props.forID}-y-nghia`;
    return h(
      'div',
      null,
      h('input', {
        id: props.forID,
        className: props.classNameWrapper,
        type: 'text',
        inputMode: 'decimal',
        autoComplete: 'off',
        spellCheck: false,
        value: this.state.text,
        'aria-describedby': echoId,
        'aria-invalid': verdict.ok ? undefined : 'true',
        onChange: this['handleChange'],
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
      }),
      h(
        'p',
        { id: echoId, 'data-money-echo': '', style: verdict.ok ? echoStyle : errorStyle },
        verdict.ok ? (verdict.value === undefined ? 'Gõ số triệu đồng, dấu phẩy cho phần thập phân: 45,5 là bốn mươi lăm triệu năm trăm nghìn đồng.' : amountEcho(verdict.value)) : verdict.message,
      ),
    );
  },
});

export function MoneyPreview(props: { value?: unknown }) {
  return h('span', null, typeof props.value === 'number' ? formatMoney(toThousands(props.value)) : '');
}
