// /du-lieu/bao-cao-<cycle>.xlsx: the reports CSV and the follow-up lists as a workbook.
import type { APIRoute, GetStaticPaths } from 'astro';
import { progressInput } from '../../components/progress/progress-input.ts';
import { cycles } from '../../content.ts';
import { AS_OF } from '../../lib/as-of.ts';
import { reportWorkbook, XLSX_TYPE } from '../../lib/workbook.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { cycle } = props as { cycle: (typeof cycles)[number] };
  return new Response(await reportWorkbook(progressInput(cycle), AS_OF), { headers: { 'Content-Type': XLSX_TYPE } });
};
