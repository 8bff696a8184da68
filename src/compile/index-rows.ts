import type { CompiledEntry, IndexRow } from "../types/schema.js";

/** One row of the catalog index: enough to list, sort and link entries. */
export function indexRow(entry: CompiledEntry): IndexRow {
  const translations: IndexRow["translations"] = {};
  for (const [lang, t] of Object.entries(entry.translations)) {
    translations[lang] = {
      ...(t.title !== undefined && { title: t.title }),
      coverage: t.status.coverage,
      outdated: t.status.outdated.length,
    };
  }
  return {
    id: entry.id,
    category: entry.category,
    title: entry.title,
    ...(entry.code !== undefined && { code: entry.code }),
    type: entry.type,
    provenance: entry.provenance,
    completeness: entry.completeness,
    fix_rate: entry.fix_rate,
    confidence: entry.confidence,
    evidence_count: entry.evidence_count,
    first_seen: entry.first_seen,
    updated: entry.updated,
    translations,
  };
}
