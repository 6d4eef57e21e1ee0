// Building blocks shared by every schema: ids, dates, plain text, money.
// Each field's `.meta()` carries the Vietnamese label and hint shown to unit officers
// (CMS hints, the field reference in the guidance, and the validator's "what to write").
import { z } from 'zod';

/** Metadata every field carries: `title` is the form label, `description` the hint. */
export interface FieldMeta {
  title: string;
  description: string;
  /** A value that would be valid here, quoted in error messages ("ví dụ: …"). */
  example?: string;
  /** The field holds an id defined in another file, checked by the cross-file rules. */
  ref?: 'unit' | 'cycle' | 'task' | 'period' | 'activity';
}

/** Lowercase ASCII slug: the shape of every id and file name in `content/`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = (meta: FieldMeta) =>
  z
    .string()
    .max(80)
    .regex(SLUG_PATTERN)
    .meta({ ...meta, slug: true });

/** A calendar date written YYYY-MM-DD. It stays a string: no time zone can shift it. */
export const isoDate = (meta: FieldMeta) => z.iso.date().meta({ ...meta, format: 'date' });

// `<` followed by a letter, `/`, `!` or `?` opens an HTML tag, comment or declaration.
const HTML_TAG = /<[a-zA-Z/!?]/;
// C0 controls except tab and line feed, DEL, and the C1 block: never typed on purpose.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

// Characters that do not show but change what a reader sees or what a program reads: the
// direction controls (U+202E can make "fdp.exe" read "exe.pdf"), zero-width space and
// joiners, line and paragraph separators (U+2028/2029 break lines where none shows), a BOM
// inside text, annotation marks, tag characters, noncharacters (U+FFFF) and lone
// surrogates. Vietnamese, in NFC or NFD, needs none of them; ZWJ (emoji) is left alone.
const INVISIBLE_CHARS =
  /[\p{Bidi_Control}\p{Noncharacter_Code_Point}\u200B\u2028\u2029\u2060-\u2064\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}\uD800-\uDFFF]/gu;

/** A refused character as a person reads about it: `U+202E` and what it is. */
export interface InvisibleChar {
  /** `U+202E` */
  code: string;
  /** Vietnamese: what the character is. */
  name: string;
  /** 1-based position in the text, counted in characters. */
  position: number;
}

export function describeInvisible(char: string): Pick<InvisibleChar, 'code' | 'name'> {
  const cp = char.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    cp >= 0xd800 && cp <= 0xdfff
      ? 'nửa cặp mã UTF-16 đứng lẻ, không phải chữ'
      : /\p{Bidi_Control}/u.test(char)
        ? 'ký tự điều khiển chiều chữ, làm đảo thứ tự chữ hiển thị'
        : cp === 0x2028 || cp === 0x2029
          ? 'ký tự ngắt dòng ẩn'
          : cp === 0xfeff
            ? 'dấu BOM nằm giữa nội dung'
            : /\p{Noncharacter_Code_Point}/u.test(char)
              ? 'mã không phải ký tự'
              : 'ký tự ẩn không có độ rộng';
  return { code, name };
}

/** Every refused character of a text, in order (one pass: positions are counted on). */
export function invisibleChars(text: string): (InvisibleChar & { index: number })[] {
  const out: (InvisibleChar & { index: number })[] = [];
  let index = 0;
  let position = 1;
  for (const m of text.matchAll(INVISIBLE_CHARS)) {
    for (const _ of text.slice(index, m.index)) position++;
    index = m.index;
    out.push({ ...describeInvisible(m[0]), index, position });
  }
  return out;
}

/**
 * Plain text, as units type it. It is never rendered as HTML anywhere, and markup in it
 * is refused so that nobody believes a tag will format the page. (Text is in NFC here: the
 * pipeline normalises every string it reads, so NFD input is accepted as the same text.)
 */
export const plainText = (meta: FieldMeta, max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, { params: { rule: 'blank' } })
    .refine((s) => !HTML_TAG.test(s), { params: { rule: 'html' } })
    .refine((s) => !CONTROL_CHARS.test(s), { params: { rule: 'control' } })
    .superRefine((s, ctx) => {
      const [first] = invisibleChars(s);
      if (first !== undefined) ctx.addIssue({ code: 'custom', message: first.code, params: { rule: 'invisible-char', ...first } });
    })
    .meta({ ...meta, maxLength: max });

/**
 * An optional text field. An empty string or an empty value means "not filled in":
 * Decap CMS writes `""` for a field that was opened and left empty.
 */
export const optionalText = (meta: FieldMeta, max: number) =>
  z.preprocess(emptyToUndefined, plainText(meta, max).optional());

/** An optional list: `[]`, `null` and absence all mean "none". */
export const optionalList = <T extends z.ZodType>(item: T, meta: FieldMeta, max: number) =>
  z.preprocess(
    (v) => (v === null ? undefined : v),
    z.array(item).max(max).optional().meta({ ...meta, maxItems: max }),
  );

/** The preprocess of every optional field: `""` (what Decap writes for a cleared field) and `null` mean "not filled in". */
export function emptyToUndefined(value: unknown): unknown {
  return value === '' || value === null ? undefined : value;
}

/** The largest amount one budget line may carry, in triệu đồng (1.000 tỷ đồng). */
export const MAX_AMOUNT_MILLION = 1_000_000;

/** Whether a number has at most three decimals, i.e. is a whole number of thousand đồng. */
export function isWholeThousands(amount: number): boolean {
  const thousands = amount * 1000;
  return Math.abs(thousands - Math.round(thousands)) < 1e-6;
}

/**
 * Money in triệu đồng (million VND): a number ≥ 0 with at most 3 decimals, so that it is a
 * whole number of thousand đồng. Text ("45.500", "45 triệu") is refused, never guessed.
 */
export const money = (meta: FieldMeta) =>
  z
    .number()
    .min(0)
    .max(MAX_AMOUNT_MILLION)
    .refine(isWholeThousands, { params: { rule: 'precision' } })
    .meta({ ...meta, money: true });

/** A whole count (events, participants): an integer ≥ 0. */
export const count = (meta: FieldMeta, max: number) =>
  z.int().min(0).max(max).meta({ ...meta });
