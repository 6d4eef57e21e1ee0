// YAML text → plain data, keeping every node's position so that any later error can name
// its line and column. Stricter than YAML itself, because these files are data that sixty
// offices write by hand or through a form:
//   - duplicate keys, aliases/anchors and explicit tags are refused (no alias bombs, no
//     `!!binary` surprises);
//   - numbers must be written plainly (no hex, exponents, `.inf`, leading zeros), and
//     `45.500` is refused as ambiguous (thousands separator or three decimals?);
//   - nesting is bounded, so no input can exhaust the stack.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type YAMLMap,
} from 'yaml';
import type { PathSegment } from './issue.ts';
import { ambiguousNumberMessage, isAmbiguousNumber } from './number-text.ts';

/** Deeper than any content file needs (a plan is 5 levels deep). */
export const MAX_DEPTH = 16;

export interface RawIssue {
  rule: string;
  message: string;
  /** Character offset in the text. */
  offset: number;
  path: PathSegment[];
}

export interface ParsedYaml {
  /** The data, or undefined when the text is not usable YAML. */
  data: unknown;
  issues: RawIssue[];
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Trường này được ghi hai lần trong cùng một mục. Mỗi trường chỉ ghi một lần: hãy xóa hoặc gộp dòng lặp.',
  TAB_AS_INDENT: 'Dòng này thụt lề bằng phím Tab. YAML chỉ nhận dấu cách: hãy thay Tab bằng dấu cách (thường là 2 dấu cách mỗi bậc).',
  BAD_INDENT: 'Thụt lề không đúng. Các trường cùng cấp phải thẳng cột, trường con thụt vào sâu hơn trường cha.',
  MULTILINE_IMPLICIT_KEY: 'Tên trường không được xuống dòng. Kiểm tra dấu hai chấm và thụt lề ở dòng trên.',
  BLOCK_AS_IMPLICIT_KEY: 'Thiếu dấu hai chấm hoặc thụt lề sai ở trên dòng này.',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn).',
  BAD_SCALAR_START: 'Giá trị bắt đầu bằng ký tự đặc biệt. Hãy đặt cả giá trị trong dấu ngoặc kép "…".',
  UNEXPECTED_TOKEN: 'Có ký tự không đúng chỗ ở đây. Kiểm tra dấu hai chấm, dấu gạch đầu dòng và dấu ngoặc kép.',
  MULTIPLE_DOCS: 'Tệp chứa nhiều tài liệu YAML (dòng "---" ở giữa tệp). Mỗi tệp chỉ ghi một kế hoạch hoặc một báo cáo.',
  BAD_DIRECTIVE: 'Chỉ thị YAML (dòng bắt đầu bằng %) không được dùng trong tệp này.',
  BAD_ALIAS: 'Không dùng bí danh YAML (*tên) trong tệp này.',
  IMPOSSIBLE: 'Tệp YAML hỏng cấu trúc ở đây.',
};

const YAML_FALLBACK = 'Tệp YAML viết sai cú pháp ở đây. Kiểm tra thụt lề (chỉ dùng dấu cách), dấu hai chấm sau tên trường và dấu ngoặc kép.';

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // `schema: 'core'` whatever the file says: a `%YAML 1.1` directive must not bring back
  // YAML 1.1's booleans (yes/off) and timestamps. The directive itself is refused below.
  // `uniqueKeys: false`: yaml's own duplicate-key check compares each key with every earlier
  // one (N² steps); duplicateKeyErrors() finds the same duplicates in N steps.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: false, schema: 'core' });
  const issues: RawIssue[] = directiveIssues(text);
  const errors = [
    ...doc.errors.map((e) => ({ code: e.code, message: e.message, offset: e.pos[0] })),
    ...duplicateKeyErrors(doc.contents),
  ].sort((a, b) => a.offset - b.offset);

  if (errors.length > 0) {
    // Report each distinct line once: one mistake often yields several parser errors.
    const lines = new Set<number>();
    for (const error of errors) {
      const offset = errorOffset(text, error.code, error.message, error.offset);
      const line = lineCounter.linePos(offset).line;
      if (lines.has(line)) continue;
      lines.add(line);
      const known = YAML_MESSAGES[error.code];
      issues.push({ rule: 'yaml-syntax', message: known ?? `${YAML_FALLBACK} (${error.code})`, offset, path: [] });
    }
    return { data: undefined, issues, doc, lineCounter };
  }

  const data = toPlainData(doc.contents, [], 0, { issues, text });
  return { data, issues, doc, lineCounter };
}

