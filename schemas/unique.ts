// Within-file uniqueness, reported on the second occurrence so the message points at it.
import type { z } from 'zod';

export function requireUnique<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string,
  path: (index: number) => (string | number)[],
  rule: string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    ctx.addIssue({ code: 'custom', path: path(index), params: { rule, key, first } });
  });
}
