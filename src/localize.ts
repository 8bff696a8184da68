import { sourceLanguage } from "./languages.js";
import type { CompiledDeadEnd, CompiledEntry, CompiledWorkaround, RootCause, TranslationStatus } from "./types/schema.js";

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
  title: LocalText;
  root_cause: LocalText & { scope: RootCause["scope"] };
  workarounds: (Omit<CompiledWorkaround, "text"> & { text: LocalText })[];
  dead_ends: (Omit<CompiledDeadEnd, "text" | "why"> & { text: LocalText; why: LocalText })[];
  body: (LocalText & { html: string }) | null;
  /** Translation status in this language; undefined for English. */
  status?: TranslationStatus;
}

/**
 * The entry's texts in `lang`, each marked with the language it is really in,
 * so pages can set `lang` on fallbacks and flag outdated translations.
 */
export function localize(entry: CompiledEntry, lang: string): LocalizedEntry {
  const translation = lang === sourceLanguage ? undefined : entry.translations[lang];
  const outdated = new Set(translation?.status.outdated);
  const pick = (path: string, english: string, translated: string | undefined): LocalText => {
    if (!translation) return { text: english, lang: sourceLanguage, state: "source" };
    if (translated === undefined) return { text: english, lang: sourceLanguage, state: "fallback" };
    return { text: translated, lang, state: outdated.has(path) ? "outdated" : "translated" };
  };

  let body: LocalizedEntry["body"] = null;
  if (entry.body) {
    const translated = translation?.body;
    const text = pick("body", entry.body.markdown, translated?.markdown);
    body = { ...text, html: text.lang === sourceLanguage ? entry.body.html : translated!.html };
  }

  return {
    lang,
    entry,
    title: pick("title", entry.title, translation?.title),
    root_cause: { ...pick("root_cause", entry.root_cause.text, translation?.root_cause), scope: entry.root_cause.scope },
    workarounds: entry.workarounds.map((w) => ({ ...w, text: pick(`workarounds.${w.id}`, w.text, translation?.workarounds[w.id]) })),
    dead_ends: entry.dead_ends.map((d) => ({
      ...d,
      text: pick(`dead_ends.${d.id}.text`, d.text, translation?.dead_ends[d.id]?.text),
      why: pick(`dead_ends.${d.id}.why`, d.why, translation?.dead_ends[d.id]?.why),
    })),
    body,
    ...(translation && { status: translation.status }),
  };
}
