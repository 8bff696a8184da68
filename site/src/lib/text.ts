/**
 * How a localized text is marked on a page: the `lang` attribute when it is
 * in another language than the page (an English fallback on a Chinese page),
 * and a short note when it is untranslated or outdated.
 */
import type { LocalText } from "error-atlas";
import { tagOf } from "./lang.js";

export interface TextMark {
  /** `lang` attribute for the element, only when it differs from the page's. */
  lang?: string;
  note?: "untranslated" | "outdated";
}

export function textMark(text: Pick<LocalText, "lang" | "state">, pageLang: string): TextMark {
  const mark: TextMark = {};
  if (text.lang !== pageLang) mark.lang = tagOf(text.lang);
  if (text.state === "fallback") mark.note = "untranslated";
  else if (text.state === "outdated") mark.note = "outdated";
  return mark;
}

/** Texts of a localized entry that need the page-level translation notice. */
export function translationSummary(texts: Pick<LocalText, "state">[]): { untranslated: number; outdated: number } {
  let untranslated = 0;
  let outdated = 0;
  for (const { state } of texts) {
    if (state === "fallback") untranslated++;
    else if (state === "outdated") outdated++;
  }
  return { untranslated, outdated };
}

/** A description-sized excerpt: whole words, backticks dropped. */
export function excerpt(text: string, max = 160): string {
  const plain = text.replace(/`/g, "").replace(/\s+/g, " ").trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
