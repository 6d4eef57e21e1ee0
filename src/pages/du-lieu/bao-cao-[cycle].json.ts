// /du-lieu/bao-cao-<cycle>.json: the counted progress reports with the registry and the cycle.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Cycle } from '../../../schemas/cycle.ts';
import { progressInput } from '../../components/progress/progress-input.ts';
import { cycles } from '../../content.ts';
import { reportJson } from '../../lib/progress-export.ts';
import { jsonFile } from '../../lib/open-data.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { cycle } = props as { cycle: Cycle };
  return new Response(jsonFile(reportJson(progressInput(cycle))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
