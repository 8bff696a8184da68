/**
 * URL building for pages: every page knows its path in each language, which
 * gives canonical, hreflang and the language switch from one place.
 */
import { entryPath, categoryPath, languageRoot, siteUrls } from "error-atlas";
import { languages, sourceLanguage, tagOf } from "./lang.js";

/** A page's path in every language, by language code. */
export type PagePaths = Record<string, string>;

/** Paths of one page in every language, from a per-language path builder. */
export function pagePaths(build: (lang: string) => string): PagePaths {
  return Object.fromEntries(languages.map((l) => [l.code, build(l.code)]));
}

export const homePaths = (): PagePaths => pagePaths(languageRoot);
export const searchPaths = (): PagePaths => pagePaths((lang) => `${languageRoot(lang)}search/`);
export const categoryPaths = (category: string): PagePaths => pagePaths((lang) => categoryPath(category, lang));
export const entryPaths = (id: string): PagePaths => pagePaths((lang) => entryPath(id, lang));

export interface AlternateLink {
  hreflang: string;
  href: string;
}

/** `<link rel="alternate" hreflang>` targets: one per language plus x-default (the source language). */
export function alternateLinks(paths: PagePaths, site: string): AlternateLink[] {
  const urls = siteUrls(site);
  const links = languages.filter((l) => paths[l.code]).map((l) => ({ hreflang: tagOf(l.code), href: urls.absolute(paths[l.code]!) }));
  const fallback = paths[sourceLanguage];
  if (fallback) links.push({ hreflang: "x-default", href: urls.absolute(fallback) });
  return links;
}

/** The entry's JSON alternate: one file for all languages. */
export const jsonPath = (id: string): string => `/${id}.json`;

/** The search page of a language, with the text to look up. */
export const searchHref = (lang: string, query?: string): string =>
  `${languageRoot(lang)}search/${query ? `?q=${encodeURIComponent(query)}` : ""}`;

/** "Edit this entry": the English source file on the repository's default branch. */
export function editUrl(repository: string, id: string): string {
  return `${repository.replace(/\/+$/, "")}/edit/main/entries/${id}.md`;
}

/**
 * Only absolute http(s) URLs become links. The schema already demands this;
 * checking again here means a schema slip cannot put `javascript:` on a page.
 */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A URL as short readable text: host and path, no scheme. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}
