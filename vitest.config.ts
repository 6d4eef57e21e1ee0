import path from 'node:path';
import { defineConfig } from 'vitest/config';
import SpreadUnitTests from './tests/support/sequencer.ts';

// Every Node process the tests start (the CLIs, astro, decap-server, npm start) and Vitest's own
// workers keep Node's compiled code here and reuse it: a CLI run costs about a third less CPU.
// Keyed by each file's content, so a changed file is compiled afresh.
process.env['NODE_COMPILE_CACHE'] ??= path.resolve('.tmp', 'node-compile-cache');

// Two kinds of test, told apart by name (STYLE.md): *.test.ts are fast unit tests;
// *.e2e.test.ts build the site and drive real servers and a real browser.
export default defineConfig({
  test: {
    // Two files at a time (Vitest's default on 2 cores is one): a browser test waits on its
    // servers and pages while a unit test or another browser test uses the other core. Four were
    // tried: the run is CPU-bound (Chromium included), so it was no faster, and under that load
    // Decap CMS in the CMS journey crashed once ("Unknown error") and lost a click once. What must not
    // run twice at once takes a lock (tests/support/lock.ts): the project's astro builds, each
    // shared site (astro check and npm start run in copies of the project).
    maxWorkers: 2,
    // The unit test files spread between the browser test files, not queued after them all.
    sequence: { sequencer: SpreadUnitTests },
    // `npm test` runs with --coverage: the library and the pipeline must stay tested. Measured
    // on 2026-12-04 with the unit tests: src/lib 93.9 % lines, 80.2 % branches; src/pipeline
    // 93.3 % lines, 82.1 % branches. The floors leave room for a small uncovered helper, not for
    // a module without tests.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/pipeline/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: '.tmp/coverage',
      thresholds: {
        'src/lib/**/*.ts': { lines: 90, statements: 90, functions: 90, branches: 75 },
        'src/pipeline/**/*.ts': { lines: 90, statements: 88, functions: 86, branches: 78 },
      },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.e2e.test.ts'],
          // A worker keeps the modules it imported (zod, yaml, the pipeline) from one unit test
          // file to the next: measured, 28 % less CPU for the unit tests. No unit test mocks a
          // module, and the one that sets CMS_* variables puts them back (cms/integration.test.ts).
          isolate: false,
          // Limits for a loaded 2-core machine (tests that run git or a CLI take seconds there),
          // not speed targets: those live in benchmarks.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/support/temp-roots.setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          // As the unit tests: a worker keeps what it imported (Playwright, zod, the pipeline) from
          // one browser test file to the next, under the same rules (tests/code/shared-workers.test.ts).
          isolate: false,
          // Limits for a loaded 2-core machine running two files at once, with builds queued
          // behind each other's locks; not speed targets.
          testTimeout: 300_000,
          hookTimeout: 900_000,
          // expect.poll waits on a page that redraws after a keystroke: 1 s (Vitest's default) is
          // too short on a loaded machine.
          expect: { poll: { timeout: 30_000 } },
          // The demo and the real content are built once per run and shared (tests/support/shared-builds.ts).
          globalSetup: ['tests/support/shared-builds.setup.ts', 'tests/support/temp-roots.setup.ts'],
        },
      },
    ],
  },
});
