// npm start: the Astro dev server and decap-server come up together on 127.0.0.1, the dev
// server serves the self-hosted CMS and its generated config, and one signal stops both.
// (Only decap-server's read-only "info" action is used: the project's own repository is
// never written to.)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_PATH } from '../../src/cms/config-file.ts';
import { PROJECT_ASTRO, withLock } from '../support/lock.ts';
import { freePort } from '../support/ports.ts';
import { PROJECT_ROOT, TMP_ROOT } from '../support/paths.ts';

const refused = (url: string) =>
  fetch(url, { method: 'POST' }).then(
    () => false,
    () => true,
  );

describe('npm start', () => {
  // Whatever happens to the test (a timeout included), no server outlives it.
  let started: ReturnType<typeof spawn> | undefined;
  afterAll(() => {
    if (started && started.exitCode === null) started.kill('SIGTERM'); // start.ts stops its servers on SIGTERM
  });

  // The dev server writes this project's .astro/, as a build does: never both at once (lock.ts).
  it('runs the site (under a base path) and decap-server together, and Ctrl-C stops both', () => withLock(PROJECT_ASTRO, async () => {
    const [sitePort, cmsPort] = [await freePort(), await freePort()];
    // Under VITEST=true the Astro dev server does not serve pages (404): run it as a user would,
    // and as CI does (CI=true, where Astro colours its output).
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))), CI: 'true', FORCE_COLOR: '1' };
    const child = spawn(process.execPath, ['scripts/start.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...env, START_SITE_PORT: String(sitePort), START_CMS_PORT: String(cmsPort), ASTRO_CACHE_DIR: path.join(TMP_ROOT, 'start-e2e-cache'), BASE_PATH: '/bdg/' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started = child;
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('Nhấn Ctrl-C để dừng cả hai.')) resolve();
      });
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      void exited.then((code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
    });
    try {
      const site = `http://127.0.0.1:${sitePort}/bdg/`;
      expect(output).toContain(`Trang quản trị:   ${site}admin/`);
      expect(output).toContain(`Máy chủ nội dung: http://127.0.0.1:${cmsPort}/api/v1`);

      const admin = await fetch(`${site}admin/`);
      expect(admin.status).toBe(200);
      expect(await admin.text()).toContain('src="/bdg/admin/decap-cms.js"');
      const bundle = await fetch(`${site}admin/decap-cms.js`);
      expect(bundle.status).toBe(200);
      expect(bundle.headers.get('content-type')).toMatch(/javascript/);
      expect((await fetch(`${site}admin/decap-cms.js.map`)).status).toBe(404);
      // Our script, bundled on request; and the page served as a plain file (no dev-server client).
      expect(await (await fetch(`${site}admin/cms-start.js`)).text()).toMatch(/^\/\/ \/admin\/cms-start\.js, bundled from src\/cms\/browser\/start\.ts[\s\S]*CMS_MANUAL_INIT/);
      expect(await (await fetch(`${site}admin/`)).text()).not.toContain('@vite/client');
      // On another port than the config's, the dev server tells the CMS where decap-server is.
      const config = await fetch(`${site}admin/config.yml`);
      expect(config.headers.get('content-type')).toMatch(/yaml/);
      expect(await config.text()).toBe(readFileSync(CONFIG_PATH, 'utf8').replace('http://127.0.0.1:8081/api/v1', `http://127.0.0.1:${cmsPort}/api/v1`));
      expect((await (await fetch(`${site}admin/form-data.json`)).json()) as object).toHaveProperty('registry.units');

      const info = await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
      // decap-server works in its own clone of the repository, not in the watched working tree.
      expect(await info.json()).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'], repo: 'cms-repo' });
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(await refused(`http://127.0.0.1:${cmsPort}/api/v1`)).toBe(true);
    expect(await refused(`http://127.0.0.1:${sitePort}/`)).toBe(true);
  }));
});
