// npm run validate [-- FILE…]
// Checks all of content/ (or only the files named, with cross-file rules still using the
// rest of content/). Exit 0 when all holds, 1 when any file breaks a rule, 2 on misuse.
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { formatGithubAnnotation, formatIssue } from '../src/pipeline/issue.ts';
import { CONTENT_DIR } from '../src/pipeline/classify.ts';
import { loadContent } from '../src/pipeline/load-content.ts';

const USAGE = `Cách dùng: npm run validate [-- [--root THƯ_MỤC] [TỆP…]]
  Không có TỆP: kiểm tra toàn bộ thư mục content/.
  Có TỆP: chỉ báo lỗi của các tệp đó (các quy tắc liên tệp vẫn dùng phần còn lại của content/).
  --root: thư mục dự án chứa content/ (mặc định: thư mục hiện tại).`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let root = process.cwd();
const named: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (arg === '--root') {
    const value = args[++i];
    if (value === undefined) usageError('Thiếu thư mục sau --root.');
    root = path.resolve(value);
  } else if (arg.startsWith('-')) {
    usageError(`Không hiểu tùy chọn "${arg}".`);
  } else {
    named.push(arg);
  }
}

if (!existsSync(path.join(root, CONTENT_DIR))) usageError(`Không thấy thư mục ${CONTENT_DIR}/ trong ${root}.`);

// Named files are reported as paths from the root, the way every issue names its file.
// npm runs scripts from the project folder; INIT_CWD is where the person typed the command.
const typedIn = process.env['INIT_CWD'] || process.cwd();
const wanted = new Set<string>();
for (const name of named) {
  const absolute = path.resolve(typedIn, name);
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  // lstat: a link named here is not followed; the pipeline reports it as a link.
  const entry = lstatSync(absolute, { throwIfNoEntry: false });
  if (entry === undefined || entry.isDirectory()) usageError(`Không có tệp "${name}".`);
  if (!relative.startsWith(`${CONTENT_DIR}/`)) usageError(`Tệp "${name}" không nằm trong thư mục ${CONTENT_DIR}/ của dự án.`);
  wanted.add(relative);
}

const result = await loadContent(root);
const issues = wanted.size === 0 ? result.issues : result.issues.filter((issue) => wanted.has(issue.file));
const checked = wanted.size === 0 ? result.files.length : wanted.size;

for (const issue of issues) process.stdout.write(`${formatIssue(issue)}\n`);
if (process.env['GITHUB_ACTIONS'] === 'true') {
  for (const issue of issues) process.stdout.write(`${formatGithubAnnotation(issue)}\n`);
}

const badFiles = new Set(issues.map((i) => i.file)).size;
if (issues.length === 0) {
  process.stderr.write(`Hợp lệ: đã kiểm tra ${checked.toLocaleString('vi-VN')} tệp, không có lỗi.\n`);
} else {
  process.stderr.write(`Không hợp lệ: ${issues.length.toLocaleString('vi-VN')} lỗi trong ${badFiles.toLocaleString('vi-VN')} tệp (đã kiểm tra ${checked.toLocaleString('vi-VN')} tệp).\n`);
}
process.exit(issues.length === 0 ? 0 : 1);
