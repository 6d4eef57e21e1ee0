// Writes a complete demo content root: the real registry, cycle, dispatch and guidance,
// plus generated plans and reports. Demo data never enters content/.
//   node scripts/demo/generate.ts [targetDir]     (default .tmp/demo)
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument, stringify } from 'yaml';
import type { Cycle } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Registry } from '../../schemas/unit.ts';
import { contentFilePath, contentPath } from '../../src/pipeline/classify.ts';
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
 * Commit each plan in a throw-away Git repository at the target, dated the day it was
 * submitted (or a fixed day for drafts), so unit pages show "Cập nhật lần cuối" as they will
 * on the real site. Fixed author and dates: the history is the same on every run.
 */
function commitDemoHistory(target: string, plans: { unit: string; date: string }[]): void {
  const git = (args: string[], date = '2020-09-01') =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: target,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Dữ liệu minh họa',
        GIT_AUTHOR_EMAIL: 'demo@example.invalid',
        GIT_COMMITTER_NAME: 'Dữ liệu minh họa',
        GIT_COMMITTER_EMAIL: 'demo@example.invalid',
        GIT_AUTHOR_DATE: `${date}T09:00:00+07:00`,
        GIT_COMMITTER_DATE: `${date}T09:00:00+07:00`,
      },
    });
  git(['init', '--quiet', '--initial-branch=main']);
  git(['add', 'content/units.yaml', 'content/cycles', 'content/dispatches', 'content/guidance']);
  git(['commit', '--quiet', '-m', 'Dữ liệu nền']);
  for (const p of [...plans].sort((a, b) => a.date.localeCompare(b.date) || a.unit.localeCompare(b.unit))) {
    git(['add', contentFilePath({ kind: 'plan', cycle: CYCLE_ID, unit: p.unit })]);
    git(['commit', '--quiet', '-m', `Kế hoạch ${p.unit}`], p.date);
  }
  git(['add', 'content']);
  git(['commit', '--quiet', '--allow-empty', '-m', 'Báo cáo minh họa'], '2022-08-31');
}

export async function generateDemo(targetDir: string, seed = DEMO_SEED): Promise<{ plans: number; reports: number }> {
  const target = path.resolve(targetDir);
  const src = path.join(PROJECT_ROOT, 'content');
  const dst = path.join(target, 'content');
  await rm(dst, { recursive: true, force: true });
  await rm(path.join(target, '.git'), { recursive: true, force: true });
  await mkdir(dst, { recursive: true });
  for (const part of [contentPath({ kind: 'registry' }), 'dispatches', 'guidance']) {
    await cp(path.join(src, part), path.join(dst, part), { recursive: true });
  }
  const cycleFile = contentPath({ kind: 'cycle', id: CYCLE_ID });
  const cycleText = withDemoDates(await readFile(path.join(src, cycleFile), 'utf8'));
  await mkdir(path.dirname(path.join(dst, cycleFile)), { recursive: true });
  await writeFile(path.join(dst, cycleFile), cycleText);

  const registry = parse(await readFile(path.join(src, contentPath({ kind: 'registry' })), 'utf8')) as Registry;
  const cycle = parse(cycleText) as Cycle;
  const random = seededRandom(seed);
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
  commitDemoHistory(
    target,
    plans.map((p) => ({ unit: p.unit, date: typeof p.data.submitted_on === 'string' ? p.data.submitted_on : '2020-09-25' })),
  );
  return { plans: plans.length, reports: reports.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2] ?? path.join(PROJECT_ROOT, '.tmp', 'demo');
  const { plans, reports } = await generateDemo(target);
  console.log(`Đã tạo dữ liệu minh họa tại ${target}: ${plans} kế hoạch, ${reports} báo cáo.`);
}
