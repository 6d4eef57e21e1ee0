// The order Vitest hands test files to its workers (vitest.config.ts). Vitest's own order runs
// one project after the other: every browser test file first, every unit test file last. But a
// browser test file spends most of its time waiting (on a build behind the build lock, a server,
// a page), while a unit test file computes: queued behind all of them, the unit tests ran at the
// end of the run on cores that had sat half idle. Here the unit test files are spread evenly
// between the browser test files, which keep Vitest's order among themselves (the files that
// failed last time first, then the longest; on a fresh clone the largest).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** `long` in its order, with `short` spread evenly between its items (and any rest at the end). */
export function spreadBetween<T>(long: readonly T[], short: readonly T[]): T[] {
  if (long.length === 0) return [...short];
  const out: T[] = [];
  let taken = 0;
  long.forEach((item, i) => {
    out.push(item);
    const upTo = Math.round(((i + 1) * short.length) / long.length);
    while (taken < upTo) out.push(short[taken++] as T);
  });
  return out;
}

export default class SpreadUnitTests extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = sorted.filter((f) => f.moduleId.endsWith('.e2e.test.ts'));
    const unit = sorted.filter((f) => !f.moduleId.endsWith('.e2e.test.ts'));
    return spreadBetween(browser, unit);
  }
}
