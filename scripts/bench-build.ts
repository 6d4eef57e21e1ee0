// npm run bench:build [-- N…] [--keep] [--without-search]
// Builds the site over generated content of N units (59: the demo itself, on the real
// registry; any other N: the demo's generator on a registry of N synthetic units), each in a
// temporary Git repository with one commit per plan (scripts/demo/history.ts), with a fresh
// content cache. In the same run it builds a bare Astro project with as many trivial pages:
// the floor. Prints wall time, peak RSS, page count, the largest pages' gzip sizes and the
// ratios. With --without-search, the same content is also built once more, fresh, with the
// project's config minus the search index (what the site costs before Pagefind). Not part of
// the tests: figures go to docs/benchmarks.md.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Registry, Unit } from '../schemas/unit.ts';
import { PAGE_LIMIT_LARGE, PAGE_LIMIT_PROVINCE, pagesOver, pageWeights } from '../src/lib/page-weight.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { DEMO_AS_OF, generateDemo } from './demo/generate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const DEMO_UNITS = 59;
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const withoutSearch = args.includes('--without-search');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(DEMO_UNITS, 1000, 10_000);

/**
 * The real registry plus synthetic units up to N: one in three a provincial body, the others
 * districts (the demo's two plan shapes). Its first 59 plans are the demo's.
 */
function registryOf(n: number): Registry {
  const real = parse(readFileSync(path.join(ROOT, 'content', 'units.yaml'), 'utf8')) as Registry;
  const extra: Unit[] = Array.from({ length: Math.max(0, n - real.units.length) }, (_, i) => {
    const no = String(i + 1).padStart(5, '0');
    return i % 3 === 0
      ? { id: `so-thu-nghiem-${no}`, name: `Sở thử nghiệm số ${i + 1}`, group: 'tinh', kind: 'so' }
      : { id: `huyen-thu-nghiem-${no}`, name: `Huyện thử nghiệm số ${i + 1}`, group: 'huyen', kind: 'huyen' };
  });
  return { units: [...real.units, ...extra] };
}

interface Run {
  seconds: number;
  /** Peak resident set size of the build process, MB (from /usr/bin/time -v, else unknown). */
  rssMb: number | undefined;
  /** Peak RSS per process name in the build's process tree (Node's main thread, pagefind…), MB, sampled every second. */
  peaks: Map<string, number>;
  load: string;
  code: number;
  output: string;
}

/** Run node with args under /usr/bin/time -v; wall time measured here. */
function timed(nodeArgs: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  const haveTime = (() => {
    try {
      readFileSync(TIME);
      return true;
    } catch {
      return false;
    }
  })();
  const [cmd, cmdArgs] = haveTime ? [TIME, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const start = performance.now();
  const peaks = new Map<string, number>();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    // /usr/bin/time -v reports the largest single process of the tree: sample which one it is.
    const sampler = setInterval(() => {
      execFile('ps', ['-eo', 'pid=,ppid=,rss=,comm='], (error, out) => {
        if (error || child.pid === undefined) return;
        const procs = out
          .trim()
          .split('\n')
          .map((l) => l.trim().split(/\s+/))
          .map(([pid, ppid, rss, ...comm]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), comm: comm.join(' ') }));
        const tree = new Set([child.pid]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const p of procs) {
            if (!tree.has(p.ppid) || tree.has(p.pid)) continue;
            tree.add(p.pid);
            grew = true;
          }
        }
        for (const p of procs) if (tree.has(p.pid)) peaks.set(p.comm, Math.max(peaks.get(p.comm) ?? 0, Math.round(p.rss / 1024)));
      });
    }, 1000);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      resolve({ seconds, rssMb: kb ? Math.round(Number(kb) / 1024) : undefined, peaks, load: loadavg().map((l) => l.toFixed(2)).join(' '), code: code ?? 1, output });
    });
  });
}

/** A throw-away Astro project with one dynamic route of `pages` trivial pages, on this project's node_modules. */
function bareProject(pages: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-bare-${pages}-`));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { build: { format: 'directory' }, trailingSlash: 'always' };\n");
  mkdirSync(path.join(dir, 'src', 'pages', 'p'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src', 'pages', 'p', '[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="vi"><head><title>Trang {n}</title></head><body><h1>Trang {n}</h1></body></html>\n`,
  );
  return dir;
}

/** A config file in `dir`: the project's own, without the search index integration. Astro takes --config relative to the project root. */
function configWithoutSearch(dir: string): string {
  const file = path.join(dir, 'astro.config.without-search.mjs');
  const projectConfig = JSON.stringify(path.join(ROOT, 'astro.config.mjs'));
  writeFileSync(file, `import config from ${projectConfig};\nexport default { ...config, integrations: config.integrations.filter((i) => i.name !== 'search-index') };\n`);
  return file;
}

