// npm start: local editing with no account. Runs the Astro dev server and decap-server
// (Decap CMS's local backend, git mode so the editorial workflow works) together, both on
// 127.0.0.1; Ctrl-C stops both. The CMS at /admin/ finds decap-server through
// `local_backend` in public/admin/config.yml (http://127.0.0.1:8081/api/v1).
//   CMS_LOCAL_MODE=fs   write files directly, no Git branches (no editorial workflow)
//   START_SITE_PORT, START_CMS_PORT   other ports (tests; the CMS config expects 8081)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_BACKEND_PORT } from './cms/config.ts';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const sitePort = Number(process.env['START_SITE_PORT'] ?? 4321);
const cmsPort = Number(process.env['START_CMS_PORT'] ?? LOCAL_BACKEND_PORT);
const mode = process.env['CMS_LOCAL_MODE'] === 'fs' ? 'fs' : 'git';
const base = process.env['BASE_PATH'] ?? '/';

const say = (line: string) => process.stdout.write(`${line}\n`);

function gitOutput(args: string[]): string | undefined {
  const result = spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

if (mode === 'git') {
  if (gitOutput(['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
    say(`Thư mục ${ROOT} chưa là kho Git. Chạy "git init" rồi commit, hoặc chạy với CMS_LOCAL_MODE=fs để ghi tệp trực tiếp.`);
    process.exit(2);
  }
  const dirty = gitOutput(['status', '--porcelain'])?.trimEnd() ?? '';
  if (dirty !== '') {
    say('CHÚ Ý: thư mục làm việc có thay đổi chưa commit:');
    for (const line of dirty.split('\n').slice(0, 10)) say(`  ${line}`);
    say('Khi lưu trong trang quản trị, decap-server chuyển sang nhánh cms/… và commit MỌI tệp chưa bị .gitignore bỏ qua;');
    say('có tệp đã sửa mà chưa commit thì việc lưu sẽ thất bại. Hãy commit các thay đổi trước khi sửa qua trang quản trị.');
  }
}

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
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
  say(`Máy chủ nội dung: http://${HOST}:${cmsPort}/api/v1 (decap-server, chế độ ${mode === 'git' ? 'git: nháp → duyệt → công bố' : 'fs: ghi tệp trực tiếp'})`);
  say('Nhấn Ctrl-C để dừng cả hai.');
  say('');
};

start(
  'decap-server',
  [path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js')],
  { PORT: String(cmsPort), BIND_HOST: HOST, MODE: mode, GIT_REPO_DIRECTORY: ROOT, LOG_LEVEL: 'info' },
  (line) => {
    if (line.includes('listening on')) announce('decap-server');
  },
);
start(
  'astro',
  [path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'), 'dev', '--host', HOST, '--port', String(sitePort)],
  { ASTRO_TELEMETRY_DISABLED: '1' },
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
