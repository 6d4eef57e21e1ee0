// <base>admin/form-data.json: the registry, the cycles and the valid plans, for the CMS
// form's own checks and its activity picker (src/cms/form-data.ts).
import type { APIRoute } from 'astro';
import { cycles, plans, units } from '../../content.ts';
import { formData } from '../../cms/form-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(formData({ units }, cycles, plans.map((p) => p.data))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
