// The security headers of the static site, in ONE place (issue 6). From here come
// public/_headers (Netlify / Cloudflare Pages syntax, `npm run ci:headers`, drift test),
// the nginx snippet in docs/security-headers.md, and the header the CSP browser test sends.

/** Origins the CMS talks to from the browser (git forge APIs). Add a self-hosted GitLab or Gitea here. */
export const FORGE_ORIGINS = [
  'https://api.github.com',
  'https://www.githubstatus.com', // Decap's GitHub backend polls the forge's status page
  'https://gitlab.com',
] as const;

/** Where forge avatars come from (the CMS shows the signed-in user). */
export const AVATAR_ORIGINS = ['https://avatars.githubusercontent.com', 'https://secure.gravatar.com', 'https://gitlab.com'] as const;

/**
 * decap-server, the local backend of `npm start` (public/admin/config.yml local_backend):
 * allowed only in the dev policy. Decap tries it only when the page's host is localhost or
 * 127.0.0.1, so a public host never needs it.
 */
export const LOCAL_BACKEND_ORIGINS = ['http://127.0.0.1:8081', 'http://localhost:8081'] as const;

type Policy = Record<string, readonly string[]>;

const render = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, sources]) => (sources.length === 0 ? directive : `${directive} ${sources.join(' ')}`))
    .join('; ');

/**
 * Public pages ship no JavaScript at all: script-src 'none'. Styles: Astro inlines small
 * stylesheets in <style> and pages may use style="" (chart bars), hence 'unsafe-inline' for
 * styles only, which cannot run code.
 */
export const PUBLIC_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * /tim-kiem/ (and the Pagefind bundle it loads from /pagefind/, whose worker gets the policy
 * of its own response): the one public page with a script, its own module from /_astro/ and
 * Pagefind's, both from the site. Pagefind compiles its WebAssembly ('wasm-unsafe-eval', which
 * allows no JavaScript eval), fetches its index chunks (connect-src) and runs in a worker.
 */
export const SEARCH_POLICY: Policy = {
  ...PUBLIC_POLICY,
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
};

/** The paths that get SEARCH_POLICY, under the base: the page and the bundle. */
export const SEARCH_PATHS = ['tim-kiem/', 'pagefind/'] as const;

/**
 * /admin/: the Decap CMS bundle, served from the site itself. It compiles its config schema
 * with ajv, which calls `new Function` (found in node_modules/decap-cms/dist/decap-cms.js),
 * hence 'unsafe-eval'; emotion injects <style> elements, hence style 'unsafe-inline'; it
 * fetches from the forge APIs and makes blob: URLs for previews and workers. No inline script.
 */
export function adminPolicy(options: { dev?: boolean } = {}): Policy {
  const connect = ["'self'", ...FORGE_ORIGINS, ...(options.dev ? LOCAL_BACKEND_ORIGINS : [])];
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...AVATAR_ORIGINS],
    'font-src': ["'self'", 'data:'],
    'connect-src': connect,
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'", 'blob:'],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

export const publicCsp = () => render(PUBLIC_POLICY);

/**
 * The public policy as a <meta> element can carry it, for hosts that send no headers of
 * ours (GitHub Pages, GitLab Pages). Browsers ignore frame-ancestors there, and say so in
 * the console, so it is left out; the header keeps it where the host sends headers.
 */
export const publicMetaCsp = () =>
  render(Object.fromEntries(Object.entries(PUBLIC_POLICY).filter(([directive]) => directive !== 'frame-ancestors')));
export const searchCsp = () => render(SEARCH_POLICY);
/** The search page's policy as a <meta> (without frame-ancestors, as publicMetaCsp). */
export const searchMetaCsp = () =>
  render(Object.fromEntries(Object.entries(SEARCH_POLICY).filter(([directive]) => directive !== 'frame-ancestors')));
export const adminCsp = (options: { dev?: boolean } = {}) => render(adminPolicy(options));

/**
 * /admin/'s policy as a <meta> in the page itself, for hosts that send no headers. It also
 * lets the CMS reach a local decap-server on any port of this machine (Decap tries it only
 * when the page itself is on localhost); where the host sends the header, both apply and
 * the header's stricter connect-src wins. frame-ancestors needs the header (browsers ignore it here).
 */
export function adminMetaCsp(): string {
  const policy = adminPolicy();
  return render({
    ...Object.fromEntries(Object.entries(policy).filter(([directive]) => directive !== 'frame-ancestors')),
    'connect-src': [...(policy['connect-src'] ?? []), 'http://127.0.0.1:*', 'http://localhost:*'],
  });
}

/** Sent with every response, public pages and /admin/ alike. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export const publicHeaders = (): Record<string, string> => ({ ...COMMON_HEADERS, 'Content-Security-Policy': publicCsp() });
export const searchHeaders = (): Record<string, string> => ({ ...COMMON_HEADERS, 'Content-Security-Policy': searchCsp() });
export const adminHeaders = (options: { dev?: boolean } = {}): Record<string, string> => ({
  ...COMMON_HEADERS,
  'Content-Security-Policy': adminCsp(options),
  'X-Robots-Tag': 'noindex',
});

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The headers a response at this path gets (what public/_headers and nginx say), for test servers. */
export function headersFor(pathname: string, base = '/'): Record<string, string> {
  const b = withSlash(base);
  if (pathname.startsWith(`${b}admin/`)) return adminHeaders();
  if (SEARCH_PATHS.some((p) => pathname.startsWith(`${b}${p}`))) return searchHeaders();
  return publicHeaders();
}

/**
 * public/_headers. Both hosts apply every rule whose pattern matches; on Cloudflare Pages a
 * header set by two rules is joined with a comma (two CSPs would both apply, and the public one
 * would block the CMS), so the /admin/ and search rules first detach the inherited CSP with `! Name`.
 */
export function renderHeadersFile(base = '/'): string {
  const b = withSlash(base);
  const block = (pattern: string, headers: Record<string, string>, detach: string[] = []) =>
    [pattern, ...detach.map((h) => `  ! ${h}`), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    '# TỆP SINH TỰ ĐỘNG từ src/lib/security-headers.ts: đừng sửa tay; chạy `npm run ci:headers`.',
    '# Generated from src/lib/security-headers.ts (Netlify / Cloudflare Pages syntax). See docs/security-headers.md.',
    '',
    block(`${b}*`, publicHeaders()),
    '',
    ...SEARCH_PATHS.flatMap((p) => [block(`${b}${p}*`, { 'Content-Security-Policy': searchCsp() }, ['Content-Security-Policy']), '']),
    block(`${b}admin/*`, { 'Content-Security-Policy': adminCsp(), 'X-Robots-Tag': 'noindex' }, ['Content-Security-Policy']),
    '',
  ].join('\n');
}

/** The same headers for nginx (server block); `always` also sends them on 404 pages. */
export function renderNginx(base = '/'): string {
  const b = withSlash(base);
  const adds = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`);
  // nginx drops inherited add_header lines in a location that has its own, so each location repeats all.
  return [
    `location ${b} {`,
    ...adds(publicHeaders(), '    '),
    '    try_files $uri $uri/ =404;',
    '}',
    '',
    ...SEARCH_PATHS.flatMap((p) => [`location ${b}${p} {`, ...adds(searchHeaders(), '    '), '    try_files $uri $uri/ =404;', '}', '']),
    `location ${b}admin/ {`,
    ...adds(adminHeaders(), '    '),
    '    try_files $uri $uri/ =404;',
    '}',
    '',
  ].join('\n');
}
