import { distance } from 'fastest-levenshtein';

/** The known names closest to `wanted`, best first; none when nothing is reasonably close. */
export function closest(wanted: string, known: readonly string[], most = 3): string[] {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return known
    .map((name) => ({ name, score: distance(wanted, name) }))
    .filter(({ name, score }) => score <= limit || name.includes(wanted) || wanted.includes(name))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, most)
    .map(({ name }) => name);
}
