// npm run ci:headers: write public/_headers from src/ci/headers.ts (the one source of the
// security headers). tests/ci/headers.test.ts fails when the committed file drifts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderHeadersFile } from '../../src/ci/headers.ts';

const file = path.join(process.cwd(), 'public', '_headers');
writeFileSync(file, renderHeadersFile());
process.stdout.write('Đã ghi public/_headers\n');
