// /du-lieu/bao-cao-<cycle>.json: the counted progress reports with the registry and the cycle.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Cycle } from '../../../schemas/cycle.ts';
import { exportBody } from '../../components/open-data/export-bodies.ts';
import { cycles } from '../../content.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { cycle } = props as { cycle: Cycle };
  return new Response(exportBody(cycle, 'reportJson'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
