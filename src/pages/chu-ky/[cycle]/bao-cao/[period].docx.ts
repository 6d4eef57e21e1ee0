// /chu-ky/<cycle>/bao-cao/<period>.docx: the DOCX of /chu-ky/<cycle>/bao-cao/<period>/.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Cycle } from '../../../../../schemas/cycle.ts';
import { ownsPeriod, reportOf, reportPeriodsOf } from '../../../../components/report/report-source.ts';
import { cycles } from '../../../../content.ts';
import { DOCX_TYPE, reportDocx } from '../../../../lib/agency-report-docx.ts';

export const getStaticPaths = (() =>
  cycles.flatMap((cycle) => reportPeriodsOf(cycle).filter((p) => !ownsPeriod(cycle.id, p.id)).map((p) => ({ params: { cycle: cycle.id, period: p.id }, props: { cycle, periodId: p.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { cycle, periodId } = props as { cycle: Cycle; periodId: string };
  return new Response(await reportDocx(reportOf(cycle, periodId)), { headers: { 'Content-Type': DOCX_TYPE } });
};
