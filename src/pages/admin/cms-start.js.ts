// /admin/cms-start.js, loaded before the Decap bundle: holds the CMS until the page has
// parsed (CMS_MANUAL_INIT), completes Decap's Vietnamese locale, then starts it. A file,
// not an inline script, so /admin/'s Content-Security-Policy needs no 'unsafe-inline'.
import type { APIRoute } from 'astro';
import { VI_LOCALE_FIXES } from '../../integrations/decap-locale-vi.ts';

export const GET: APIRoute = () =>
  new Response(
    `// Generated from src/integrations/decap-locale-vi.ts by src/pages/admin/cms-start.js.ts.
window.CMS_MANUAL_INIT = true;
document.addEventListener('DOMContentLoaded', function () {
  var fixes = ${JSON.stringify(VI_LOCALE_FIXES)};
  function merge(target, extra) {
    Object.keys(extra).forEach(function (key) {
      var value = extra[key];
      target[key] = value && typeof value === 'object' ? merge(Object.assign({}, target[key] || {}), value) : value;
    });
    return target;
  }
  var CMS = window.CMS;
  CMS.registerLocale('vi', merge(JSON.parse(JSON.stringify(CMS.getLocale('vi') || {})), fixes));
  CMS.init();
});
`,
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );
