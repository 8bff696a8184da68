/**
 * The catalog's languages. English is the source language; every other
 * language is a translation file `<slug>.<code>.md` next to the entry. Adding
 * a language means adding it here and giving the site its UI strings.
 */
export interface Language {
  /** Code used in file names, URLs (`/zh/…`) and the package (`translations.zh`). */
  code: string;
  /** BCP 47 tag for `lang` and `hreflang` attributes. */
  tag: string;
  /** Name of the language in itself, for language switchers. */
  name: string;
  /**
   * Written with full-width punctuation (，：（）) next to its own script:
   * validation (EA027) and the site's interface tests hold its texts to it.
   */
  fullWidthPunctuation?: boolean;
}

export const sourceLanguage = "en";

export const languages: readonly Language[] = [
  { code: "en", tag: "en", name: "English" },
  { code: "zh", tag: "zh-Hans", name: "中文", fullWidthPunctuation: true },
];

const fullWidth = new Set(languages.filter((l) => l.fullWidthPunctuation).map((l) => l.code));

/** `text (note)`, or `text（note）` in a language written with full-width punctuation. */
export function withNote(text: string, note: string, lang: string): string {
  return fullWidth.has(lang) ? `${text}（${note}）` : `${text} (${note})`;
}
