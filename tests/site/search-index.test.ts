// The search index is fed while Astro renders (src/integrations/search-index.ts): the wrapper
// around Astro's prerenderer hands Astro the very bytes it rendered, and gives the indexer
// only HTML pages, under their path from the site's root; the indexer (real Pagefind) writes
// the same bundle for the same pages in the same order.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { indexingPrerenderer, pathFromRoot } from '../../src/integrations/search-index.ts';
import { MAX_WAITING_PAGES, SearchIndexer } from '../../src/integrations/search-indexer.ts';

describe('pathFromRoot', () => {
  it('drops the base, whether it is written with a trailing slash or not', () => {
    expect(pathFromRoot('http://127.0.0.1:4321/binh-dang-gioi/ke-hoach/2021-2023/so-y-te/', '/binh-dang-gioi/')).toBe('/ke-hoach/2021-2023/so-y-te/');
    expect(pathFromRoot('http://127.0.0.1:4321/binh-dang-gioi/ke-hoach/', '/binh-dang-gioi')).toBe('/ke-hoach/');
    expect(pathFromRoot('http://127.0.0.1:4321/binh-dang-gioi/', '/binh-dang-gioi/')).toBe('/');
  });

  it('keeps the path as it is without a base, or when the path is not under it', () => {
    expect(pathFromRoot('http://127.0.0.1:4321/ke-hoach/', '/')).toBe('/ke-hoach/');
    expect(pathFromRoot('http://127.0.0.1:4321/', '/')).toBe('/');
    expect(pathFromRoot('http://127.0.0.1:4321/binh-dang-gioi-khac/', '/binh-dang-gioi/')).toBe('/binh-dang-gioi-khac/');
  });
});

const PAGE = '<!doctype html><html lang="vi"><head><title>Kế hoạch</title></head><body><main data-pagefind-body><h1>Kế hoạch của Sở Y tế</h1></main></body></html>';

/** Astro's side of the contract: a prerenderer that answers each request with a fixed response. */
function answering(respond: (request: Request) => Response | PrerenderResult): AstroPrerenderer {
  return { name: 'astro:default', getStaticPaths: async () => [], render: async (request) => respond(request) };
}

const request = (pathname: string) => new Request(`http://127.0.0.1:4321${pathname}`);
const routeData = {} as Parameters<AstroPrerenderer['render']>[1]['routeData'];

describe('indexingPrerenderer', () => {
  it('hands Astro back the same bytes, status and headers, and the page to the index', async () => {
    const seen: [string, string][] = [];
    const wrapped = indexingPrerenderer(
      answering(() => new Response(PAGE, { status: 200, headers: { 'Content-Type': 'text/html' } })),
      async (req, html) => void seen.push([new URL(req.url).pathname, html]),
    );
    const result = await wrapped.render(request('/ke-hoach/'), { routeData });
    const response = result instanceof Response ? result : result.response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe(PAGE);
    expect(seen).toEqual([['/ke-hoach/', PAGE]]);
  });

  it('keeps the metadata of an incremental build with the new response', async () => {
    const metadata = { contentEntryKeys: ['content/plans/2021-2023/so-y-te.yaml'], staticImages: [] };
    const wrapped = indexingPrerenderer(
      answering(() => ({ response: new Response(PAGE, { headers: { 'Content-Type': 'text/html' } }), metadata })),
      async () => undefined,
    );
    const result = await wrapped.render(request('/'), { routeData, collectMetadata: true });
    expect(result instanceof Response).toBe(false);
    if (result instanceof Response) return;
    expect(result.metadata).toBe(metadata);
    expect(await result.response.text()).toBe(PAGE);
  });

  it('passes every response that is not an HTML page of status 200 through untouched, without reading it', async () => {
    const seen: string[] = [];
    const responses = [
      new Response('{"a":1}', { headers: { 'Content-Type': 'application/json' } }),
      new Response(new Uint8Array([80, 75, 3, 4]), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } }),
      new Response(PAGE, { status: 404, headers: { 'Content-Type': 'text/html' } }),
      new Response(null, { status: 301, headers: { Location: '/ke-hoach/' } }),
    ];
    for (const original of responses) {
      const wrapped = indexingPrerenderer(
        answering(() => original),
        async (req) => void seen.push(req.url),
      );
      expect(await wrapped.render(request('/x/'), { routeData })).toBe(original);
      expect(original.bodyUsed).toBe(false);
    }
    expect(seen).toEqual([]);
  });

  it('fails the page when the index refuses it', async () => {
    const wrapped = indexingPrerenderer(
      answering(() => new Response(PAGE, { headers: { 'Content-Type': 'text/html' } })),
      async () => {
        throw new Error('Pagefind: hỏng');
      },
    );
    await expect(wrapped.render(request('/'), { routeData })).rejects.toThrow('Pagefind: hỏng');
  });
});

