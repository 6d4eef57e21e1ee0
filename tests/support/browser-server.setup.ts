// Global setup of the e2e project: one headless Chromium for the whole run, which every browser
// test file connects to (tests/support/browser.ts) and opens its own contexts in, instead of
// each file starting a browser of its own (about 3 s of CPU each, thirteen times a run). The
// browser listens on 127.0.0.1 only. Without Chromium nothing starts: the tests skip loudly.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { BROWSER_ARGS, CHROMIUM_PATH, hasChromium } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string | undefined;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasChromium) {
    project.provide('browserEndpoint', undefined);
    return async () => {};
  }
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: BROWSER_ARGS, host: '127.0.0.1' });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
