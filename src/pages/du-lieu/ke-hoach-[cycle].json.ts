// /du-lieu/ke-hoach-<cycle>.json: the submitted plans with the registry and the cycle.
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportBody } from '../../components/open-data/export-bodies.ts';
import { cycles } from '../../content.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { cycle } = props as { cycle: (typeof cycles)[number] };
  return new Response(exportBody(cycle, 'planJson'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
