// @ts-check
import { defineConfig } from 'astro/config';
import decapCms from './src/integrations/decap.ts';
import searchIndex from './src/integrations/search-index.ts';

// SITE_URL and BASE_PATH let the same build be published at any address, e.g.
// BASE_PATH=/binh-dang-gioi/ for a project page. Every internal link goes through the base.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Test builds run side by side, each with its own content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Never inline a script: the search page's CSP allows the site's own files, not inline code.
  vite: { build: { assetsInlineLimit: 0 } },
  // Decap CMS at /admin/, served from node_modules (no CDN); the Pagefind index after the build.
  integrations: [decapCms(), searchIndex()],
});
