// Within-file uniqueness, reported on the second occurrence so the message points at it.
import type { z } from 'zod';

export function requireUnique<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
  path: (index: number) => (string | number)[],
  rule: string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined) return; // a malformed item: its own error is reported elsewhere
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    ctx.addIssue({ code: 'custom', path: path(index), params: { rule, key, first } });
  });
}

/** The items of a value that should be a list, or none when it is not one yet. */
export function itemsOf<T>(value: readonly T[] | undefined | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Run a file-level refinement even when some fields already failed, so that a person sees
 * every mistake of the file at once (Zod skips refinements after an error by default).
 * The refinement must then read its input defensively: any field may still be malformed.
 */
export const EVEN_WITH_ERRORS = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
};
