import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEOWNERS_PATHS, PLACEHOLDER_TEAM, renderCodeowners } from '../../src/ci/codeowners.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { REGISTRY } from './helpers.ts';

describe('CODEOWNERS', () => {
  it.each(CODEOWNERS_PATHS)('%s is what `npm run ci:codeowners` makes from the registry (no drift)', async (file) => {
    const { content } = await loadContent(PROJECT_ROOT);
    expect(content.registry).toBeDefined();
    const expected = renderCodeowners(content.registry!.data);
    expect(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), 'chạy `npm run ci:codeowners` rồi commit').toBe(expected);
  });

  it('makes the agency the owner of every path, and unit editors owners of nothing', () => {
    const text = renderCodeowners(REGISTRY);
    const rules = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(rules).toEqual(['* @ldtbxh-bdg']);
    expect(text).toContain('#   huyen-quang-xuong: @hoa-qx');
    expect(text).not.toContain(PLACEHOLDER_TEAM);
  });

  it('uses the placeholder team, and says so, while the registry names no agency account', () => {
    const text = renderCodeowners({ units: REGISTRY.units.map((u) => ({ ...u, editors: [] })) });
    expect(text.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual([`* ${PLACEHOLDER_TEAM}`]);
    expect(text).toContain('CHƯA CÓ TÀI KHOẢN');
  });
});
