// /sitemap.xml, written by hand: every public page, absolute URLs under the base path.
import type { APIRoute } from 'astro';
import { currentCycle, cycles, guidance, units } from '../content.ts';
import { sitemapXml, sitePages } from '../lib/site-pages.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL('http://127.0.0.1:4321');
  const urls = sitePages({ cycles, units, guidance, currentCycle }).map((p) => new URL(href(p), origin).href);
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
