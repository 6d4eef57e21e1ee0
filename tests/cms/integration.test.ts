// The Astro integration's build step: the CMS bundle (minus source maps) into admin/, and
// a configuration for the production backend when a CMS_* variable chooses one.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import decapCms, { DECAP_DIST } from '../../src/integrations/decap.ts';
import { TMP_ROOT } from '../support/paths.ts';

mkdirSync(TMP_ROOT, { recursive: true });

type BuildDone = (options: { dir: URL; logger: { info(message: string): void } }) => Promise<void>;
const buildDone = decapCms().hooks['astro:build:done'] as unknown as BuildDone;
const logger = { info: () => undefined };
const saved = { ...process.env };
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const key of Object.keys(process.env)) if (key.startsWith('CMS_')) delete process.env[key];
  Object.assign(process.env, saved);
});

async function build(): Promise<string> {
  const dir = mkdtempSync(path.join(TMP_ROOT, 'cms-integration-'));
  made.push(dir);
  await buildDone({ dir: pathToFileURL(`${dir}/`), logger });
  return path.join(dir, 'admin');
}

describe('decap integration, astro:build:done', () => {
  it('copies the whole bundle except source maps, and leaves the committed config alone', async () => {
    const admin = await build();
    const expected = readdirSync(DECAP_DIST).filter((f) => !f.endsWith('.map')).sort();
    // Decap's files, and our own script bundled beside them.
    expect(readdirSync(admin).sort()).toEqual([...expected, 'cms-start.js'].sort());
    expect(readFileSync(path.join(admin, 'cms-start.js'), 'utf8')).toMatch(/^\/\/ \/admin\/cms-start\.js, bundled from src\/cms\/browser\/start\.ts/);
    expect(expected).toContain('decap-cms.js');
    expect(readdirSync(admin).some((f) => f.endsWith('.map'))).toBe(false);
    expect(existsSync(path.join(admin, 'config.yml'))).toBe(false);
  });

  it('writes a configuration for the backend chosen by CMS_* variables', async () => {
    Object.assign(process.env, { CMS_BACKEND: 'gitlab', CMS_REPO: 'so-ldtbxh/bdg', CMS_APP_ID: 'abc123' });
    const config = parse(readFileSync(path.join(await build(), 'config.yml'), 'utf8')) as Record<string, unknown>;
    expect(config['backend']).toMatchObject({ name: 'gitlab', repo: 'so-ldtbxh/bdg', auth_type: 'pkce', app_id: 'abc123' });
    expect(config['publish_mode']).toBe('editorial_workflow');
  });

  it('fails the build on a backend it cannot configure', async () => {
    process.env['CMS_BACKEND'] = 'gitlab';
    await expect(build()).rejects.toThrow(/CMS_APP_ID/);
  });
});
