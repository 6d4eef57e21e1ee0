// /du-lieu/ke-hoach-<cycle>.json: the submitted plans with the registry and the cycle.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cycles, plans, unitsOf } from '../../content.ts';
import { planJson } from '../../lib/csv.ts';
import { jsonFile } from '../../lib/open-data.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { cycle } = props as { cycle: (typeof cycles)[number] };
  return new Response(jsonFile(planJson(cycle, unitsOf(cycle), plans)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