/** The run, if it succeeded; else the tail of its output, and the benchmark ends. */
function succeeded(run: Run): Run {
  if (run.code === 0) return run;
  console.error(run.output.slice(-4000));
  process.exit(1);
}

/** The site on `root`'s content, with a fresh cache, into `root`/`outDir` (`config`: another config file than the project's). */
function buildSite(root: string, outDir: string, cacheDir: string, config?: string): Promise<Run> {
  const configArgs = config === undefined ? [] : ['--config', path.relative(ROOT, config)];
  return timed([ASTRO, 'build', '--outDir', path.join(root, outDir), ...configArgs], ROOT, {
    CONTENT_ROOT: root,
    ASTRO_CACHE_DIR: path.join(root, cacheDir),
    PROGRESS_AS_OF: DEMO_AS_OF,
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const rows: string[] = [];
const times = new Map<number, number>();

for (const n of sizes) {
  const root = mkdtempSync(path.join(tmpdir(), `bench-build-${n}-`));
  const t0 = performance.now();
  const { plans, reports } = await generateDemo(root, n === DEMO_UNITS ? {} : { registry: registryOf(n) });
  const generated = (performance.now() - t0) / 1000;
  const commits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim());
  console.log(`\n== ${n} đơn vị: ${plans} kế hoạch, ${reports} báo cáo, ${commits} commit (tạo trong ${generated.toFixed(1)} s) tại ${root}`);

  // The content sync alone: the validation pipeline the build runs first.
  const s0 = performance.now();
  const loaded = await loadContent(root);
  if (loaded.issues.length > 0) {
    console.error(loaded.issues.slice(0, 5));
    process.exit(1);
  }
  const sync = (performance.now() - s0) / 1000;

  const build = succeeded(await buildSite(root, 'dist', 'cache'));
  const pages = pageWeights(path.join(root, 'dist'));
  times.set(n, build.seconds);
  const unindexed = withoutSearch ? succeeded(await buildSite(root, 'dist-without-search', 'cache-without-search', configWithoutSearch(root))) : undefined;
  const bare = bareProject(pages.length);
  const floor = succeeded(await timed([ASTRO, 'build'], bare, {}));
  const floorPages = readdirSync(path.join(bare, 'dist', 'p')).length;
  const budget = 2 * floor.seconds + sync;
  console.log(`site : ${build.seconds.toFixed(1)} s, đỉnh RSS ${build.rssMb ?? '?'} MB, ${pages.length} trang, tải ${build.load}`);
  console.log(`  đỉnh RSS theo tiến trình (MB, mỗi giây): ${[...build.peaks].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, mb]) => `${name} ${mb}`).join(', ')}`);
  if (unindexed) console.log(`site không có chỉ mục tìm kiếm: ${unindexed.seconds.toFixed(1)} s, đỉnh RSS ${unindexed.rssMb ?? '?'} MB, tải ${unindexed.load}`);
  console.log(`nền  : ${floor.seconds.toFixed(1)} s, đỉnh RSS ${floor.rssMb ?? '?'} MB, ${floorPages} trang (Astro trần), tải ${floor.load}`);
  console.log(`đồng bộ nội dung (loadContent): ${sync.toFixed(1)} s; site / nền = ${(build.seconds / floor.seconds).toFixed(1)}×; mục tiêu 2 × nền + đồng bộ = ${budget.toFixed(1)} s`);
  console.log('trang lớn nhất (gzip HTML + CSS):');
  for (const p of pages.slice(0, 5)) console.log(`  ${kb(p.total).padStart(9)}  (HTML ${kb(p.html)})  ${p.page}`);
  console.log(`trang trên 14 kB: ${pagesOver(pages, PAGE_LIMIT_PROVINCE).length}; trên 60 kB: ${pagesOver(pages, PAGE_LIMIT_LARGE).length}`);
  const top = pages[0];
  rows.push(
    `| ${n.toLocaleString('en')} | ${plans.toLocaleString('en')} | ${reports.toLocaleString('en')} | ${commits.toLocaleString('en')} | ${pages.length.toLocaleString('en')} | ${build.seconds.toFixed(1)} | ${build.rssMb ?? '?'} | ${floor.seconds.toFixed(1)} | ${(build.seconds / floor.seconds).toFixed(1)}× | ${sync.toFixed(1)} | ${budget.toFixed(1)} | ${top ? `${kb(top.total)} ${top.page}` : ''} | ${build.load} |`,
  );
  if (!keep) {
    rmSync(root, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

console.log('\n| units | plans | reports | commits | pages | build (s) | peak RSS (MB) | bare Astro (s) | build / bare | content sync (s) | 2 × bare + sync (s) | largest page (gzip HTML+CSS) | load (1, 5, 15 min) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of rows) console.log(r);
const t1k = times.get(1000);
const t10k = times.get(10_000);
if (t1k && t10k) console.log(`\nt(10 000) / t(1 000) = ${(t10k / t1k).toFixed(1)}`);
