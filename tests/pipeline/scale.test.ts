// Issue 10, item 3: error placement is linear in the size of the file. Checked by counting
// steps, not by timing; the whole-file test has a generous bound that only a quadratic
// algorithm misses (a 1 MiB file of unknown keys took 621 s before; now a few seconds, see
// docs/benchmarks.md).
import { isMap, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent, MAX_ISSUES_PER_FILE } from '../../src/pipeline/load-content.ts';
import { offsetAt, parseYaml } from '../../src/pipeline/parse-yaml.ts';
import { MAX_FILE_BYTES } from '../../src/pipeline/read-file.ts';
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';

const makeRoot = contentRootsCleanedAfterAll();
const HEAD = 'unit: huyen-nga-son\ncycle: 2021-2023\nstatus: draft\n';

/** Count the reads of a mapping's pairs while `run` places errors in it. */
function countPairReads(map: YAMLMap, run: () => void): number {
  let reads = 0;
  const items = map.items;
  map.items = new Proxy(items, {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
      return Reflect.get(target, property, receiver);
    },
  });
  try {
    run();
  } finally {
    map.items = items;
  }
  return reads;
}

describe('placing errors is linear', () => {
  it('placing an error at each of N keys reads each pair a bounded number of times', () => {
    const n = 2000;
    let text = HEAD;
    for (let i = 0; i < n; i++) text += `k${i}: 1\n`;
    const parsed = parseYaml(text);
    const root = parsed.doc.contents;
    if (!isMap(root)) throw new Error('a mapping');
    const offsets: number[] = [];
    const reads = countPairReads(root, () => {
      for (let i = 0; i < n; i++) offsets.push(offsetAt(parsed.doc, [`k${i}`], { key: true }));
    });
    // A linear search per key reads about n²/2 = 2,000,000 pairs; an index reads each once.
    expect(reads).toBeLessThanOrEqual(2 * (n + 3));
    expect(parsed.lineCounter.linePos(offsets[n - 1] ?? 0)).toEqual({ line: n + 3, col: 1 });
  });

  it('the first of two equal keys is the one an error points at, as before', () => {
    const parsed = parseYaml('a:\n  x: 1\n  y: 2\n');
    expect(parsed.lineCounter.linePos(offsetAt(parsed.doc, ['a', 'y']))).toEqual({ line: 3, col: 6 });
  });

  it('duplicate keys are still found in nested and flow mappings, at the second key', () => {
    const lines = (text: string) => parseYaml(text).issues.map((i) => `${parseYaml(text).lineCounter.linePos(i.offset).line} ${i.rule}`);
    expect(lines('a:\n  - { b: 1, b: 2 }\nc: 1\n')).toEqual(['2 yaml-syntax']);
    expect(lines('a:\n  b:\n    c: 1\n    c: 2\n')).toEqual(['4 yaml-syntax']);
    expect(lines('a: 1\nb: 2\n"a": 3\n')).toEqual(['3 yaml-syntax']);
    expect(lines('1: a\n"1": b\n')).toEqual(['1 bad-key']); // not equal keys, and 1 is not a text key
  });

  it(
    'a 1 MiB plan of ~110,000 unknown keys validates in bounded time, its errors capped and counted',
    async () => {
      let text = HEAD;
      for (let i = 0; text.length < MAX_FILE_BYTES - 20; i++) text += `k${i}: 1\n`;
      const keys = text.split('\n').length - 4;
      expect(keys).toBeGreaterThan(100_000);
      const root = makeRoot('scale-');
      const file = addContentFile(root, 'plans/2021-2023/huyen-nga-son.yaml', text);
      const result = await loadContent(root);
      const mine = result.issues.filter((i) => i.file === file);
      expect(mine).toHaveLength(MAX_ISSUES_PER_FILE + 1);
      expect(mine.slice(0, 2).map((i) => `${i.line}:${i.column} ${i.rule} ${i.path}`)).toEqual(['4:1 unknown-key k0', '5:1 unknown-key k1']);
      const last = mine.at(-1);
      expect(last?.rule).toBe('too-many-issues');
      expect(last?.line).toBe(4 + MAX_ISSUES_PER_FILE);
      expect(last?.message).toContain(`còn ${(keys - MAX_ISSUES_PER_FILE).toLocaleString('vi-VN')} lỗi nữa`);
    },
    180_000,
  );
});
