// Issue 10, item 5: the Markdown bodies of the dispatch and the guidance carry no raw HTML
// and no link a browser would run; each problem is placed at its line and column.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { checkMarkdown, linkScheme } from '../../src/pipeline/markdown.ts';
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';

const makeRoot = contentRootsCleanedAfterAll();
const found = (body: string) => checkMarkdown(body).map((i) => `${i.line}:${i.column} ${i.rule}`);

describe('raw HTML is refused', () => {
  it.each([
    ['<script>alert(1)</script>', 'block script'],
    ['Xem <img src=x onerror=alert(1)> ở đây', 'inline img onerror'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<form action="https://evil.example"><input name=p></form>', 'form'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', 'meta refresh'],
    ['<!-- ghi chú --><script>x</script>', 'comment hiding a script'],
    ['<style>body{display:none}</style>', 'style'],
  ])('%s (%s)', (html) => {
    const issues = checkMarkdown(`# Tiêu đề\n\n${html}\n`);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.rule === 'markdown-html')).toBe(true);
    expect(issues[0]?.line).toBe(3);
    expect(issues[0]?.message).toContain('Không dùng HTML');
    expect(issues[0]?.message).toContain('Hãy viết bằng Markdown');
  });

  it('is placed at the tag, in UTF-16 columns like every other error', () => {
    expect(found('Hội nghị ệệệ <b>x</b>\n')).toEqual(['1:14 markdown-html', '1:18 markdown-html']);
  });

  it('HTML shown as code, escaped, or a lone "<" is not HTML', () => {
    expect(found('`<script>` và\n\n```html\n<script>x</script>\n```\n\n    <b>thụt lề</b>\n\n\\<b> và a < b, 3<5\n')).toEqual([]);
  });
});

describe('links and images', () => {
  it.each([
    ['[bấm](javascript:alert(1))', 'javascript'],
    ['[bấm](JaVaScRiPt:alert(1))', 'javascript'],
    ['[bấm](<java\tscript:alert(1)>)', 'javascript'],
    ['[bấm](&#106;avascript:alert(1))', 'javascript'],
    ['<javascript:alert(1)>', 'javascript'],
    ['[bấm][x]\n\n[x]: vbscript:msgbox', 'vbscript'],
    ['[bấm](data:text/html;base64,PHNjcmlwdD4=)', 'data'],
  ])('%s is refused', (markdown, scheme) => {
    const issues = checkMarkdown(`${markdown}\n`);
    expect(issues.map((i) => i.rule)).toEqual(['markdown-link-scheme']);
    expect(issues[0]?.message).toContain(`giao thức "${scheme}:"`);
    expect(issues[0]?.message).toContain('Chỉ dùng liên kết https://');
  });

  it('https, http, mailto, in-site paths and bare web addresses are accepted', () => {
    expect(found('[a](https://thanhhoa.gov.vn) [b](http://x.vn) [c](mailto:a@b.vn) [d](/huong-dan/) [e](#muc-1) [f](../cong-van/) www.thanhhoa.gov.vn https://x.vn\n\n[g]: https://x.vn\n')).toEqual([]);
  });

  it('images come from the site itself', () => {
    expect(found('![sơ đồ](/anh/so-do.png)\n')).toEqual([]);
    expect(found('![x](https://evil.example/pixel.gif)\n')).toEqual(['1:1 markdown-image']);
    expect(found('![x](//evil.example/pixel.gif)\n')).toEqual(['1:1 markdown-image']);
  });

  it('the scheme is read as a browser reads it', () => {
    expect(linkScheme(' \tJAVA\nSCRIPT:x')).toBe('javascript');
    expect(linkScheme('/a:b')).toBeUndefined();
    expect(linkScheme('javascript%3Ax')).toBeUndefined();
  });
});

describe('in the pipeline', () => {
  it('a guidance page with HTML and a javascript: link fails at file:line:column; the committed pages pass', async () => {
    const root = makeRoot('markdown-');
    const file = addContentFile(
      root,
      'guidance/tan-cong.md',
      '---\ntitle: Hướng dẫn\ndescription: Một trang.\norder: 30\n---\n\n# Hướng dẫn\n\nĐoạn <img src=x onerror=alert(1)> một.\n\n[bấm](javascript:alert(1)) và chữ\u202Eẩn\n',
    );
    const result = await loadContent(root);
    expect(result.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.rule}`)).toEqual([
      `${file}:9:6 markdown-html`,
      `${file}:11:1 markdown-link-scheme`,
      `${file}:11:34 invisible-char`,
    ]);
    expect(result.issues[2]?.message).toContain('U+202E');
    expect(result.content.guidance.map((g) => g.id)).toEqual(['nop-ke-hoach']);
    expect(result.content.dispatches).toHaveLength(1);
  });

  it('a body in NFD is stored as NFC', async () => {
    const root = makeRoot('markdown-');
    const text = 'Kế hoạch bình đẳng giới';
    addContentFile(root, 'guidance/nfd.md', `---\ntitle: Hướng dẫn\ndescription: Một trang.\norder: 30\n---\n\n${text.normalize('NFD')}\n`);
    const result = await loadContent(root);
    expect(result.issues).toEqual([]);
    expect(result.content.guidance.find((g) => g.id === 'nfd')?.body).toBe(`\n${text}\n`);
  });
});
