// The order Vitest hands test files to its workers (vitest.config.ts). Vitest's own order runs
// one project after the other: every browser test file first, every unit test file last. But a
// browser test file spends much of its time waiting (on a build behind the build lock, a server,
// a page), while a unit test file computes: queued behind all of them, the unit tests ran at the
// end of the run on cores that had sat half idle. Here the unit test files are spread evenly
// between the browser test files, which keep Vitest's order among themselves (the files that
// failed last time first, then the longest; on a fresh clone the largest), except for the few
// that start the run (START_FIRST).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Browser test files that need no shared site and run one long process of their own in a copy
 * of the project (`astro check`; `npm start` with the CMS): they start the run while the other
 * worker builds the shared sites. Last, as Vitest's order by size put them on a fresh clone,
 * `astro check` ran alone for its last 20 s while the other core sat idle.
 */
export const START_FIRST = ['tests/code/project.e2e.test.ts', 'tests/cms/officer.e2e.test.ts'];

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

/** `items` with those whose name ends with one of `first` moved to the front, in the order of `first`. */
export function startFirst<T>(items: readonly T[], first: readonly string[], name: (item: T) => string): T[] {
  const rank = (item: T) => first.findIndex((f) => name(item).endsWith(f));
  const front = items.filter((item) => rank(item) >= 0).sort((a, b) => rank(a) - rank(b));
  return [...front, ...items.filter((item) => rank(item) < 0)];
}

export default class SpreadUnitTests extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = sorted.filter((f) => f.moduleId.endsWith('.e2e.test.ts'));
    const unit = sorted.filter((f) => !f.moduleId.endsWith('.e2e.test.ts'));
    return spreadBetween(startFirst(browser, START_FIRST, (f) => f.moduleId), unit);
  }
}
