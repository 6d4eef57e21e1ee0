// `astro check` (types, with warnings as errors), which used to run before Vitest in `npm test`,
// now runs as a test beside the other files (vitest.config.ts) instead of holding
// the whole run up. It writes the project's .astro/, so it takes the lock the test builds take
// (tests/support/lock.ts). The committed content's build is the shared real site
// (tests/support/shared-builds.ts), read by site, progress and CSP tests.
import { describe, expect, it } from 'vitest';
import { run, VITE_RUNTIME_VARS } from '../support/build.ts';
import { PROJECT_ASTRO, withLock } from '../support/lock.ts';

describe('the whole project', () => {
  it('npm run check: astro check finds no error and no warning', async () => {
    const result = await withLock(PROJECT_ASTRO, () => run('npm', ['run', '--silent', 'check'], { unset: VITE_RUNTIME_VARS }));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^- 0 errors$/m);
    expect(result.output).toMatch(/^- 0 warnings$/m);
  });
});
