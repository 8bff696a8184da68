/**
 * The site's files that are not pages: feeds, sitemap, llms.txt, robots.txt,
 * the lookup index and result cards for the search page, the full-text
 * search records, and the data package's alternates published unchanged.
 */
import { createHash } from "node:crypto";
import { Readable } from "node:stream";

import {
  type CompiledEntry,
  entryPath,
  languageRoot,
  markdownPath,
  searchTokens,
  siteUrls,
  sourceLanguage,
  t,
} from "error-atlas/internal";

import { categoryLabel, localizedIn, settingsKey, type SiteCatalog, titleIn } from "./catalog.js";
import { entryCard } from "./lists.js";
import { SEARCH_BUCKETS } from "./other.js";
import type { Page } from "./pages.js";

/** How many entries each feed lists, newest change first. */
export const FEED_SIZE = 50;

const byUpdated = (a: CompiledEntry, b: CompiledEntry) => {
  const x = a.updated ?? "";
  const y = b.updated ?? "";
  return x === y ? (a.id < b.id ? -1 : 1) : x < y ? 1 : -1;
};

/**
 * A text file of the site: its text, or — for the costly ones (feeds, sitemap) — a key of
 * everything it is made from and a way to make it, so a build whose inputs are unchanged
 * neither makes it nor loads the libraries that do.
 */
export type TextFile = string | { key: string; content: () => Promise<string> };

const keyOf = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("base64url");

/**
 * Feeds, sitemap, llms.txt, robots.txt and the search page's data, by output path. With `hashOf`
 * (a hash of each entry's content), the search page's result cards are keyed too: made only when
 * an entry or the registries changed.
 */
export function textFiles(
  catalog: SiteCatalog,
  pages: readonly Page[],
  hashOf?: (entry: CompiledEntry) => string,
): Map<string, TextFile> {
  const files = new Map<string, TextFile>();
  const urls = siteUrls(catalog.config.site);

  files.set("robots.txt", `User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute("/sitemap-index.xml")}\n`);
  files.set("llms.txt", llmsText(catalog));
  for (const { code: lang } of catalog.languages) {
    const root = languageRoot(lang);
    const items = [...catalog.entries].sort(byUpdated).slice(0, FEED_SIZE);
    const feed = {
      title: t(lang, "feedTitle"),
      description: t(lang, "tagline"),
      site: urls.absolute(root),
      customData: `<language>${catalog.languages.find((l) => l.code === lang)!.tag}</language>`,
      items: items.map((e) => ({
        title: titleIn(e, lang),
        link: urls.absolute(entryPath(e.id, lang)),
        description: localizedIn(e, lang).root_cause.text,
        ...(e.updated && { pubDate: e.updated }),
        categories: [categoryLabel(catalog, e.category, lang)],
      })),
    };
    files.set(`${root.slice(1)}feed.xml`, {
      key: keyOf(feed),
      content: async () => {
        const { getRssString } = await import("@astrojs/rss");
        return getRssString({
          ...feed,
          items: feed.items.map(({ pubDate, ...item }) => ({
            ...item,
            ...(pubDate && { pubDate: new Date(`${pubDate}T00:00:00Z`) }),
          })),
        });
      },
    });
    const cards = () =>
      JSON.stringify(Object.fromEntries(catalog.entries.map((e) => [e.id, entryCard(catalog, e, lang)])));
    files.set(
      `search-cards/${lang}.json`,
      hashOf
        ? {
            key: keyOf([settingsKey(catalog), lang, catalog.entries.map((e) => [e.id, hashOf(e)])]),
            content: async () => cards(),
          }
        : cards(),
    );
  }
  files.set("lookup-index.json", JSON.stringify(catalog.data.lookupData));
  const items = sitemapItems(catalog, pages);
  const index = [{ url: urls.absolute("/sitemap-0.xml") }];
  files.set("sitemap-index.xml", {
    key: keyOf(index),
    content: async () => {
      const { SitemapIndexStream, streamToPromise } = await import("sitemap");
      return (await streamToPromise(Readable.from(index).pipe(new SitemapIndexStream()))).toString();
    },
  });
  files.set("sitemap-0.xml", {
    key: keyOf(items),
    content: async () => {
      const { SitemapStream, streamToPromise } = await import("sitemap");
      const stream = new SitemapStream({ hostname: catalog.config.site, lastmodDateOnly: true });
      return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
    },
  });
  return files;
}

