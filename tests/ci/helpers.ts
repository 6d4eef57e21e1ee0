// Shared by the CI tests: small registries, temporary content roots and Git repositories.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Registry } from '../../schemas/unit.ts';
import { PROJECT_ROOT, TMP_ROOT } from '../support/paths.ts';

export const REGISTRY: Registry = {
  agency_editors: ['ldtbxh-bdg'],
  units: [
    { id: 'huyen-quang-xuong', name: 'Huyện Quảng Xương', group: 'huyen', kind: 'huyen', editors: ['hoa-qx'] },
    { id: 'huyen-nga-son', name: 'Huyện Nga Sơn', group: 'huyen', kind: 'huyen', editors: ['lan-ns'] },
    { id: 'so-y-te', name: 'Sở Y tế', group: 'tinh', kind: 'so' },
  ],
};

/** A valid submitted plan for `unit` in cycle 2021-2023 (FORMAT.md's example). */
export function planYaml(unit: string, amount = '45.5'): string {
  return `unit: ${unit}
cycle: 2021-2023
status: submitted
submitted_on: 2020-09-15
contact:
  name: Nguyễn Thị Hoa
  position: Chuyên viên Phòng Lao động - TB&XH
summary: Kế hoạch tập trung truyền thông tại cơ sở.
activities:
  - id: truyen-thong-xa
    title: Hội nghị truyền thông về bình đẳng giới tại 26 xã, thị trấn
    task: truyen-thong
    action_month: true
    budget:
      - { year: 2021, source: ngan-sach-dia-phuong, amount: ${amount} }
      - { year: 2022, source: xa-hoi-hoa, amount: 10 }
`;
}

/** A valid report of `unit` for period 2021-nam, on the plan above. */
export function reportYaml(unit: string): string {
  return `unit: ${unit}
cycle: 2021-2023
period: 2021-nam
submitted_on: 2021-12-20
activities:
  - activity: truyen-thong-xa
    status: done
    spent: 42
    result: Tổ chức 26 hội nghị
`;
}

/** A new folder under .tmp/ holding the project's real content/ (registry, cycle, dispatch, guidance). */
export function makeRoot(prefix: string): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  const root = mkdtempSync(path.join(TMP_ROOT, prefix));
  cpSync(path.join(PROJECT_ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

export function put(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

export function remove(root: string, file: string) {
  rmSync(path.join(root, file));
}

export const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=CI test', '-c', 'user.email=ci@localhost', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' }).trim();

/** A Git repository whose first commit holds the real content/; returns [root, base commit]. */
export function makeRepo(prefix: string): [string, string] {
  const root = makeRoot(prefix);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  return [root, git(root, 'rev-parse', 'HEAD')];
}

export function commitAll(root: string, message: string): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}
