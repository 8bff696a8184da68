/**
 * The site's HTML pages: each with its output file, its address and the data
 * it renders from. The build renders a page only when its data (or the
 * templates) changed; the dev server finds the page for a request here.
 */
import { categoryPath, type CompiledEntry, entryPath, languageRoot } from "error-atlas/internal";

import type { SiteCatalog } from "./catalog.js";
import { type EntryPage, entryPage, entryScope, scopeKey } from "./entry.js";
import { type CategoryPage, categoryPage, categoryScopeKey, type HomePage, homePage } from "./lists.js";
import {
  type FiguresPage,
  figuresPage,
  type NotFoundPage,
  notFoundPage,
  type RedirectPage,
  redirectPage,
  type SearchPage,
  searchPage,
} from "./other.js";

export type PageData = EntryPage | CategoryPage | HomePage | SearchPage | FiguresPage | NotFoundPage | RedirectPage;

export interface Page {
  /** Site path, e.g. `/docker/port-is-already-allocated/`. */
  url: string;
  /** Output file, relative to the site root, e.g. `docker/port-is-already-allocated/index.html`. */
  file: string;
  /** Computes the page's data (lazily: most pages of a rebuild are not rendered). */
  data(): PageData;
  /** The entry an entry page shows: its search record is built from it. */
  entry?: string;
  /**
   * For a page made from part of the catalog: a string standing for that
   * part, given a hash of each entry's content. While it stays the same, so
   * does the page's data, which then need not be computed.
   */
  scope?(hashOf: (entry: CompiledEntry) => string): string;
}

const fileOf = (url: string) => (url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));

/** Every HTML page of the site, in a stable order. */
export function sitePages(catalog: SiteCatalog): Page[] {
  const pages: Page[] = [];
  const add = (url: string, data: () => PageData, extra: Pick<Page, "entry" | "scope"> = {}) =>
    pages.push({ url, file: fileOf(url), data, ...extra });
  const scopes = new Map(catalog.entries.map((e) => [e, entryScope(catalog, e)]));
  for (const { code: lang } of catalog.languages) {
    const root = languageRoot(lang);
    add(root, () => homePage(catalog, lang));
    add(`${root}search/`, () => searchPage(catalog, lang));
    add(`${root}figures/`, () => figuresPage(catalog, lang));
    for (const category of catalog.byCategory.keys()) {
      add(categoryPath(category, lang), () => categoryPage(catalog, category, lang), {
        scope: (hashOf) => `${lang}\n${categoryScopeKey(catalog, category, hashOf)}`,
      });
    }
    for (const entry of catalog.entries) {
      const scope = scopes.get(entry)!;
      add(entryPath(entry.id, lang), () => entryPage(scope, entry, lang), {
        entry: entry.id,
        scope: (hashOf) => `${lang}\n${scopeKey(scope, hashOf)}`,
      });
    }
    for (const [from, to] of Object.entries(catalog.data.redirects)) {
      add(entryPath(from, lang), () => redirectPage(catalog, from, to, lang));
    }
  }
  add("/404.html", () => notFoundPage(catalog));
  return pages;
}

/** The page at a site path, for the dev server. */
export function pageAt(catalog: SiteCatalog, pathname: string): Page | undefined {
  const url = pathname.endsWith("/") || pathname.endsWith(".html") ? pathname : `${pathname}/`;
  return sitePages(catalog).find((p) => p.url === url);
}