/** llms.txt: the catalog for language models, one link per entry with its title as the text. */
function llmsText(catalog: SiteCatalog): string {
  const urls = siteUrls(catalog.config.site);
  const lines = [`# ${t(sourceLanguage, "siteName")}`, "", `> ${t(sourceLanguage, "about")}`, ""];
  lines.push(
    "Every entry is also available as Markdown (`/<id>.md`) and as JSON (`/<id>.json`); the catalog index is at /index.json.",
    "",
  );
  for (const category of catalog.data.vocabulary.categories) {
    lines.push(`## ${categoryLabel(catalog, category.id, sourceLanguage)}`, "");
    for (const entry of catalog.byCategory.get(category.id) ?? []) {
      lines.push(
        `- [${entry.title.replace(/[[\]]/g, "\\$&")}](${urls.absolute(markdownPath(entry.id, sourceLanguage))})`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** The sitemap's items: every indexable page with its other languages (hreflang) and the date its entry last changed. */
function sitemapItems(catalog: SiteCatalog, pages: readonly Page[]) {
  const urls = siteUrls(catalog.config.site);
  return pages
    .filter((p) => p.file !== "404.html" && !isRedirect(catalog, p))
    .map((page) => {
      const entry = page.entry ? catalog.byId.get(page.entry) : undefined;
      const lang =
        catalog.languages.find((l) => l.code !== sourceLanguage && page.url.startsWith(languageRoot(l.code)))?.code ??
        sourceLanguage;
      const counterpart = (code: string) =>
        lang === sourceLanguage
          ? `${languageRoot(code)}${page.url.slice(1)}`
          : `${languageRoot(code)}${page.url.slice(languageRoot(lang).length)}`;
      return {
        url: urls.absolute(page.url),
        ...(entry?.updated && { lastmod: entry.updated }),
        links: catalog.languages.map((l) => ({ lang: l.tag, url: urls.absolute(counterpart(l.code)) })),
      };
    });
}

const isRedirect = (catalog: SiteCatalog, page: Page) =>
  !page.entry && Object.keys(catalog.data.redirects).some((from) => page.url.endsWith(`/${from}/`));

/** One entry page as Pagefind indexes it: built from the entry's data, not parsed from HTML. */
export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  /** Which of the language's Pagefind bundles holds it. */
  bucket: number;
}

/** The bundle an entry's records go to: stable across builds, so an edit re-indexes one bundle. */
export function bucketOf(id: string): number {
  let bucket = buckets.get(id);
  if (bucket === undefined) buckets.set(id, (bucket = createHash("sha1").update(id).digest()[0]! % SEARCH_BUCKETS));
  return bucket;
}
// Every build asks for every entry's bucket, once per language and once per record.
const buckets = new Map<string, number>();

/** The full-text search record of an entry in `lang`. Chinese text is cut into words first (see searchTokens). */
export function searchRecord(catalog: SiteCatalog, entry: CompiledEntry, lang: string): SearchRecord {
  const local = localizedIn(entry, lang);
  const parts = [
    local.title.text,
    entry.code ?? "",
    local.root_cause.text,
    ...local.workarounds.map((w) => w.text.text),
    ...local.dead_ends.flatMap((d) => [d.text.text, d.why.text]),
    local.body?.text ?? "",
  ];
  const text = parts.join("\n").replace(/`/g, "");
  const card = entryCard(catalog, entry, lang);
  return {
    url: entryPath(entry.id, lang),
    language: lang,
    content: lang === sourceLanguage ? text : searchTokens(text, lang),
    meta: { title: card.title, category: card.category, fix: String(card.fixRate), summary: card.summary },
    bucket: bucketOf(entry.id),
  };
}

/** The data package's files the site publishes unchanged (site path → path inside the data folder). */
export function alternateFiles(catalog: SiteCatalog): Map<string, string> {
  const files = new Map<string, string>([["index.json", "index.json"]]);
  for (const entry of catalog.entries) {
    files.set(`${entry.id}.json`, `entries/${entry.id}.json`);
    for (const { code } of catalog.languages) {
      files.set(markdownPath(entry.id, code).slice(1), `markdown/${code}/${entry.id}.md`);
    }
  }
  return files;
}