/**
 * A key written twice in one mapping, as yaml's `uniqueKeys` reports it (same scalar value),
 * found with one set per mapping. The walk is a loop, not recursion: nesting can be deep.
 */
function duplicateKeyErrors(root: unknown): { code: string; message: string; offset: number }[] {
  const errors: { code: string; message: string; offset: number }[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) for (const item of node.items) stack.push(item);
    if (!isMap(node)) continue;
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      stack.push(pair.key, pair.value);
      if (!isScalar(pair.key) || Number.isNaN(pair.key.value)) continue;
      if (seen.has(pair.key.value)) errors.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', offset: offsetOf(pair.key) });
      seen.add(pair.key.value);
    }
  }
  return errors;
}

/**
 * `%YAML` and `%TAG` lines before the document: no content file needs one (Decap never
 * writes one), and each would change how the rest is read.
 */
function directiveIssues(text: string): RawIssue[] {
  const issues: RawIssue[] = [];
  const line = /[^\n]*(?:\n|$)/y;
  for (let offset = 0; offset < text.length; ) {
    line.lastIndex = offset;
    const current = line.exec(text)?.[0] ?? '';
    if (current.startsWith('%')) {
      const shown = current.trimEnd();
      issues.push({
        rule: 'yaml-directive',
        message: `Không dùng chỉ thị YAML ("${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}") trong tệp này: hãy xóa dòng này. Tệp luôn được đọc theo YAML 1.2.`,
        offset,
        path: [],
      });
    } else if (!/^\s*(?:#.*)?$/.test(current.replace(/\r?\n$/, ''))) {
      break; // the first line that is not blank, a comment or a directive
    }
    if (current === '') break;
    offset += current.length;
  }
  return issues;
}

/** Where a person should look: an unclosed quote or bracket is reported where it opens. */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code === 'MISSING_CHAR') {
    const quote = /closing (["'])quote/.exec(message)?.[1];
    if (quote !== undefined) {
      const open = text.lastIndexOf(quote, offset - 1);
      if (open !== -1) return open;
    }
  }
  if (code === 'BAD_INDENT') {
    const bracket = /end with a ([\]}])/.exec(message)?.[1];
    if (bracket !== undefined) {
      const open = text.lastIndexOf(bracket === ']' ? '[' : '{', offset - 1);
      if (open !== -1) return open;
    }
  }
  return offset;
}

