/**
 * The search page, the page that explains the figures, the 404 page and
 * the pages left at renamed entries' old addresses.
 */
import { entryPath, languageRoot, t } from "error-atlas/internal";

import type { SiteCatalog } from "./catalog.js";
import { type Chrome, chrome, type Head, head, metaDescription, pageTitle, pathsIn } from "./chrome.js";

export interface SearchPage {
  kind: "search";
  head: Head;
  chrome: Chrome;
  /** Where the browser finds the lookup index, the result cards and the full-text index of this language. */
  assets: { lookup: string; cards: string; pagefind: string[]; otherLanguage?: { name: string; href: string } };
}

/** Pagefind bundles per language: entries are spread over this many, so a one-entry edit re-indexes one of them. */
export const SEARCH_BUCKETS = 8;

export function searchPage(catalog: SiteCatalog, lang: string): SearchPage {
  const paths = pathsIn((l) => `${languageRoot(l)}search/`);
  const other = catalog.languages.find((l) => l.code !== lang);
  return {
    kind: "search",
    head: head(catalog, lang, paths, {
      title: pageTitle(t(lang, "searchTitle"), lang),
      description: metaDescription(t(lang, "searchIntro")),
    }),
    chrome: chrome(catalog, lang, paths),
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
  const paths = pathsIn((l) => `${languageRoot(l)}figures/`);
  return {
    kind: "figures",
    head: head(catalog, lang, paths, {
      title: pageTitle(t(lang, "figuresTitle"), lang),
      description: metaDescription(t(lang, "figuresIntro")),
    }),
    chrome: chrome(catalog, lang, paths),
  };
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
