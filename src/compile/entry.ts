import type { LoadedEntry } from "../load/index.js";
import { normalizeSignature } from "../shared/signatures.js";
import type { Body, CompiledEntry, CompiledTranslation, Entry, Translation } from "../types/schema.js";
import { confidenceFromEvidence, firstSeen, fixRate, measure } from "./figures.js";
import { translatableFields, translationStatus } from "./translations.js";

export interface CompileOptions {
  /** Languages with translations, in output order. */
  languages: readonly string[];
  /** Markdown → sanitised HTML (cached by the caller). */
  render(markdown: string): string;
  /** Date of the last commit that changed the entry's files (see git-dates), if known. */
  updated?: (loaded: LoadedEntry) => string | undefined;
}

const body = (markdown: string, render: (md: string) => string): Body | null => {
  const trimmed = markdown.trim();
  return trimmed ? { markdown: trimmed, html: render(trimmed) } : null;
};

/**
 * Step 3 of the pipeline: one valid entry and its translations become the
 * object the package exports. Everything derivable is derived here: evidence
 * count, measured rates, translation status, completeness.
 */
export function compileEntry(loaded: LoadedEntry, options: CompileOptions): CompiledEntry {
  const entry = loaded.source.data as Entry;
  const measured = measure(entry.evidence);
  const derivedConfidence = confidenceFromEvidence(measured);
  const confidence = derivedConfidence ?? entry.confidence;
  const seen = firstSeen(entry.evidence);
  const updated = options.updated?.(loaded);
  const workarounds = entry.workarounds.map((w) => {
    const m = measured.get(w.id);
    return { ...w, ...(m && { measured: m }) };
  });
  const fields = translatableFields(entry, loaded.source.body);

  const translations: Record<string, CompiledTranslation> = {};
  for (const lang of options.languages) {
    const document = loaded.translations[lang];
    const translation = (document?.data ?? {}) as Translation;
    const translatedBody = document?.body ?? "";
    translations[lang] = {
      ...(translation.title !== undefined && { title: translation.title }),
      ...(translation.root_cause !== undefined && { root_cause: translation.root_cause }),
      workarounds: { ...translation.workarounds },
      dead_ends: { ...translation.dead_ends },
      basis: { ...translation.basis },
      ...(translation.fix_rate_basis !== undefined && { fix_rate_basis: translation.fix_rate_basis }),
      ...(translation.confidence_basis !== undefined && { confidence_basis: translation.confidence_basis }),
      ...(translation.provenance_note !== undefined && { provenance_note: translation.provenance_note }),
      body: body(translatedBody, options.render),
      status: translationStatus(fields, translation, translatedBody),
    };
  }

  const complete =
    entry.examples.length > 0 &&
    entry.docs.length > 0 &&
    entry.versions.length > 0 &&
    entry.dead_ends.length > 0 &&
    Object.values(translations).every((t) => t.status.missing.length === 0 && t.status.outdated.length === 0);

  return {
    id: entry.id,
    category: loaded.category,
    slug: loaded.slug,
    title: entry.title,
    ...(entry.code !== undefined && { code: entry.code }),
    type: entry.type,
    provenance: entry.provenance,
    ...(entry.provenance_note !== undefined && { provenance_note: entry.provenance_note }),
    ...(seen !== undefined && { first_seen: seen }),
    ...(updated !== undefined && { updated }),
    completeness: complete ? "complete" : "partial",
    ...fixRate(entry, workarounds),
    ...(confidence !== undefined && {
      confidence,
      confidence_kind: derivedConfidence === undefined ? ("estimate" as const) : ("measured" as const),
      ...(derivedConfidence === undefined &&
        entry.confidence_basis !== undefined && { confidence_basis: entry.confidence_basis }),
    }),
    evidence_count: entry.evidence.length,
    signatures: entry.signatures.map(normalizeSignature),
    examples: entry.examples,
    versions: entry.versions,
    root_cause: entry.root_cause,
    docs: entry.docs,
    workarounds,
    dead_ends: entry.dead_ends.map((d) => {
      const m = measured.get(d.id);
      return { ...d, ...(m && { measured: m }) };
    }),
    evidence: entry.evidence,
    related: entry.related ?? [],
    body: body(loaded.source.body, options.render),
    translations,
  };
}
