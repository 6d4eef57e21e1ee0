// /du-lieu/ke-hoach-<cycle>.csv: FORMAT.md "Open-data exports", one row per budget line.
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportBody } from '../../components/open-data/export-bodies.ts';
import { cycles } from '../../content.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { cycle } = props as { cycle: (typeof cycles)[number] };
  return new Response(exportBody(cycle, 'planCsv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
