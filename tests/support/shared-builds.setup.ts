// Global setup of the e2e project: a fresh, empty folder for this run's shared sites
// (tests/support/shared-builds.ts), handed to every e2e file through `provide`.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { TMP_ROOT } from './paths.ts';

/** The folder this run's shared sites go into. */
export type SharedBuildsRoot = string;

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: SharedBuildsRoot;
  }
}

export function setup(project: TestProject): void {
  const root = path.join(TMP_ROOT, 'shared-builds', 'run');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  project.provide('sharedBuilds', root);
}
