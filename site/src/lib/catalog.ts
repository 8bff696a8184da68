/**
 * Catalog views for the indexes: newest, recently updated, by category, and
 * the figures on the home page. Orders are total (ties broken by id) so two
 * builds of the same catalog give the same pages.
 */
import { entries, categories, localize, type CompiledEntry, type LocalText } from "error-atlas";

export { entries, categories };

const byDateThenId = (date: (e: CompiledEntry) => string) => (a: CompiledEntry, b: CompiledEntry) =>
  date(a) === date(b) ? (a.id < b.id ? -1 : 1) : date(a) < date(b) ? 1 : -1;

export function newest(list: readonly CompiledEntry[], count: number): CompiledEntry[] {
  return [...list].sort(byDateThenId((e) => e.first_seen ?? "")).slice(0, count);
}

export function recentlyUpdated(list: readonly CompiledEntry[], count: number): CompiledEntry[] {
  return [...list].sort(byDateThenId((e) => e.updated ?? "")).slice(0, count);
}

export function inCategory(list: readonly CompiledEntry[], category: string): CompiledEntry[] {
  return list.filter((e) => e.category === category);
}

/** The entry's title as shown in `lang` (translated or English fallback). */
export function titleIn(entry: CompiledEntry, lang: string): LocalText {
  return localize(entry, lang).title;
}

export interface CatalogFigures {
  entries: number;
  categories: number;
  evidence: number;
  /** Workarounds whose rate is measured from outcome reports. */
  measured: number;
  /** Per translation language: mean coverage (0..1) over all entries. */
  coverage: Record<string, number>;
}

export function catalogFigures(list: readonly CompiledEntry[]): CatalogFigures {
  const coverage: Record<string, number> = {};
  let evidence = 0;
  let measured = 0;
  const categorySet = new Set<string>();
  for (const entry of list) {
    categorySet.add(entry.category);
    evidence += entry.evidence_count;
    measured += entry.workarounds.filter((w) => w.measured && w.measured.n > 0).length;
    for (const [lang, translation] of Object.entries(entry.translations)) {
      coverage[lang] = (coverage[lang] ?? 0) + translation.status.coverage;
    }
  }
  for (const lang of Object.keys(coverage)) coverage[lang] = list.length ? coverage[lang]! / list.length : 0;
  return { entries: list.length, categories: categorySet.size, evidence, measured, coverage };
}
