/**
 * What every page has around its content: the head (title, description,
 * canonical and hreflang links, sharing metadata, structured data) and the
 * header and footer (search field, language switch, links).
 */
import { languageRoot, languages, siteUrls, sourceLanguage, t } from "error-atlas/internal";

import type { SiteCatalog } from "./catalog.js";

/** A page's path in every language that has it, by language code. */
export type PagePaths = Readonly<Record<string, string>>;

export interface Head {
  lang: string;
  /** BCP 47 tag for `<html lang>`. */
  tag: string;
  title: string;
  description: string;
  canonical: string;
  alternates: { hreflang: string; href: string }[];
  ogType: "website" | "article";
  ogImage: string;
  ogLocale: string;
  ogLocaleAlternates: string[];
  feed: string;
  jsonLd: object[];
  /** Pages that only send readers on (redirects) are not indexed. */
  noindex?: boolean;
}

export interface Chrome {
  lang: string;
  home: string;
  search: string;
  figures: string;
  feed: string;
  repository: string;
  version: string;
  /** The language switch: this page in every language (the home page where it has no counterpart). */
  languages: { code: string; tag: string; name: string; href: string; current: boolean }[];
}

export interface Crumb {
  name: string;
  href: string;
}

/** Longest `<title>` search engines show in full. */
export const MAX_PAGE_TITLE = 70;

const tagOf = (code: string) => languages.find((l) => l.code === code)?.tag ?? code;
const OG_LOCALES: Record<string, string> = { en: "en_US", zh: "zh_CN" };
const ogLocale = (code: string) => OG_LOCALES[code] ?? code;

/** Paths of a page that exists once per language, from a per-language builder. */
export function pathsIn(build: (lang: string) => string): PagePaths {
  return Object.fromEntries(languages.map((l) => [l.code, build(l.code)]));
}

/**
 * A page title of at most 70 characters with the product first: "Docker:
 * Bind for …", cut at a word with "…" when needed, the site's name added
 * only when it fits.
 */
export function pageTitle(title: string, lang: string, product?: string): string {
  const site = t(lang, "siteName");
  const full = product ? `${product}${t(lang, "colon")}${title}` : title;
  if (`${full} · ${site}`.length <= MAX_PAGE_TITLE) return `${full} · ${site}`;
  if (full.length <= MAX_PAGE_TITLE) return full;
  const cut = full.slice(0, MAX_PAGE_TITLE - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_PAGE_TITLE / 2 ? cut.slice(0, space) : cut}…`;
}

/** A description of at most ~160 characters, cut at a word. */
export function metaDescription(text: string): string {
  const plain = text.replace(/`/g, "").replace(/\s+/g, " ").trim();
  if (plain.length <= 160) return plain;
  const cut = plain.slice(0, 159);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 120))}…`;
}

export function head(
  catalog: SiteCatalog,
  lang: string,
  paths: PagePaths,
  fields: { title: string; description: string; ogType?: "website" | "article"; jsonLd?: object[]; noindex?: boolean },
): Head {
  const urls = siteUrls(catalog.config.site);
  const alternates = languages
    .filter((l) => paths[l.code])
    .map((l) => ({ hreflang: l.tag, href: urls.absolute(paths[l.code]!) }));
  if (paths[sourceLanguage]) alternates.push({ hreflang: "x-default", href: urls.absolute(paths[sourceLanguage]!) });
  return {
    lang,
    tag: tagOf(lang),
    title: fields.title,
    description: fields.description,
    canonical: urls.absolute(paths[lang]!),
    alternates,
    ogType: fields.ogType ?? "website",
    ogImage: urls.absolute("/og.png"),
    ogLocale: ogLocale(lang),
    ogLocaleAlternates: languages.filter((l) => l.code !== lang).map((l) => ogLocale(l.code)),
    feed: urls.absolute(`${languageRoot(lang)}feed.xml`),
    jsonLd: fields.jsonLd ?? [],
    ...(fields.noindex && { noindex: true }),
  };
}

/** A page's head and chrome: the title (after its product, when given) and the description cut as search results show them. */
export function frame(
  catalog: SiteCatalog,
  lang: string,
  paths: PagePaths,
  page: { title: string; product?: string; description: string } & Omit<
    Parameters<typeof head>[3],
    "title" | "description"
  >,
): { head: Head; chrome: Chrome } {
  const { title, product, description, ...fields } = page;
  return {
    head: head(catalog, lang, paths, {
      title: pageTitle(title, lang, product),
      description: metaDescription(description),
      ...fields,
    }),
    chrome: chrome(catalog, lang, paths),
  };
}

export function chrome(catalog: SiteCatalog, lang: string, paths: PagePaths): Chrome {
  const root = languageRoot(lang);
  return {
    lang,
    home: root,
    search: `${root}search/`,
    figures: `${root}figures/`,
    feed: `${root}feed.xml`,
    repository: catalog.config.repository,
    version: catalog.config.version,
    languages: languages.map((l) => ({
      code: l.code,
      tag: l.tag,
      name: l.name,
      href: paths[l.code] ?? languageRoot(l.code),
      current: l.code === lang,
    })),
  };
}

/** BreadcrumbList structured data for a trail of crumbs. */
export function breadcrumbJsonLd(catalog: SiteCatalog, crumbs: readonly Crumb[]): object {
  const urls = siteUrls(catalog.config.site);
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: urls.absolute(crumb.href),
    })),
  };
}
