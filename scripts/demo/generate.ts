// Writes a complete demo content root: the real registry, cycle, dispatch and guidance,
// plus generated plans and reports. Demo data never enters content/.
//   node scripts/demo/generate.ts [targetDir]     (default .tmp/demo)
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument, stringify } from 'yaml';
import type { Cycle } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Registry } from '../../schemas/unit.ts';
import { contentFilePath, contentPath } from '../../src/pipeline/classify.ts';
import { type HistoryCommit, writeHistory } from './history.ts';
import { demoPlans } from './plans.ts';
import { demoReports } from './reports.ts';
import { DEMO_CYCLE as CYCLE_ID, DEMO_HEADER, DEMO_SEED } from './settings.ts';

export { DEMO_AS_OF, DEMO_SEED } from './settings.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** mulberry32: a small deterministic PRNG, so the demo is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo's deadlines: plan due 30/09/2020, half-year reports 15/7, annual reports 15/12. */
function withDemoDates(cycleText: string): string {
  const doc = parseDocument(cycleText);
  const quoted = (value: string) => {
    const node = doc.createNode(value);
    node.type = 'QUOTE_DOUBLE';
    return node;
  };
  doc.set('plan_due', quoted('2020-09-30'));
  const periods = (doc.toJS() as Cycle).periods;
  periods.forEach((p, i) => {
    const due = p.id.endsWith('-6-thang') ? `${p.year}-07-15` : `${p.year}-12-15`;
    doc.setIn(['periods', i, 'due'], quoted(due));
  });
  return doc.toString();
}

/**
 * The demo's Git history (scripts/demo/history.ts): the frame first, then each plan in a commit
 * of its own dated the day it was submitted (or a fixed day for drafts), so unit pages show
 * "Cập nhật lần cuối" as they will on the real site, then the reports. Fixed author and dates:
 * the history is the same on every run.
 */
function demoHistory(frame: string[], plans: { unit: string; date: string }[], reportFiles: string[]): HistoryCommit[] {
  return [
    { date: '2020-09-01', message: 'Dữ liệu nền', files: frame },
    ...[...plans]
      .sort((a, b) => a.date.localeCompare(b.date) || a.unit.localeCompare(b.unit))
      .map((p) => ({ date: p.date, message: `Kế hoạch ${p.unit}`, files: [contentFilePath({ kind: 'plan', cycle: CYCLE_ID, unit: p.unit })] })),
    { date: '2022-08-31', message: 'Báo cáo minh họa', files: reportFiles },
  ];
}

export interface DemoOptions {
  seed?: number;
  /** Another registry than the real one (npm run bench:build: 1,000 or 10,000 units). */
  registry?: Registry;
}

export async function generateDemo(targetDir: string, options: DemoOptions = {}): Promise<{ plans: number; reports: number }> {
  const target = path.resolve(targetDir);
  const src = path.join(PROJECT_ROOT, 'content');
  const dst = path.join(target, 'content');
  await rm(dst, { recursive: true, force: true });
  await rm(path.join(target, '.git'), { recursive: true, force: true });
  await mkdir(dst, { recursive: true });
  for (const part of ['dispatches', 'guidance']) {
    await cp(path.join(src, part), path.join(dst, part), { recursive: true });
  }
  if (options.registry) await writeFile(path.join(dst, 'units.yaml'), stringify(options.registry, { lineWidth: 0 }));
  else await cp(path.join(src, 'units.yaml'), path.join(dst, 'units.yaml'));
  const cycleText = withDemoDates(await readFile(path.join(src, contentPath({ kind: 'cycle', id: CYCLE_ID })), 'utf8'));
  await mkdir(path.join(dst, 'cycles'), { recursive: true });
  await writeFile(path.join(dst, contentPath({ kind: 'cycle', id: CYCLE_ID })), cycleText);

  const registry = options.registry ?? (parse(await readFile(path.join(src, 'units.yaml'), 'utf8')) as Registry);
  const cycle = parse(cycleText) as Cycle;
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const plans = demoPlans({ registry, cycle, random });
  await mkdir(path.join(dst, 'plans', CYCLE_ID), { recursive: true });
  for (const p of plans) {
    await writeFile(path.join(target, contentFilePath({ kind: 'plan', cycle: CYCLE_ID, unit: p.unit })), DEMO_HEADER + stringify(p.data, { lineWidth: 0 }));
  }
  const reports = demoReports({ registry, cycle, plans: plans.map((p) => ({ unit: p.unit, data: p.data as Plan })), random });
  for (const r of reports) {
    const file = path.join(target, r.path);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, r.text);
  }
  await mkdir(path.join(dst, 'reports', CYCLE_ID), { recursive: true });
  const under = async (dir: string) => (await readdir(path.join(target, dir), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(target, path.join(e.parentPath, e.name))).sort();
  const frame = [contentFilePath({ kind: 'registry' }), contentFilePath({ kind: 'cycle', id: CYCLE_ID }), ...(await under('content/dispatches')), ...(await under('content/guidance'))];
  writeHistory(
    target,
    demoHistory(
      frame,
      plans.map((p) => ({ unit: p.unit, date: typeof p.data.submitted_on === 'string' ? p.data.submitted_on : '2020-09-25' })),
      reports.map((r) => r.path),
    ),
  );
  return { plans: plans.length, reports: reports.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2] ?? path.join(PROJECT_ROOT, '.tmp', 'demo');
  const { plans, reports } = await generateDemo(target);
  console.log(`Đã tạo dữ liệu minh họa tại ${target}: ${plans} kế hoạch, ${reports} báo cáo.`);
}
