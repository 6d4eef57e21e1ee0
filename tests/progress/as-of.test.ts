import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/lib/as-of.ts';

describe('the "as of" date', () => {
  it('is PROGRESS_AS_OF when set', () => {
    expect(resolveAsOf({ PROGRESS_AS_OF: '2023-08-01' }, new Date('2026-12-01T12:00:00Z'))).toBe('2023-08-01');
  });
  it('is otherwise the build date in Vietnam (UTC+7): 20:00 UTC is already the next day', () => {
    expect(resolveAsOf({}, new Date('2026-12-01T16:59:00Z'))).toBe('2026-12-01');
    expect(resolveAsOf({}, new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
    expect(resolveAsOf({ PROGRESS_AS_OF: '' }, new Date('2026-12-01T12:00:00Z'))).toBe('2026-12-01');
  });
  it('refuses a malformed date with a Vietnamese message', () => {
    expect(() => resolveAsOf({ PROGRESS_AS_OF: '01/08/2023' }, new Date())).toThrow(/YYYY-MM-DD/);
    expect(() => resolveAsOf({ PROGRESS_AS_OF: '2023-13-45' }, new Date())).toThrow(/PROGRESS_AS_OF/);
  });
});
