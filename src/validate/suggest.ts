import { closest, distance } from "fastest-levenshtein";

/** "did you mean `x`?" for a misspelt name, when a known one is close enough to be the intended one. */
export function didYouMean(value: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const best = closest(value, known as string[]);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? `did you mean \`${best}\`?` : undefined;
}
