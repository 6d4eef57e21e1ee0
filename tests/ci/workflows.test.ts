// The workflow files keep the rules of issue 6: they only call the project's npm scripts,
// every job has a timeout, actions are pinned to full commit SHAs, permissions are minimal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/paths.ts';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
const GITHUB = ['.github/workflows/pull-request.yml', '.github/workflows/deploy.yml'];

interface GithubJob {
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  steps: Array<{ uses?: string; run?: string }>;
}
const githubJobs = (file: string) => Object.entries((parse(read(file)) as { jobs: Record<string, GithubJob> }).jobs);

/** Every `npm run NAME` in a text. */
const npmRuns = (text: string) => [...text.matchAll(/npm run ([\w:.-]+)/g)].map((m) => m[1]);

describe('GitHub workflows', () => {
  it.each(GITHUB)('%s: every job has a timeout', (file) => {
    for (const [name, job] of githubJobs(file)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  it.each(GITHUB)('%s: actions pinned to a full commit SHA with its version', (file) => {
    const uses = read(file).split('\n').filter((l) => /^\s*(- )?uses:/.test(l));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(GITHUB)('%s: the token reads the repository only, by default', (file) => {
    expect((parse(read(file)) as { permissions: unknown }).permissions).toEqual({ contents: 'read' });
  });

  it('only the deploy job may write to Pages, after the build job', () => {
    const jobs = Object.fromEntries(githubJobs('.github/workflows/deploy.yml'));
    expect(jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect((jobs['deploy'] as unknown as { needs: string }).needs).toBe('build');
    expect(jobs['build']?.permissions).toBeUndefined();
    const steps = jobs['build']?.steps.map((s) => s.run ?? s.uses ?? '') ?? [];
    const upload = steps.findIndex((s) => s.startsWith('actions/upload-pages-artifact'));
    expect(upload, 'the build job uploads the site').toBeGreaterThan(0);
    for (const check of ['npm run ci:verdict', 'npm test', 'npm run build']) {
      const at = steps.findIndex((s) => s.includes(check));
      // -1 (the step is missing) must fail too, not pass as "before the upload".
      expect(at, `${check} is a step of the build job`).toBeGreaterThanOrEqual(0);
      expect(at, `${check} runs before the upload`).toBeLessThan(upload);
    }
  });
});

describe('GitLab pipeline', () => {
  const config = parse(read('.gitlab-ci.yml')) as Record<string, { timeout?: string; script?: unknown; needs?: unknown }>;
  const jobs = Object.entries(config).filter(([name, job]) => !name.startsWith('.') && typeof job === 'object' && job !== null && 'script' in job);

  it('every job has a timeout', () => {
    expect(jobs.map(([name]) => name).sort()).toEqual(['ownership', 'ownership-main', 'pages', 'test', 'verdict', 'verdict-main']);
    for (const [name, job] of jobs) expect(job.timeout, name).toMatch(/^\d+ minutes$/);
  });

  it('publishes only after every check of the pipeline', () => {
    expect(config['pages']?.needs).toEqual([{ job: 'test' }, { job: 'verdict-main' }, { job: 'ownership-main', optional: true }]);
  });
});

describe.each([...GITHUB, '.gitlab-ci.yml'])('%s', (file) => {
  it('calls only npm scripts the project defines', () => {
    const used = npmRuns(read(file));
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(scripts, `npm run ${name}`).toContain(name);
  });
});
