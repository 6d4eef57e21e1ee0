// npm run bench:validate [-- N…]
// Times the full validation pipeline over N synthetic plans against the floor: the bare
// cost of reading and yaml-parsing the same files. Also times the cross-file rules alone,
// to show they grow linearly with N. Not part of the tests: figures go to docs/benchmarks.md.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { contentPath } from '../src/pipeline/classify.ts';
import { crossCheck } from '../src/pipeline/cross-check.ts';
import { splitFrontmatter } from '../src/pipeline/frontmatter.ts';
import { listContentFiles, loadContent } from '../src/pipeline/load-content.ts';
import { parseYaml } from '../src/pipeline/parse-yaml.ts';

const SOURCES = ['ngan-sach-trung-uong', 'ngan-sach-dia-phuong', 'ngan-sach-don-vi', 'xa-hoi-hoa', 'vien-tro', 'khac'];
const TASKS = ['truyen-thong', 'lanh-dao', 'chuong-trinh', 'long-ghep', 'dich-vu', 'kiem-tra', 'bao-cao'];
const GROUPS = ['can-bo', 'nhan-dan', 'phu-nu', 'nam-gioi', 'tre-em'];
const REPEATS = 5;

/** A small deterministic generator (mulberry32), so every run measures the same files. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRoot(n: number): string {
  const root = mkdtempSync(path.join(tmpdir(), `bench-${n}-`));
  const rand = random(n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const units = Array.from({ length: n }, (_, i) => ({
    id: `don-vi-${String(i + 1).padStart(5, '0')}`,
    name: `Đơn vị thử nghiệm số ${i + 1}`,
    group: i % 2 === 0 ? 'tinh' : 'huyen',
    kind: i % 2 === 0 ? 'so' : 'huyen',
  }));
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'plans', '2021-2023'), { recursive: true });
  mkdirSync(path.join(content, 'cycles'), { recursive: true });
  mkdirSync(path.join(content, 'dispatches'), { recursive: true });
  // The real registry too: the cycles name their standing agency by its unit id.
  const real = (parse(readFileSync(path.join(process.cwd(), 'content', 'units.yaml'), 'utf8')) as { units: unknown[] }).units;
  writeFileSync(path.join(content, contentPath({ kind: 'registry' })), stringify({ units: [...real, ...units] }));
  for (const dir of ['cycles', 'dispatches']) {
    for (const file of readdirSync(path.join(process.cwd(), 'content', dir))) {
      writeFileSync(path.join(content, dir, file), readFileSync(path.join(process.cwd(), 'content', dir, file)));
    }
  }
  for (const unit of units) {
    const activities = Array.from({ length: between(5, 15) }, (_, k) => {
      const years = [2021, 2022, 2023];
      const lines = between(1, 4);
      const budget = Array.from({ length: lines }, (_, j) => ({
        year: years[j % 3],
        source: SOURCES[(j + k) % SOURCES.length],
        amount: Math.round(rand() * 200_000) / 1000,
      }));
      return {
        id: `hoat-dong-${k + 1}`,
        title: `Hội nghị truyền thông về bình đẳng giới lần thứ ${k + 1} cho cán bộ, công chức`,
        task: pick(TASKS),
        action_month: rand() < 0.3,
        description: 'Tổ chức tại hội trường đơn vị, mời báo cáo viên của Hội Liên hiệp Phụ nữ tỉnh.',
        lead: 'Văn phòng',
        partners: ['Hội LHPN tỉnh'],
        target_groups: [pick(GROUPS)],
        budget,
      };
    });
    const plan = {
      unit: unit.id,
      cycle: '2021-2023',
      status: 'submitted',
      submitted_on: '2020-09-15',
      contact: { name: 'Nguyễn Thị Hoa', position: 'Chuyên viên', phone: '0237 3861 234', email: 'hoa@example.gov.vn' },
      summary: 'Kế hoạch tập trung truyền thông tại cơ sở và lồng ghép giới trong quy hoạch.',
      activities,
    };
    writeFileSync(path.join(content, contentPath({ kind: 'plan', cycle: '2021-2023', unit: unit.id })), stringify(plan));
  }
  return root;
}

async function floor(root: string): Promise<number> {
  const files = await listContentFiles(root);
  let next = 0;
  let count = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      const text = await readFile(path.join(root, file), 'utf8');
      const yamlText = file.endsWith('.md') ? (splitFrontmatter(text).yaml ?? '') : text;
      if (parse(yamlText) !== undefined) count++;
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return count;
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rows: string[] = [];
const crossTimes = new Map<number, number>();
for (const n of sizes.length > 0 ? sizes : [1000, 10_000]) {
  const root = makeRoot(n);
  const result = await loadContent(root); // warm-up, and a check that the files are valid
  if (result.issues.length > 0) throw new Error(`synthetic plans do not validate: ${result.issues[0]?.message}`);
  const activities = result.content.plans.reduce((s, p) => s + (p.data.activities?.length ?? 0), 0);
  const lines = result.content.plans.reduce((s, p) => s + (p.data.activities ?? []).reduce((t, a) => t + (a.budget?.length ?? 0), 0), 0);
  const floorMs = await median(() => floor(root));
  const fullMs = await median(() => loadContent(root));
  const noInvalid = { registry: false, cycles: new Set<string>(), dispatches: new Set<string>(), plans: new Set<string>() };
  const crossMs = await median(async () => crossCheck(result.content, noInvalid, (file) => ({ file, lineOffset: 0, parsed: parseYaml('') })));
  crossTimes.set(n, crossMs);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  rows.push(
    `| ${n.toLocaleString('en')} | ${activities.toLocaleString('en')} | ${lines.toLocaleString('en')} | ${floorMs.toFixed(0)} | ${fullMs.toFixed(0)} | ${(fullMs / floorMs).toFixed(2)}× | ${crossMs.toFixed(1)} | ${rss.toFixed(0)} |`,
  );
  rmSync(root, { recursive: true, force: true });
}

console.log(`Node ${process.version}, median of ${REPEATS} runs each\n`);
console.log('| plans | activities | budget lines | floor: read + yaml.parse (ms) | full validation (ms) | full / floor | cross-file rules alone (ms) | RSS after (MB) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
const [small, large] = [...crossTimes.entries()];
if (small && large) {
  console.log(`\nCross-file rules: ×${(large[1] / small[1]).toFixed(1)} time for ×${(large[0] / small[0]).toFixed(0)} plans (linear means ≈ ×${(large[0] / small[0]).toFixed(0)}).`);
}