/** The start of a tag or anchor written before a node (the node's range starts after it). */
function propertyOffset(text: string, nodeOffset: number, property: string): number {
  let at = text.lastIndexOf(property, nodeOffset);
  while (at > 0 && property === '!' && text[at - 1] === '!') at--; // !!binary
  return at === -1 || text.slice(at, nodeOffset).includes('\n') ? nodeOffset : at;
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

interface WalkContext {
  issues: RawIssue[];
  text: string;
}

function toPlainData(node: unknown, path: PathSegment[], depth: number, context: WalkContext): unknown {
  const { issues, text } = context;
  if (node === null || node === undefined) return null;
  if (depth > MAX_DEPTH) {
    issues.push({
      rule: 'too-deep',
      message: `Cấu trúc lồng nhau quá sâu (quá ${MAX_DEPTH} bậc). Một tệp nội dung chỉ cần vài bậc: kiểm tra thụt lề và dấu ngoặc.`,
      offset: offsetOf(node),
      path,
    });
    return undefined;
  }
  if (isAlias(node)) {
    issues.push({
      rule: 'yaml-alias',
      message: 'Không dùng bí danh YAML (*tên) trong tệp này: hãy ghi đầy đủ giá trị tại chỗ.',
      offset: offsetOf(node),
      path,
    });
    return undefined;
  }
  const yamlNode = node as YamlNode;
  if (yamlNode.anchor !== undefined) {
    issues.push({
      rule: 'yaml-anchor',
      message: `Không dùng neo YAML (&${yamlNode.anchor}) trong tệp này: hãy xóa "&${yamlNode.anchor}".`,
      offset: propertyOffset(text, offsetOf(node), `&${yamlNode.anchor}`),
      path,
    });
  }
  if (yamlNode.tag !== undefined) {
    issues.push({
      rule: 'yaml-tag',
      message: `Không dùng thẻ kiểu YAML (${yamlNode.tag.replace('tag:yaml.org,2002:', '!!')}) trong tệp này: hãy xóa thẻ và ghi giá trị bình thường.`,
      offset: propertyOffset(text, offsetOf(node), '!'),
      path,
    });
    return undefined;
  }
  if (isScalar(node)) return scalarValue(node, path, issues);
  if (isSeq(node)) return node.items.map((item, i) => toPlainData(item, [...path, i], depth + 1, context));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string' || key.value === '') {
        issues.push({
          rule: 'bad-key',
          message: 'Tên trường phải là chữ (ví dụ "title:"). Kiểm tra lại dòng này.',
          offset: offsetOf(key ?? pair.value ?? node),
          path,
        });
        continue;
      }
      // defineProperty: a key named "__proto__" is data here, never a prototype.
      Object.defineProperty(out, key.value, {
        value: toPlainData(pair.value, [...path, key.value], depth + 1, context),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return undefined;
}

function scalarValue(node: import('yaml').Scalar, path: PathSegment[], issues: RawIssue[]): unknown {
  const value = node.value;
  if (typeof value !== 'number') return value;
  const source = (node.source ?? String(value)).trim();
  if (!PLAIN_NUMBER.test(source)) {
    const leadingZero = /^-?0\d/.test(source);
    issues.push({
      rule: leadingZero ? 'number-leading-zero' : 'number-format',
      message: leadingZero
        ? `Số "${source}" có chữ số 0 ở đầu nên sẽ bị mất số 0. Nếu đây là số điện thoại hay mã, hãy đặt trong dấu ngoặc kép: "${source}".`
        : `Số "${source}" không viết theo dạng thông thường. Hãy viết số thập phân bình thường, dùng dấu chấm cho phần thập phân, ví dụ 45.5.`,
      offset: offsetOf(node),
      path,
    });
    return undefined;
  }
  if (isAmbiguousNumber(source)) {
    issues.push({ rule: 'number-ambiguous', message: ambiguousNumberMessage(source), offset: offsetOf(node), path });
    return undefined;
  }
  return value;
}

function offsetOf(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0] ?? 0;
}

type YamlPair = YAMLMap['items'][number];

// Each mapping's pairs by key, built on the first lookup in it: placing N errors in a
// mapping of N keys costs N steps, not N² (issue 10: 111,785 unknown keys took 621 s).
const pairIndex = new WeakMap<YAMLMap, Map<unknown, YamlPair>>();

function pairOf(map: YAMLMap, key: PathSegment): YamlPair | undefined {
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) {
      // The first pair with a key wins, as a linear search would find it.
      if (isScalar(pair.key) && !index.has(pair.key.value)) index.set(pair.key.value, pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/**
 * The node at a data path, for positioning an error. When the path goes past what the
 * file contains (a missing field), the deepest existing node is returned.
 * `key: true` returns the key of the last segment instead of its value.
 */
export function nodeAt(doc: Document.Parsed, path: readonly PathSegment[], options: { key?: boolean } = {}): unknown {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = segment === undefined ? undefined : pairOf(node, segment);
      if (pair === undefined) return node;
      if (last && options.key) return pair.key;
      // `key:` with nothing after it: point at the key, the value has no position.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

export function offsetAt(doc: Document.Parsed, path: readonly PathSegment[], options: { key?: boolean } = {}): number {
  return offsetOf(nodeAt(doc, path, options));
}
