// Two checks of the whole project that used to run before and after Vitest in `npm test`, now
// run beside the other test files (vitest.config.ts: four workers) instead of holding the whole
// run up: `astro check` (types, with warnings as errors) and `npm run build` (the committed
// content, built as the host builds it: today's date, into dist/). Both write the project's
// .astro/, so each takes the lock the test builds take (tests/support/lock.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, VITE_RUNTIME_VARS } from '../support/build.ts';
import { PROJECT_ASTRO, withLock } from '../support/lock.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/** `npm run <script>` in the project, with none of the variables Vitest sets in its own process. */
const npmRun = (script: string) => withLock(PROJECT_ASTRO, () => run('npm', ['run', '--silent', script], { unset: VITE_RUNTIME_VARS }));

describe('the whole project', () => {
  it('npm run check: astro check finds no error and no warning', async () => {
    const result = await npmRun('check');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^- 0 errors$/m);
    expect(result.output).toMatch(/^- 0 warnings$/m);
  });

  it('npm run build: the committed content builds into dist/, as the host builds it', async () => {
    const result = await npmRun('build');
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(PROJECT_ROOT, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(path.join(PROJECT_ROOT, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
