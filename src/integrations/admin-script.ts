// /admin/cms-start.js: the admin script (src/cms/browser/start.ts, with the pipeline, the
// schemas and the rules it runs in the form) bundled for the browser by esbuild, in dev on
// each request and once at build time. One file, no source map, no CDN.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ADMIN_SCRIPT_ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cms/browser/start.ts');

export async function bundleAdminScript(): Promise<string> {
  const result = await build({
    entryPoints: [ADMIN_SCRIPT_ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error('esbuild produced no admin script');
  return `// /admin/cms-start.js, bundled from src/cms/browser/start.ts (src/integrations/admin-script.ts).\n${file.text}`;
}
