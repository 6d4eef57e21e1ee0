// Building the real site for a test, from any content root, into its own folder.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ASTRO, withLock } from './lock.ts';
import { PROJECT_ROOT } from './paths.ts';

export interface BuildOptions {
  /** Folder holding the content/ to build from (default: the project). */
  contentRoot?: string;
  /** Where the site goes. */
  outDir: string;
  /** Extra environment, e.g. { BASE_PATH: '/prefix/', DEMO: '1' }. */
  env?: Record<string, string>;
}

export interface CommandResult {
  code: number;
  output: string;
}

/** Run a command to completion, collecting stdout and stderr together. */
export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; unset?: string[] } = {}): Promise<CommandResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  for (const name of options.unset ?? []) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Variables Vitest (through Vite) sets in its own process: passed on, they would make the
 * child `astro build` believe it runs under a test with base "/".
 */
export const VITE_RUNTIME_VARS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** `astro build` with the project's own Node, into outDir; one build at a time on this machine (lock.ts). */
export async function buildSite(options: BuildOptions): Promise<CommandResult> {
  const astro = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env: Record<string, string> = { ...options.env };
  if (options.contentRoot) env['CONTENT_ROOT'] = options.contentRoot;
  env['ASTRO_CACHE_DIR'] ??= `${options.outDir.replace(/\/$/, '')}-cache`;
  const unset = VITE_RUNTIME_VARS.filter((name) => !(name in env));
  return withLock(PROJECT_ASTRO, () => run(process.execPath, [astro, 'build', '--outDir', options.outDir], { env, unset }));
}
