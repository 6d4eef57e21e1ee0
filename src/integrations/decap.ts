// Decap CMS at /admin/, served by the site itself (no CDN): the bundled build from
// node_modules/decap-cms/dist, minus source maps. In `astro dev` a Vite middleware serves
// those files under <base>admin/; `astro build` copies them into the output's admin/.
// The admin page is src/pages/admin/index.astro, its configuration public/admin/config.yml
// (generated: npm run cms:config). When a CMS_* variable chooses a production backend
// (docs/cms-backends.md), the build writes a configuration for it instead.
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BACKEND_ENV } from '../cms/backend.ts';
import { generateCmsConfig } from '../cms/config-file.ts';
import { LOCAL_BACKEND_URL } from '../cms/config.ts';
import { adminPageHtml } from '../cms/admin-page.ts';
import { bundleAdminScript } from './admin-script.ts';

const require = createRequire(import.meta.url);

/** node_modules/decap-cms/dist, wherever npm put it. */
export const DECAP_DIST = path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The files the site serves: everything in dist/ except source maps. */
export async function decapFiles(): Promise<string[]> {
  const entries = await readdir(DECAP_DIST, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.endsWith('.map')).map((e) => e.name).sort();
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

export default function decapCms(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'decap-cms',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        projectRoot = fileURLToPath(config.root);
        const prefix = `${withSlash(config.base)}admin/`;
        const files = new Set(await decapFiles());
        updateConfig({
          vite: {
            // Test builds, temporary repositories and the CMS's own clone (npm start) live in
            // this project's .tmp/: not the dev server's business. Rooted, so that a copy of
            // the project made inside another's .tmp/ still watches its own content/.
            server: { watch: { ignored: [`${path.join(projectRoot, '.tmp')}/**`] } },
            plugins: [
              {
                name: 'decap-cms-dist',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
                    // Depending on the middleware order the base may already be stripped.
                    const name = [prefix, '/admin/'].map((p) => (pathname.startsWith(p) ? pathname.slice(p.length) : undefined)).find((n) => n !== undefined);
                    if (name === undefined) return next();
                    const send = (type: string, body: string) => {
                      res.setHeader('content-type', type);
                      res.setHeader('cache-control', 'no-store');
                      res.end(body);
                    };
                    // The page itself, as a plain file: no dev-server client, so no reload while an officer types.
                    if (name === '' || name === 'index.html') return send('text/html; charset=utf-8', adminPageHtml(config.base));
                    if (name === 'cms-start.js') {
                      bundleAdminScript().then((code) => send(TYPES['.js'] ?? '', code), next);
                      return;
                    }
                    // npm start on another port than the config's: the CMS must find decap-server there.
                    const localBackend = process.env['DECAP_LOCAL_BACKEND_URL'];
                    if (name === 'config.yml' && localBackend) {
                      readFile(path.join(projectRoot, 'public', 'admin', 'config.yml'), 'utf8').then((text) => send('text/yaml; charset=utf-8', text.replace(LOCAL_BACKEND_URL, localBackend)), next);
                      return;
                    }
                    if (!files.has(name)) return next();
                    res.setHeader('content-type', TYPES[path.extname(name)] ?? 'application/octet-stream');
                    createReadStream(path.join(DECAP_DIST, name)).pipe(res);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), 'admin');
        await mkdir(out, { recursive: true });
        const files = await decapFiles();
        await Promise.all(files.map((name) => copyFile(path.join(DECAP_DIST, name), path.join(out, name))));
        await writeFile(path.join(out, 'cms-start.js'), await bundleAdminScript());
        logger.info(`Decap CMS: ${files.length} tệp và cms-start.js vào admin/`);
        if (BACKEND_ENV.some((name) => (process.env[name] ?? '') !== '')) {
          const root = process.env['CONTENT_ROOT'] ? path.resolve(process.env['CONTENT_ROOT']) : projectRoot;
          await writeFile(path.join(out, 'config.yml'), await generateCmsConfig(root, process.env));
          logger.info(`Decap CMS: cấu hình cho máy chủ Git "${process.env['CMS_BACKEND'] ?? 'github'}"`);
        }
      },
    },
  };
}
