// npm run ci:ownership -- --base REV [--head REV] --author LOGIN [--author LOGIN]
// npm run ci:ownership -- --changes FILE (--base REV | --base-root DIR) --author LOGIN
// May these authors change these files? The editor lists come from the TARGET branch
// (--base), never from the submission. Exit 0 allowed, 1 refused, 2 misuse.
import { judgeChanges } from '../../src/ci/ownership.ts';
import { formatRefusals } from '../../src/ci/ownership-text.ts';
import { baseRegistry, loadBase, parseArgs, readChanges, UsageError } from './lib/submission.ts';

const USAGE = `Cách dùng:
  npm run ci:ownership -- --base COMMIT [--head COMMIT] --author TÀI_KHOẢN [--author …]
  npm run ci:ownership -- --changes TỆP (--base COMMIT | --base-root THƯ_MỤC) --author TÀI_KHOẢN
  --base: commit của nhánh đích; danh mục đơn vị (người được sửa) đọc tại đây.
  --changes: danh sách "git diff --name-status" (dấu "-" là đọc từ đầu vào chuẩn).`;

try {
  const args = parseArgs(process.argv.slice(2));
  const base = await loadBase(args);
  if (base === undefined) throw new UsageError('Cần --base hoặc --base-root để đọc danh mục đơn vị của nhánh đích.');
  const changes = readChanges(args);
  if (changes === undefined) throw new UsageError('Cần --changes hoặc --base để biết tệp nào thay đổi.');
  const result = judgeChanges(changes, args.authors, baseRegistry(base));
  for (const line of formatRefusals(result.refusals)) process.stdout.write(`${line}\n`);
  const n = result.judged.length.toLocaleString('vi-VN');
  process.stderr.write(result.ok ? `Quyền sửa: đạt (${n} đường dẫn, tài khoản ${args.authors.join(', ')}).\n` : `Quyền sửa: KHÔNG đạt, ${result.refusals.length.toLocaleString('vi-VN')} tệp không được phép sửa.\n`);
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  const usage = error instanceof UsageError;
  process.stderr.write(`${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
  process.exit(usage ? 2 : 1);
}
