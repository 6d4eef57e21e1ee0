// /du-lieu/ke-hoach-<cycle>.xlsx: the plans CSV as a workbook (src/lib/workbook.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { cycles, plans, unitsOf } from '../../content.ts';
import { planWorkbook, XLSX_TYPE } from '../../lib/workbook.ts';

export const getStaticPaths = (() => cycles.map((cycle) => ({ params: { cycle: cycle.id }, props: { cycle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { cycle } = props as { cycle: (typeof cycles)[number] };
  return new Response(await planWorkbook(cycle, unitsOf(cycle), plans), { headers: { 'Content-Type': XLSX_TYPE } });
};
