// Guessing what a person meant: the id a text would make, the candidate a typo is closest to.

/** Lowercase, no diacritics, hyphens: what an id should look like. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** Past this many candidates no typo is guessed: each guess costs one comparison per candidate. */
const MAX_GUESS_CANDIDATES = 200;

/** The closest candidate when it is close enough to be a typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length > MAX_GUESS_CANDIDATES) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const v = slugify(value);
  for (const c of candidates) {
    const d = Math.min(editDistance(v, c), editDistance(value, c));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
