import { defineConfig } from 'vitest/config';

// Two kinds of test, told apart by name (STYLE.md): *.test.ts are fast unit tests;
// *.e2e.test.ts build the site and drive real servers and a real browser.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.e2e.test.ts'],
          // Limits for a loaded 2-core machine (tests that run git or a CLI take seconds there),
          // not speed targets: those live in benchmarks.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          // The demo and the real content are built once per run and shared (tests/support/shared-builds.ts).
          globalSetup: ['tests/support/shared-builds.setup.ts'],
        },
      },
    ],
  },
});
