/**
 * The search page, the page that explains the figures, the 404 page and
 * the pages left at renamed entries' old addresses.
 */
import { entryPath, languageRoot, type StringKey, t } from "error-atlas/internal";

import type { SiteCatalog } from "./catalog.js";
import { type Chrome, chrome, frame, type Head, head, pageTitle, pathsIn } from "./chrome.js";

export interface SearchPage {
  kind: "search";
  head: Head;
  chrome: Chrome;
  /** Where the browser finds the lookup index, the result cards and the full-text index of this language. */
  assets: { lookup: string; cards: string; pagefind: string[]; otherLanguage?: { name: string; href: string } };
}

/**
 * Pagefind bundles per language: entries are spread over this many, so a one-entry edit
 * re-indexes one of them. Indexing takes time in proportion to a bundle's records, and it is
 * most of a one-entry rebuild's search step; the search page merges every bundle of its language.
 */
export const SEARCH_BUCKETS = 16;

/** A page at the same folder in every language, titled and described by two UI strings. */
function fixedPage(catalog: SiteCatalog, lang: string, folder: string, title: StringKey, intro: StringKey) {
  const paths = pathsIn((l) => `${languageRoot(l)}${folder}/`);
  return { paths, ...frame(catalog, lang, paths, { title: t(lang, title), description: t(lang, intro) }) };
}

export function searchPage(catalog: SiteCatalog, lang: string): SearchPage {
  const { paths, ...page } = fixedPage(catalog, lang, "search", "searchTitle", "searchIntro");
  const other = catalog.languages.find((l) => l.code !== lang);
  return {
    kind: "search",
    ...page,
    assets: {
      lookup: "/lookup-index.json",
      cards: `/search-cards/${lang}.json`,
      pagefind: Array.from({ length: SEARCH_BUCKETS }, (_, b) => `/pagefind/${lang}/${b}/`),
      ...(other && { otherLanguage: { name: other.name, href: paths[other.code]! } }),
    },
  };
}

export interface FiguresPage {
  kind: "figures";
  head: Head;
  chrome: Chrome;
}

export function figuresPage(catalog: SiteCatalog, lang: string): FiguresPage {
  const page = fixedPage(catalog, lang, "figures", "figuresTitle", "figuresIntro");
  return { kind: "figures", head: page.head, chrome: page.chrome };
}

export interface NotFoundPage {
  kind: "404";
  head: Head;
  chrome: Chrome;
}

/** One 404 page for the whole site (static hosts serve /404.html): English, with a link to each language's home. */
export function notFoundPage(catalog: SiteCatalog): NotFoundPage {
  const lang = "en";
  const paths = { en: "/404.html" };
  return {
    kind: "404",
    head: head(catalog, lang, paths, {
      title: pageTitle(t(lang, "notFoundTitle"), lang),
      description: t(lang, "notFoundText"),
      noindex: true,
    }),
    chrome: chrome(catalog, lang, pathsIn(languageRoot)),
  };
}

export interface RedirectPage {
  kind: "redirect";
  head: Head;
  chrome: Chrome;
  /** The entry that replaces the old id. */
  target: string;
  title: string;
}

export function redirectPage(catalog: SiteCatalog, from: string, to: string, lang: string): RedirectPage {
  const target = entryPath(to, lang);
  const entry = catalog.byId.get(to);
  const title = entry ? entry.title : to;
  const paths = { [lang]: entryPath(from, lang) };
  const page = head(
    catalog,
    lang,
    pathsIn((l) => entryPath(to, l)),
    { title: pageTitle(title, lang), description: t(lang, "movedTo", { title }), noindex: true },
  );
  return { kind: "redirect", head: { ...page, alternates: [] }, chrome: chrome(catalog, lang, paths), target, title };
}