describe('SearchIndexer (Pagefind itself)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    dirs.push(dir);
    return dir;
  };

  const page = (n: number) => PAGE.replace('Sở Y tế', `đơn vị số ${n}`).replace('<title>Kế hoạch', `<title>Kế hoạch ${n}`);

  async function bundle(pages: number): Promise<{ indexed: number; files: Map<string, string>; mostWaiting: number }> {
    const dir = tempDir();
    const indexer = new SearchIndexer();
    // Added without waiting for Pagefind, as fast as Astro renders: more than the queue holds.
    let mostWaiting = 0;
    for (let n = 1; n <= pages; n++) {
      await indexer.add(`/ke-hoach/${n}/`, page(n));
      mostWaiting = Math.max(mostWaiting, indexer.waiting);
    }
    await indexer.add('/tim-kiem/', '<html lang="vi"><body><main><h1>Tìm kiếm</h1></main></body></html>');
    const indexed = await indexer.write(path.join(dir, 'pagefind'));
    const files = new Map<string, string>();
    for (const entry of readdirSync(path.join(dir, 'pagefind'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), readFileSync(file).toString('base64'));
    }
    return { indexed, files, mostWaiting };
  }

  it('queues pages while Pagefind works, never more than it may hold', async () => {
    const { mostWaiting } = await bundle(MAX_WAITING_PAGES * 2);
    expect(mostWaiting).toBe(MAX_WAITING_PAGES);
  }, 120_000);

  it('indexes every page that has a body to search (not the others), writes the same bundle for the same pages in the same order, and leaves no Pagefind process behind', async () => {
    const pages = MAX_WAITING_PAGES + 36;
    const first = await bundle(pages);
    const second = await bundle(pages);
    expect(first.indexed).toBe(pages);
    expect(JSON.parse(Buffer.from(first.files.get('pagefind/pagefind-entry.json') ?? '', 'base64').toString('utf8')).languages.vi.page_count).toBe(pages);
    expect([...first.files.keys()].filter((f) => f.startsWith('pagefind/fragment/'))).toHaveLength(pages);
    expect(second.files).toEqual(first.files);
    // Pagefind's process has ended and been reaped: none is left, not even a zombie.
    const children = execFileSync('ps', ['-o', 'stat=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    expect(children.split('\n').filter((line) => line.includes('pagefind'))).toEqual([]);
  }, 120_000);

  it('writes an empty bundle when no page has a body to search', async () => {
    const { indexed, files } = await bundle(0);
    expect(indexed).toBe(0);
    expect(files.has('pagefind/pagefind.js')).toBe(true);
  }, 120_000);

  it('fails, saying why, when the bundle cannot be written, and takes no page after', async () => {
    const dir = tempDir();
    // The bundle's folder would be inside a file.
    writeFileSync(path.join(dir, 'tep'), 'không phải thư mục');
    const indexer = new SearchIndexer();
    await indexer.add('/ke-hoach/1/', page(1));
    await expect(indexer.write(path.join(dir, 'tep', 'pagefind'))).rejects.toThrow(`ENOTDIR: not a directory, mkdir '${path.join(dir, 'tep', 'pagefind')}'`);
    await expect(indexer.add('/ke-hoach/2/', page(2))).rejects.toThrow('Chỉ mục tìm kiếm: chỉ mục đã được ghi, không nhận thêm trang.');
  }, 120_000);

  it('fails, instead of waiting forever, when Pagefind\'s process dies while writing', async () => {
    const dir = tempDir();
    // A file where Pagefind writes its fragments' folder: Pagefind panics, and its process ends.
    mkdirSync(path.join(dir, 'pagefind'));
    writeFileSync(path.join(dir, 'pagefind', 'fragment'), 'không phải thư mục');
    const indexer = new SearchIndexer();
    await indexer.add('/ke-hoach/1/', page(1));
    await expect(indexer.write(path.join(dir, 'pagefind'))).rejects.toThrow(/^Pagefind: tiến trình dừng giữa chừng \(mã \d+\)\.$/);
  }, 120_000);
});
