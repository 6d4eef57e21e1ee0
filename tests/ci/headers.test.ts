import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPageHtml } from '../../src/cms/admin-page.ts';
import { adminCsp, adminHeaders, adminMetaCsp, publicCsp, publicHeaders, renderHeadersFile, renderNginx, headersFor, searchCsp, searchHeaders, searchMetaCsp } from '../../src/lib/security-headers.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('security headers', () => {
  it('public/_headers is what `npm run ci:headers` makes (no drift)', () => {
    expect(readFileSync(path.join(PROJECT_ROOT, 'public/_headers'), 'utf8'), 'chạy `npm run ci:headers` rồi commit').toBe(renderHeadersFile());
  });

  it('docs/security-headers.md carries the nginx snippet made from the same module', () => {
    expect(readFileSync(path.join(PROJECT_ROOT, 'docs/security-headers.md'), 'utf8')).toContain(renderNginx());
  });

  it('allows no script at all on public pages, and no framing', () => {
    expect(directive(publicCsp(), 'script-src')).toBe("script-src 'none'");
    expect(directive(publicCsp(), 'default-src')).toBe("default-src 'none'");
    expect(directive(publicCsp(), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(publicHeaders()).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    expect(publicHeaders()['Referrer-Policy']).toBeDefined();
    expect(publicHeaders()['Permissions-Policy']).toContain('camera=()');
  });

  it('gives /admin/ its own scripts and eval (Decap), never inline script, and the local backend only in dev', () => {
    const script = directive(adminCsp(), 'script-src');
    expect(script).toBe("script-src 'self' 'unsafe-eval'");
    expect(directive(adminCsp(), 'connect-src')).toContain('https://api.github.com');
    expect(adminCsp()).not.toContain('localhost');
    expect(directive(adminCsp({ dev: true }), 'connect-src')).toContain('http://127.0.0.1:8081');
    expect(adminHeaders()['X-Robots-Tag']).toBe('noindex');
  });

  it('puts the /admin/ policy in the page itself for hosts without headers, with what a <meta> can carry', () => {
    const meta = adminMetaCsp();
    expect(directive(meta, 'script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(directive(meta, 'object-src')).toBe("object-src 'none'");
    // Browsers ignore frame-ancestors in a <meta>: only the header (or X-Frame-Options) stops framing.
    expect(meta).not.toContain('frame-ancestors');
    // A local decap-server on any port of this machine; the header's stricter connect-src wins where both apply.
    expect(directive(meta, 'connect-src')).toBe(`${directive(adminCsp(), 'connect-src')} http://127.0.0.1:* http://localhost:*`);
    const html = adminPageHtml('/bdg/');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${meta.replace(/&/g, '&amp;')}">`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    // Scripts are the site's own files, in order; none inline.
    expect([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([' src="/bdg/admin/cms-start.js"', ' src="/bdg/admin/decap-cms.js"']);
  });

  it('detaches the site-wide CSP under /admin/ so the two policies never combine', () => {
    const file = renderHeadersFile('/prefix');
    expect(file).toContain('/prefix/*\n');
    expect(file).toMatch(/\/prefix\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self'/);
  });
});

describe('the search page policy (issue 14)', () => {
  it('allows the site\'s own scripts and WebAssembly compilation, no eval, no other origin', () => {
    expect(directive(searchCsp(), 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(searchCsp(), 'connect-src')).toBe("connect-src 'self'");
    expect(directive(searchCsp(), 'worker-src')).toBe("worker-src 'self'");
    expect(directive(searchCsp(), 'style-src')).toBe(directive(publicCsp(), 'style-src'));
    expect(directive(searchCsp(), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(searchMetaCsp()).toBe(searchCsp().split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; '));
  });

  it('applies to /tim-kiem/ and /pagefind/ only, detaching the site-wide policy there', () => {
    const file = renderHeadersFile('/prefix');
    for (const p of ['tim-kiem', 'pagefind']) {
      expect(file).toContain(`/prefix/${p}/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${searchCsp()}\n`);
    }
    expect(file).toContain(`/prefix/*\n  X-Content-Type-Options: nosniff`);
    expect(headersFor('/prefix/tim-kiem/', '/prefix/')).toEqual(searchHeaders());
    expect(headersFor('/prefix/pagefind/pagefind.js', '/prefix')).toEqual(searchHeaders());
    expect(headersFor('/prefix/tong-hop/', '/prefix/')).toEqual(publicHeaders());
    expect(headersFor('/prefix/admin/', '/prefix/')).toEqual(adminHeaders());
    expect(renderNginx('/')).toContain(`location /tim-kiem/ {\n    add_header X-Content-Type-Options "nosniff" always;`);
  });
});

describe('the public policy in a <meta> element', () => {
  it('is the header policy without frame-ancestors, which browsers ignore in <meta>', async () => {
    const { publicCsp, publicMetaCsp } = await import('../../src/lib/security-headers.ts');
    expect(publicMetaCsp()).not.toContain('frame-ancestors');
    expect(`${publicMetaCsp()}; frame-ancestors 'none'`).toBe(publicCsp());
  });
});
