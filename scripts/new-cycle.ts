// npm run cycle:new -- <first-year>-<last-year> --dispatch <dispatch-id>
// Opens a new planning cycle (docs/new-cycle.md): writes content/cycles/<id>.yaml from the
// newest cycle (its standing agency, unit groups, Action Month and tasks, to be checked
// against the new dispatch), with the new years and one half-year and one annual period per
// year, deadlines not set; and marks the previous cycle `status: closed`, keeping its comments.
// It refuses to overwrite a cycle. Then: npm run validate, npm run cms:config.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, parseDocument, stringify } from 'yaml';
import type { CycleInput } from '../schemas/cycle.ts';
import { CONTENT_DIR, contentPath } from '../src/pipeline/classify.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** "2026-2030" → [2026 … 2030]; undefined unless two years, the second not before the first, at most 10 years. */
export function yearsOf(id: string): number[] | undefined {
  const m = /^(\d{4})-(\d{4})$/.exec(id);
  if (!m) return undefined;
  const [first, last] = [Number(m[1]), Number(m[2])];
  if (last < first || last - first >= 10) return undefined;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The new cycle's file, from the previous cycle's data. */
export function newCycleText(previous: CycleInput, id: string, dispatch: string): string {
  const years = yearsOf(id);
  if (!years) throw new Error(`Mã chu kỳ "${id}" phải có dạng NĂM-NĂM, ví dụ 2026-2030 (tối đa 10 năm).`);
  const first = years[0] as number;
  const cycle: CycleInput = {
    id,
    title: `Kế hoạch công tác bình đẳng giới và vì sự tiến bộ phụ nữ giai đoạn ${id}`,
    dispatch,
    ...(previous.standing_agency ? { standing_agency: previous.standing_agency } : {}),
    ...(previous.unit_groups ? { unit_groups: previous.unit_groups } : {}),
    status: 'open',
    years,
    plan_year: first,
    plan_due: null,
    action_month: previous.action_month,
    tasks: previous.tasks,
    periods: years.flatMap((y) => [
      { id: `${y}-6-thang`, label: `6 tháng đầu năm ${y}`, year: y, from: `${y}-01-01`, to: `${y}-06-30`, due: null },
      { id: `${y}-nam`, label: `Năm ${y}`, year: y, from: `${y}-01-01`, to: `${y}-12-31`, due: null },
    ]),
  };
  const head = [
    `# Chu kỳ ${id}, mở bằng npm run cycle:new từ chu kỳ ${previous.id} (docs/new-cycle.md).`,
    '# TRƯỚC KHI CÔNG BỐ, cơ quan thường trực kiểm tra theo công văn mới: title, standing_agency,',
    '# unit_groups, action_month, tasks (nguyên văn, mã nhiệm vụ), kỳ báo cáo (from/to: ngày chốt số liệu) và hạn nộp.',
  ];
  return `${head.join('\n')}\n${stringify(cycle, { lineWidth: 0 })}`;
}

function main(): number {
  const args = process.argv.slice(2);
  const id = args.find((a) => !a.startsWith('--'));
  const dispatchIndex = args.indexOf('--dispatch');
  const dispatch = dispatchIndex >= 0 ? args[dispatchIndex + 1] : undefined;
  const root = path.resolve(process.env['CONTENT_ROOT'] ?? PROJECT_ROOT, 'content');
  if (!id || !dispatch) {
    process.stderr.write('Cách dùng: npm run cycle:new -- 2026-2030 --dispatch <mã công văn trong content/dispatches/>\n');
    return 2;
  }
  const dir = path.join(root, 'cycles');
  const target = path.join(root, contentPath({ kind: 'cycle', id }));
  if (existsSync(target)) {
    process.stderr.write(`Đã có ${path.relative(process.cwd(), target)}: không ghi đè một chu kỳ.\n`);
    return 2;
  }
  const previousFile = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().at(-1);
  if (!previousFile) {
    process.stderr.write(`Chưa có chu kỳ nào trong ${dir} để lấy làm mẫu.\n`);
    return 2;
  }
  const previousPath = path.join(dir, previousFile);
  const previousText = readFileSync(previousPath, 'utf8');
  let text: string;
  try {
    text = newCycleText(parse(previousText) as CycleInput, id, dispatch);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  writeFileSync(target, text);
  const previous = parseDocument(previousText);
  previous.set('status', 'closed');
  writeFileSync(previousPath, previous.toString({ lineWidth: 0, flowCollectionPadding: false }));
  process.stdout.write(`Đã ghi ${path.relative(process.cwd(), target)}; chu kỳ ${previousFile.replace(/\.yaml$/, '')} chuyển sang status: closed.\n`);
  const dispatchFile = contentPath({ kind: 'dispatch', id: dispatch });
  if (!existsSync(path.join(root, dispatchFile))) process.stdout.write(`Còn thiếu công văn ${CONTENT_DIR}/${dispatchFile}.\n`);
  process.stdout.write('Tiếp theo: sửa tệp chu kỳ theo công văn mới, rồi npm run validate và npm run cms:config.\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
