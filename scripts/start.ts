// npm start: local editing with no account. Runs the Astro dev server and decap-server
// (Decap CMS's local backend, git mode so the editorial workflow works) together, both on
// 127.0.0.1; Ctrl-C stops both. The CMS at /admin/ finds decap-server through
// `local_backend` in public/admin/config.yml (http://127.0.0.1:8081/api/v1).
// decap-server works in its own clone (.tmp/cms-repo, src/cms/local-repo.ts): drafts
// never touch the working tree the dev server watches; what is published comes back into
// the working branch within a second.
//   CMS_LOCAL_MODE=fs   write files directly into content/, no Git branches (no editorial workflow)
//   START_SITE_PORT, START_CMS_PORT   other ports (tests)
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { LOCAL_BACKEND_PORT } from '../src/cms/config.ts';
import { cmsRepoPath, git, prepareCmsRepo, syncCmsRepo } from '../src/cms/local-repo.ts';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const sitePort = Number(process.env['START_SITE_PORT'] ?? 4321);
const cmsPort = Number(process.env['START_CMS_PORT'] ?? LOCAL_BACKEND_PORT);
const mode = process.env['CMS_LOCAL_MODE'] === 'fs' ? 'fs' : 'git';
const base = process.env['BASE_PATH'] ?? '/';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The branch the CMS publishes to, as its config says. */
function configBranch(): string {
  const config = parse(readFileSync(path.join(ROOT, 'public', 'admin', 'config.yml'), 'utf8')) as { backend?: { branch?: string } };
  return config.backend?.branch ?? 'main';
}

let cmsRepo = ROOT;
let syncTimer: NodeJS.Timeout | undefined;
if (mode === 'git') {
  if (git(ROOT, ['rev-parse', '--is-inside-work-tree']).out !== 'true') {
    say(`Thư mục ${ROOT} chưa là kho Git. Chạy "git init" rồi commit, hoặc chạy với CMS_LOCAL_MODE=fs để ghi tệp trực tiếp.`);
    process.exit(2);
  }
  const branch = configBranch();
  cmsRepo = cmsRepoPath(ROOT);
  try {
    for (const note of prepareCmsRepo(ROOT, cmsRepo, branch)) say(note);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  syncTimer = setInterval(() => {
    for (const note of syncCmsRepo(ROOT, cmsRepo, branch)) say(`[đồng bộ] ${note}`);
  }, 1000);
}

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  if (syncTimer) clearInterval(syncTimer);
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

function start(name: string, args: string[], env: Record<string, string>, onLine?: (line: string) => void): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      stream.write(`[${name}] ${line}\n`);
      onLine?.(line);
    }
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} đã dừng (${signal ?? code}); dừng nốt phần còn lại.`);
      stopAll(code ?? 1);
    }
  });
  return child;
}

const ready = new Set<string>();
// Astro moves to the next port when 4321 is taken: the URL it prints is the one to open.
let siteUrl = `http://${HOST}:${sitePort}${base.endsWith('/') ? base : `${base}/`}`;
const announce = (name: string) => {
  if (ready.has(name)) return;
  ready.add(name);
  if (ready.size < 2) return;
  say('');
  say(`Trang web:        ${siteUrl}`);
  say(`Trang quản trị:   ${siteUrl}admin/  (bấm "Đăng nhập", không cần tài khoản)`);
  say(`Máy chủ nội dung: http://${HOST}:${cmsPort}/api/v1 (decap-server, chế độ ${mode === 'git' ? `git: soạn → chờ duyệt → công bố, làm việc trong ${path.relative(ROOT, cmsRepo)}` : 'fs: ghi tệp trực tiếp'})`);
  say('Nhấn Ctrl-C để dừng cả hai.');
  say('');
};

start(
  'decap-server',
  [path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js')],
  { PORT: String(cmsPort), BIND_HOST: HOST, MODE: mode, GIT_REPO_DIRECTORY: cmsRepo, LOG_LEVEL: 'info' },
  (line) => {
    if (line.includes('listening on')) announce('decap-server');
  },
);
start(
  'astro',
  [path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'), 'dev', '--host', HOST, '--port', String(sitePort)],
  // The CMS config names decap-server's default port; on another port the dev server says so.
  { ASTRO_TELEMETRY_DISABLED: '1', ...(cmsPort === LOCAL_BACKEND_PORT ? {} : { DECAP_LOCAL_BACKEND_URL: `http://${HOST}:${cmsPort}/api/v1` }) },
  (line) => {
    // Astro colours its output (also under CI=true): match on the text without ANSI codes.
    // eslint-disable-next-line no-control-regex
    const local = /Local\s+(http:\/\/\S+)/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''));
    if (local?.[1]) {
      siteUrl = local[1].endsWith('/') ? local[1] : `${local[1]}/`;
      announce('astro');
    }
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    say('\nĐang dừng trang web và decap-server…');
    stopAll(0);
  });
}
