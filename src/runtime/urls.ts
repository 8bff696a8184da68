import { sourceLanguage } from "./languages.js";

/** Path of a language's home: `/` for English, `/zh/` for Chinese. */
export function languageRoot(lang: string): string {
  return lang === sourceLanguage ? "/" : `/${lang}/`;
}

/** Path of an entry page, e.g. `/communication/smtp-421/` or `/zh/communication/smtp-421/`. */
export function entryPath(id: string, lang: string): string {
  return `${languageRoot(lang)}${id}/`;
}

/** Path of an entry's Markdown alternate. */
export function markdownPath(id: string, lang: string): string {
  return `${languageRoot(lang)}${id}.md`;
}

/** Path of a category index. */
export function categoryPath(category: string, lang: string): string {
  return `${languageRoot(lang)}${category}/`;
}

/** Turns site paths into absolute URLs for canonical links, feeds and alternates. */
export interface SiteUrls {
  absolute(path: string): string;
}

export function siteUrls(site: string): SiteUrls {
  const base = site.replace(/\/+$/, "");
  return { absolute: (path) => `${base}${path.startsWith("/") ? path : `/${path}`}` };
}
