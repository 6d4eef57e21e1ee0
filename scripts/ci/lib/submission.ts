// What the CI scripts share: reading their arguments, the changes and the target branch.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Registry } from '../../../schemas/unit.ts';
import { parseNameStatus, type Change } from '../../../src/ci/changes.ts';
import { contentFilePath } from '../../../src/pipeline/classify.ts';
import { formatIssue } from '../../../src/pipeline/issue.ts';
import { loadContent, type PipelineResult } from '../../../src/pipeline/load-content.ts';
import { changedFiles, contentAt, isCommit } from './git.ts';

export interface SubmissionArgs {
  /** The checkout being judged (holds content/ after the change). */
  root: string;
  /** The target branch's commit; with --head it gives the changes, alone it gives the registry. */
  base?: string;
  head: string;
  /** A `git diff --name-status` listing instead of computing it ('-' reads stdin). */
  changes?: string;
  /** A folder whose content/ is the target branch (instead of --base). */
  baseRoot?: string;
  authors: string[];
  /** Extra --name VALUE options a script accepts. */
  options: Map<string, string>;
}

export class UsageError extends Error {}

/** Parse `--name value` pairs; `--author` may repeat; unknown names are a usage error. */
export function parseArgs(argv: readonly string[], extra: readonly string[] = []): SubmissionArgs {
  const args: SubmissionArgs = { root: process.cwd(), head: 'HEAD', authors: [], options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i] ?? '';
    const value = argv[i + 1];
    if (!name.startsWith('--')) throw new UsageError(`Không hiểu tham số "${name}".`);
    if (value === undefined) throw new UsageError(`Thiếu giá trị sau ${name}.`);
    i++;
    switch (name) {
      case '--root':
        args.root = path.resolve(value);
        break;
      case '--base':
        // An empty or all-zero base (a new branch, a manual run) means "no base".
        if (value !== '' && !/^0+$/.test(value)) args.base = value;
        break;
      case '--head':
        args.head = value;
        break;
      case '--changes':
        args.changes = value;
        break;
      case '--base-root':
        args.baseRoot = path.resolve(value);
        break;
      case '--author':
        // Several accounts may be given at once, separated by commas or spaces.
        args.authors.push(...value.split(/[\s,]+/).filter((a) => a !== ''));
        break;
      default:
        if (!extra.includes(name.slice(2))) throw new UsageError(`Không hiểu tùy chọn "${name}".`);
        args.options.set(name.slice(2), value);
    }
  }
  return args;
}

/** The changes judged, or undefined when neither --changes nor --base says what changed. */
export function readChanges(args: SubmissionArgs): Change[] | undefined {
  if (args.changes !== undefined) {
    const text = readFileSync(args.changes === '-' ? 0 : args.changes, 'utf8');
    return parseNameStatus(text);
  }
  if (args.base === undefined) return undefined;
  if (!isCommit(args.root, args.base)) throw new UsageError(`Không tìm thấy commit "${args.base}" (cần lấy đủ lịch sử Git: fetch-depth 0 / GIT_DEPTH 0).`);
  return changedFiles(args.root, args.base, args.head);
}

/** The target branch's content: from --base-root, or content/ at --base. */
export async function loadBase(args: SubmissionArgs): Promise<PipelineResult | undefined> {
  if (args.baseRoot !== undefined) return loadContent(args.baseRoot);
  if (args.base === undefined) return undefined;
  if (!isCommit(args.root, args.base)) throw new UsageError(`Không tìm thấy commit "${args.base}".`);
  return loadContent(contentAt(args.root, args.base));
}

/** The target branch's registry; fail closed when it cannot be read. */
export function baseRegistry(base: PipelineResult): Registry {
  const registry = base.content.registry?.data;
  if (registry === undefined) {
    const why = base.issues.filter((i) => i.file === contentFilePath({ kind: 'registry' })).map(formatIssue);
    throw new Error(`Không đọc được danh mục đơn vị (content/units.yaml) của nhánh chính, nên không thể kiểm tra quyền sửa.${why.length ? `\n${why.join('\n')}` : ''}`);
  }
  return registry;
}
