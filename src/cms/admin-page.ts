// The /admin/ page: Decap's bundle and our script, both files of the site (no inline script,
// no CDN), the policy in a <meta> for hosts without headers, kept out of search engines.
// Served as a plain file in dev too (src/integrations/decap.ts): no dev-server client in it,
// so nothing that happens to content/ while an officer types ever reloads the form.
import { adminMetaCsp } from '../lib/security-headers.ts';

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function adminPageHtml(base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(adminMetaCsp())}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Quản trị nội dung · Bình đẳng giới Thanh Hóa</title>
    <link rel="icon" href="${b}favicon.svg" type="image/svg+xml">
    <link rel="cms-config-url" type="text/yaml" href="${b}admin/config.yml">
    <link rel="stylesheet" href="${b}admin/admin.css">
  </head>
  <body>
    <noscript>Trang quản trị nội dung cần bật JavaScript trong trình duyệt.</noscript>
    <script src="${b}admin/cms-start.js"></script>
    <script src="${b}admin/decap-cms.js"></script>
  </body>
</html>
`;
}
