// The date field: typed and shown as ngày/tháng/năm (15/09/2020), kept in the file as ISO
// (2020-09-15). A browser date picker would show the browser's own order (mm/dd/yyyy in
// many), so this is a plain text field with the reading said back. src/pipeline/date-text.ts.
import { ISO_DATE_PATTERN, parseDateInput } from '../../pipeline/date-text.ts';
import { formatDate } from '../../lib/format.ts';
import { h } from './decap.ts';
import { typedFieldControl, type Reading } from './typed-field.ts';

/** "2020-09-15" → "ngày 15 tháng 9 năm 2020" */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

const todayIso = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

const readDate = (text: string): Reading<string> => {
  const parsed = parseDateInput(text);
  return parsed.ok ? parsed : { ok: false, message: parsed.message };
};

export const DateControl = () =>
  typedFieldControl<string>({
    read: readDate,
    show: formatDate,
    accepts: (value): value is string => typeof value === 'string' && ISO_DATE_PATTERN.test(value),
    echo: (iso) => `Là ${dateInWords(iso)}.`,
    hint: 'Gõ ngày/tháng/năm, ví dụ: 15/09/2020.',
    inputMode: 'numeric',
    placeholder: 'ngày/tháng/năm',
    button: { label: 'Hôm nay', text: () => formatDate(todayIso()) },
  });

export function DatePreview(props: { value?: unknown }) {
  return h('span', null, typeof props.value === 'string' ? formatDate(props.value) : '');
}
