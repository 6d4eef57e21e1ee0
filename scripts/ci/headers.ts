// npm run ci:headers: write public/_headers and the nginx snippet of docs/security-headers.md
// from src/lib/security-headers.ts (the one source of the security headers).
// tests/ci/headers.test.ts fails when either committed file drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderHeadersFile, renderNginx } from '../../src/lib/security-headers.ts';

const root = process.cwd();
writeFileSync(path.join(root, 'public', '_headers'), renderHeadersFile());
process.stdout.write('Đã ghi public/_headers\n');

const docs = path.join(root, 'docs', 'security-headers.md');
const text = readFileSync(docs, 'utf8');
const block = /(<!-- nginx:start[^>]*-->\n)[\s\S]*?(\n<!-- nginx:end -->)/;
if (!block.test(text)) {
  process.stderr.write('Không thấy các dấu <!-- nginx:start … --> / <!-- nginx:end --> trong docs/security-headers.md.\n');
  process.exit(1);
}
writeFileSync(docs, text.replace(block, (_, start: string, end: string) => `${start}\`\`\`nginx\n${renderNginx()}\`\`\`${end}`));
process.stdout.write('Đã ghi đoạn nginx trong docs/security-headers.md\n');
