// /du-lieu/ke-hoach-<cycle>.csv: FORMAT.md "Open-data exports", one row per budget line.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cycles, plans, unitsOf } from '../../content.ts';
import { planCsv } from '../../lib/csv.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { cycle } = props as { cycle: (typeof cycles)[number] };
  return new Response(planCsv(cycle, unitsOf(cycle), plans), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
