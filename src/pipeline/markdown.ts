// The Markdown bodies of the dispatch and the guidance pages, checked like the YAML fields:
// they are parsed with satteri, the very parser Astro renders them with, and what would
// reach the page as raw HTML or as a dangerous link is refused, at its line and column.
import { markdownToMdast } from 'satteri';
import { invisibleChars } from '../../schemas/common.ts';
import { invisibleCharMessage } from './rule-messages.ts';

/** A problem in a body; line and column are inside the body (1-based, in UTF-16 units). */
export interface BodyIssue {
  rule: string;
  message: string;
  line: number;
  column: number;
}

/** Link schemes a page may carry; anything else (javascript:, data:, vbscript:…) is refused. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

// The features of Astro's own Markdown rendering (@astrojs/markdown-satteri's defaults).
const FEATURES = { gfm: true, smartPunctuation: true };

interface MdNode {
  type: string;
  url?: string | null;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * The scheme a browser would see. Browsers drop ASCII tabs and line breaks anywhere in a URL
 * and spaces and controls around it ("java\tscript:" is javascript:), so those go first.
 */
export function linkScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007F]/g, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

function nodeIssue(node: MdNode): Omit<BodyIssue, 'line' | 'column'> | undefined {
  if (node.type === 'html') {
    return {
      rule: 'markdown-html',
      message: `Không dùng HTML (${JSON.stringify(short((node.value ?? '').trim()))}) trong nội dung: trang chỉ hiển thị Markdown. Hãy viết bằng Markdown (ví dụ **chữ đậm**, [liên kết](https://…)) hoặc xóa thẻ; nếu cần dấu nhỏ hơn, viết "\\<" hoặc để một dấu cách sau "<".`,
    };
  }
  if (node.type === 'image') {
    const url = node.url ?? '';
    if (linkScheme(url) !== undefined || /^\s*\/\//.test(url)) {
      return {
        rule: 'markdown-image',
        message: `Ảnh "${short(url)}" không nằm trên trang này. Trang chỉ hiển thị ảnh của chính nó: hãy đặt ảnh vào thư mục public/ và ghi đường dẫn như /anh/so-do.png.`,
      };
    }
  }
  if (node.type === 'link' || node.type === 'definition') {
    const url = node.url ?? '';
    const scheme = linkScheme(url);
    if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
      return {
        rule: 'markdown-link-scheme',
        message: `Liên kết "${short(url)}" dùng giao thức "${scheme}:", không được phép. Chỉ dùng liên kết https://…, http://…, mailto:… hoặc đường dẫn trong trang (ví dụ /huong-dan/).`,
      };
    }
  }
  return undefined;
}

/** Every problem of a Markdown body, in reading order. Never throws. */
export function checkMarkdown(body: string): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const stack: MdNode[] = [markdownToMdast(body, { features: FEATURES }) as MdNode];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    const found = nodeIssue(node);
    const start = node.position?.start;
    if (found !== undefined) issues.push({ ...found, line: start?.line ?? 1, column: start?.column ?? 1 });
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as MdNode);
  }
  // One pass: the line of each character is counted on from the previous one.
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const char of invisibleChars(body)) {
    for (let i = body.indexOf('\n', scanned); i !== -1 && i < char.index; i = body.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = char.index;
    issues.push({ rule: 'invisible-char', message: invisibleCharMessage(char.code, char.name), line, column: char.index - lineStart + 1 });
  }
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
