// What a file under content/ is, from its path alone (FORMAT.md, "Files under content/").

export type ContentKind =
  | { kind: 'registry' }
  | { kind: 'dispatch'; id: string }
  | { kind: 'cycle'; id: string }
  | { kind: 'plan'; cycle: string; unit: string }
  | { kind: 'report'; cycle: string; period: string; unit: string }
  | { kind: 'guidance'; id: string }
  | { kind: 'ignored' }
  | { kind: 'unknown'; hint: string };

/** A file the pipeline reads: what classify() says of every content path it knows. */
export type ContentFile = Exclude<ContentKind, { kind: 'ignored' } | { kind: 'unknown' }>;

/** The path inside content/ of a file, with forward slashes: the inverse of classify(). */
export function contentPath(file: ContentFile): string {
  switch (file.kind) {
    case 'registry':
      return 'units.yaml';
    case 'dispatch':
      return `dispatches/${file.id}.md`;
    case 'cycle':
      return `cycles/${file.id}.yaml`;
    case 'plan':
      return `plans/${file.cycle}/${file.unit}.yaml`;
    case 'report':
      return `reports/${file.cycle}/${file.period}/${file.unit}.yaml`;
    case 'guidance':
      return `guidance/${file.id}.md`;
  }
}

/** The folder under the project (or CONTENT_ROOT) that holds every content file. */
export const CONTENT_DIR = 'content';

/** The same path from the project (or content) root: `content/plans/2021-2023/x.yaml`. */
export const contentFilePath = (file: ContentFile): string => `${CONTENT_DIR}/${contentPath(file)}`;

/** What a path from the project root is, or undefined when it is not under content/. */
export function classifyFile(file: string): ContentKind | undefined {
  return file.startsWith(`${CONTENT_DIR}/`) ? classify(file.slice(CONTENT_DIR.length + 1)) : undefined;
}

const NAME = '([^/]+)';

/** `relative` is the path inside content/, with forward slashes. */
export function classify(relative: string): ContentKind {
  const parts = relative.split('/');
  const base = parts[parts.length - 1] ?? '';
  if (base === '.gitkeep') return { kind: 'ignored' };
  if (relative === 'units.yaml') return { kind: 'registry' };
  const match = (pattern: string) => new RegExp(pattern).exec(relative);
  let m = match(`^dispatches/${NAME}\\.md$`);
  if (m) return { kind: 'dispatch', id: m[1] ?? '' };
  m = match(`^cycles/${NAME}\\.yaml$`);
  if (m) return { kind: 'cycle', id: m[1] ?? '' };
  m = match(`^plans/${NAME}/${NAME}\\.yaml$`);
  if (m) return { kind: 'plan', cycle: m[1] ?? '', unit: m[2] ?? '' };
  m = match(`^reports/${NAME}/${NAME}/${NAME}\\.yaml$`);
  if (m) return { kind: 'report', cycle: m[1] ?? '', period: m[2] ?? '', unit: m[3] ?? '' };
  m = match(`^guidance/${NAME}\\.md$`);
  if (m) return { kind: 'guidance', id: m[1] ?? '' };
  return { kind: 'unknown', hint: hintFor(relative) };
}

function hintFor(relative: string): string {
  if (/\.yml$/i.test(relative)) return 'Tệp phải có đuôi ".yaml", không phải ".yml": hãy đổi tên tệp.';
  if (/^plans\//.test(relative)) return 'Kế hoạch phải nằm tại content/plans/<chu kỳ>/<mã đơn vị>.yaml, ví dụ content/plans/2021-2023/huyen-quang-xuong.yaml.';
  if (/^reports\//.test(relative)) return 'Báo cáo phải nằm tại content/reports/<chu kỳ>/<kỳ báo cáo>/<mã đơn vị>.yaml, ví dụ content/reports/2021-2023/2021-nam/huyen-quang-xuong.yaml.';
  return 'Tệp này không thuộc loại nội dung nào (kế hoạch, báo cáo, chu kỳ, công văn, hướng dẫn, danh mục đơn vị). Hãy chuyển đúng thư mục hoặc xóa đi.';
}
