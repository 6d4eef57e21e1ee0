// npm run ci:codeowners: write .github/CODEOWNERS and .gitlab/CODEOWNERS from the registry
// (content/units.yaml, read through the pipeline). tests/ci/codeowners.test.ts fails on drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODEOWNERS_PATHS, renderCodeowners } from '../../src/ci/codeowners.ts';
import { contentFilePath } from '../../src/pipeline/classify.ts';
import { formatIssue } from '../../src/pipeline/issue.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';

const root = process.cwd();
const { content, issues } = await loadContent(root);
if (content.registry === undefined) {
  for (const issue of issues.filter((i) => i.file === contentFilePath({ kind: 'registry' }))) process.stderr.write(`${formatIssue(issue)}\n`);
  process.stderr.write('Danh mục đơn vị không hợp lệ: chưa sinh CODEOWNERS.\n');
  process.exit(1);
}
const text = renderCodeowners(content.registry.data);
for (const file of CODEOWNERS_PATHS) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  process.stdout.write(`Đã ghi ${file}\n`);
}
