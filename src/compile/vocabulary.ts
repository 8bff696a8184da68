import type { Vocabulary } from "../load/vocabulary.js";
import type { Category, Labels } from "../runtime/vocabulary.js";
import type { CompiledEntry } from "../types/schema.js";

export interface CompiledVocabulary {
  /** Categories that have entries, sorted by id. */
  categories: Category[];
  /** Type key → labels, for every type in the vocabulary. */
  types: Record<string, Labels>;
}

/** The registries as data for the package and the site: labels, descriptions and counts. */
export function compileVocabulary(vocabulary: Vocabulary, entries: readonly CompiledEntry[]): CompiledVocabulary {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  const registry = vocabulary.categories.data as Record<string, { label: Labels; description: Labels }>;
  const categories = [...counts.keys()].sort().map((id) => ({
    id,
    label: { ...registry[id]!.label },
    description: { ...registry[id]!.description },
    count: counts.get(id)!,
  }));
  const types = Object.fromEntries(
    Object.entries(vocabulary.types.data as Record<string, Labels>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, { ...v }]),
  );
  return { categories, types };
}
