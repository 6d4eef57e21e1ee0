// /thang-hanh-dong/<year>.ics: the Action Month window of each year of every cycle.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cycles, dispatchById } from '../../content.ts';
import { actionMonthIcs } from '../../lib/ics.ts';
import { href } from '../../lib/url.ts';

export const getStaticPaths = (() => {
  // A year shared by two cycles gets one file, from the first cycle that has it.
  const seen = new Set<number>();
  return cycles.flatMap((cycle) =>
    cycle.years.filter((y) => !seen.has(y) && seen.add(y)).map((year) => ({ params: { year: String(year) }, props: { cycle, year } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { cycle, year } = props as { cycle: (typeof cycles)[number]; year: number };
  // A fixed stamp (the dispatch's month) keeps the file identical from build to build.
  const month = dispatchById.get(cycle.dispatch)?.data.issued_month ?? `${cycle.years[0]}-01`;
  const stamp = `${month.replace('-', '')}01T000000Z`;
  const url = site ? new URL(href('/thang-hanh-dong/'), site).href : undefined;
  const body = actionMonthIcs({ year, start: cycle.action_month.start, end: cycle.action_month.end, text: cycle.action_month.text, cycle: cycle.id, stamp, ...(url ? { url } : {}) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
