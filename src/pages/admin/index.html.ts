// <base>admin/index.html (served at <base>admin/): the CMS page, src/cms/admin-page.ts.
import type { APIRoute } from 'astro';
import { adminPageHtml } from '../../cms/admin-page.ts';

export const GET: APIRoute = () => new Response(adminPageHtml(import.meta.env.BASE_URL), { headers: { 'content-type': 'text/html; charset=utf-8' } });
