// `astro check` (types, with warnings as errors) runs as a test beside the other files
// (vitest.config.ts). It writes the .astro/ folder of the project it checks, as builds and the
// dev server do: it checks a throwaway copy of the project (tracked and new files, node_modules
// linked), so it never waits for a build nor holds one up (tests/support/lock.ts). The committed
// content's build is the shared real site (tests/support/shared-builds.ts).
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, VITE_RUNTIME_VARS } from '../support/build.ts';
import { makeProjectCopy } from '../support/project-copy.ts';

describe('the whole project', () => {
  it('npm run check: astro check finds no error and no warning', async () => {
    const copy = makeProjectCopy('astro-check-');
    try {
      const result = await run('npm', ['run', '--silent', 'check'], { cwd: copy, unset: VITE_RUNTIME_VARS });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/^- 0 errors$/m);
      expect(result.output).toMatch(/^- 0 warnings$/m);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
