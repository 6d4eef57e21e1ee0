// How values and lists read in a Vietnamese message: quoted, named by kind, kept short.
import type { Choice } from '../../schemas/enum.ts';

/** A count or bound in a message, vi-VN. */
export const vi = (n: number) => n.toLocaleString('vi-VN');

export function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;
}

/** How a value reads to a person: "chữ", "số", "danh sách"… */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'trống';
  if (value === null) return 'để trống';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'string') return `chữ ${quote(value)}`;
  if (typeof value === 'number') return `số ${String(value)}`;
  if (typeof value === 'boolean') return `giá trị ${String(value)}`;
  return 'một nhóm trường';
}

/** Ids for a message: at most `max` of them, then how many more (a message stays short). */
export function shortList(ids: readonly string[], max = 20): string {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')}… (và ${(ids.length - max).toLocaleString('vi-VN')} mã khác)`;
}

export function listChoices(ids: readonly string[], choices?: readonly Choice[]): string {
  return ids.map((id) => {
    const label = choices?.find((c) => c.id === id)?.label;
    return label ? `${id} (${label})` : id;
  }).join(', ');
}
