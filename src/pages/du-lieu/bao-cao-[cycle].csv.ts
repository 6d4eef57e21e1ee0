// /du-lieu/bao-cao-<cycle>.csv: progress reports, one row per reported activity line
// (columns in docs/progress.md), UTF-8 with BOM.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Cycle } from '../../../schemas/cycle.ts';
import { exportBody } from '../../components/open-data/export-bodies.ts';
import { cycles } from '../../content.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { cycle } = props as { cycle: Cycle };
  return new Response(exportBody(cycle, 'reportCsv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
