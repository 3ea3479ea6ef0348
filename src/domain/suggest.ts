/** "Did you mean …" for service names: close by edit distance or sharing a prefix/substring. */

/** Edits (insertions, deletions, substitutions) that turn `a` into `b`. */
export function levenshtein(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/** Up to `max` known names close to `wanted` (a substring match counts as one edit), closest first. */
export function suggestNames(wanted: string, known: readonly string[], max = 3): string[] {
  const target = wanted.toLowerCase();
  return known
    .map((name) => {
      const lower = name.toLowerCase();
      const distance = levenshtein(target, lower);
      const related = lower.includes(target) || target.includes(lower);
      return { name, score: related ? Math.min(distance, 1) : distance };
    })
    .filter(({ score, name }) => score <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(({ name }) => name);
}
