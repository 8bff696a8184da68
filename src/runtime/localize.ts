import type {
  CompiledDeadEnd,
  CompiledEntry,
  CompiledWorkaround,
  RootCause,
  TranslationStatus,
} from "../types/schema.js";
import { sourceLanguage } from "./languages.js";

/**
 * A text as shown in one language. `translated`: the translation, current.
 * `outdated`: the translation of an older English text. `fallback`: no
 * translation, the English text stands in. `source`: the English page.
 */
export interface LocalText {
  text: string;
  /** Language the text is written in (for the `lang` attribute). */
  lang: string;
  state: "source" | "translated" | "outdated" | "fallback";
}

export interface LocalizedEntry {
  lang: string;
  entry: CompiledEntry;
  /**
   * The title as listed in this language: the English error text, followed
   * in a translation by its gloss in full-width parentheses — readers search
   * for the text the software prints.
   */
  title: LocalText;
  /** The translation's gloss of the title alone, when there is one. */
  gloss?: LocalText;
  root_cause: LocalText & { scope: RootCause["scope"] };
  workarounds: (Omit<CompiledWorkaround, "text" | "basis"> & { text: LocalText; basis: LocalText })[];
  dead_ends: (Omit<CompiledDeadEnd, "text" | "why" | "basis"> & {
    text: LocalText;
    why: LocalText;
    basis: LocalText;
  })[];
  fix_rate_basis: LocalText;
  confidence_basis?: LocalText;
  provenance_note?: LocalText;
  body: (LocalText & { html: string }) | null;
  /** Translation status in this language; undefined for English. */
  status?: TranslationStatus;
}

/** The title in a list or a heading of `lang`: English text, then the gloss. */
export function composeTitle(english: string, gloss: string | undefined): string {
  return gloss === undefined ? english : `${english}（${gloss}）`;
}

/** The title text `localize` gives (English, then the gloss when translated), without localizing the rest. */
export function localTitle(entry: CompiledEntry, lang: string): string {
  const translation = lang === sourceLanguage ? undefined : entry.translations[lang];
  return translation?.title === undefined ? entry.title : composeTitle(entry.title, translation.title);
}

/**
 * The entry's texts in `lang`, each marked with the language it is really in,
 * so pages can set `lang` on fallbacks and flag outdated translations. A
 * language the catalog has no translations for gets English fallbacks.
 */
export function localize(entry: CompiledEntry, lang: string): LocalizedEntry {
  const isSource = lang === sourceLanguage;
  const translation = isSource ? undefined : entry.translations[lang];
  const outdated = new Set(translation?.status.outdated);
  const pick = (path: string, english: string, translated: string | undefined): LocalText => {
    if (isSource) return { text: english, lang: sourceLanguage, state: "source" };
    if (translated === undefined) return { text: english, lang: sourceLanguage, state: "fallback" };
    return { text: translated, lang, state: outdated.has(path) ? "outdated" : "translated" };
  };

  let body: LocalizedEntry["body"] = null;
  if (entry.body) {
    const translated = translation?.body;
    const text = pick("body", entry.body.markdown, translated?.markdown);
    body = { ...text, html: text.lang === sourceLanguage ? entry.body.html : translated!.html };
  }

  const gloss = translation?.title === undefined ? undefined : pick("title", entry.title, translation.title);
  const title: LocalText = gloss ? { ...gloss, text: localTitle(entry, lang) } : pick("title", entry.title, undefined);
  const basis = (id: string, english: string) => pick(`basis.${id}`, english, translation?.basis?.[id]);

  return {
    lang,
    entry,
    title,
    ...(gloss && { gloss }),
    root_cause: {
      ...pick("root_cause", entry.root_cause.text, translation?.root_cause),
      scope: entry.root_cause.scope,
    },
    workarounds: entry.workarounds.map((w) => ({
      ...w,
      text: pick(`workarounds.${w.id}`, w.text, translation?.workarounds[w.id]),
      basis: basis(w.id, w.basis),
    })),
    dead_ends: entry.dead_ends.map((d) => ({
      ...d,
      text: pick(`dead_ends.${d.id}.text`, d.text, translation?.dead_ends[d.id]?.text),
      why: pick(`dead_ends.${d.id}.why`, d.why, translation?.dead_ends[d.id]?.why),
      basis: basis(d.id, d.basis),
    })),
    fix_rate_basis:
      entry.fix_rate_kind === "estimate" && entry.workarounds[0]?.basis === entry.fix_rate_basis
        ? basis(entry.workarounds[0].id, entry.fix_rate_basis)
        : pick("fix_rate_basis", entry.fix_rate_basis, translation?.fix_rate_basis),
    ...(entry.confidence_basis !== undefined && {
      confidence_basis: pick("confidence_basis", entry.confidence_basis, translation?.confidence_basis),
    }),
    ...(entry.provenance_note !== undefined && {
      provenance_note: pick("provenance_note", entry.provenance_note, translation?.provenance_note),
    }),
    body,
    ...(translation && { status: translation.status }),
  };
}
