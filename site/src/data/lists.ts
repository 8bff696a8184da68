/**
 * Pages that list entries: the home page, the category pages. Orders are
 * total (ties broken by id) so two builds of the same catalog are the same.
 */
import {
  categoryPath,
  type CompiledEntry,
  entryPath,
  fixRateFigure,
  languageRoot,
  siteUrls,
  t,
} from "error-atlas/internal";

import {
  categoryDescription,
  categoryLabel,
  localizedIn,
  settingsKey,
  type SiteCatalog,
  titleIn,
  typeLabel,
} from "./catalog.js";
import { breadcrumbJsonLd, type Chrome, type Crumb, frame, type Head, head, pathsIn } from "./chrome.js";

/** One entry in a list: what a reader needs to choose it. */
export interface EntryCard {
  href: string;
  title: string;
  code?: string;
  category: string;
  type: string;
  /** Fix rate in percent and whether it is measured. */
  fixRate: number;
  measured: boolean;
  summary: string;
  firstSeen?: string;
  updated?: string;
}

export function entryCard(catalog: SiteCatalog, entry: CompiledEntry, lang: string): EntryCard {
  const figure = fixRateFigure(entry);
  const summary = localizedIn(entry, lang).root_cause.text.replace(/`/g, "");
  return {
    href: entryPath(entry.id, lang),
    title: titleIn(entry, lang),
    ...(entry.code !== undefined && { code: entry.code }),
    category: categoryLabel(catalog, entry.category, lang),
    type: typeLabel(catalog, entry.type, lang),
    fixRate: Math.round(figure.rate * 100),
    measured: figure.kind === "measured",
    summary: summary.length > 180 ? `${summary.slice(0, 179)}…` : summary,
    ...(entry.first_seen && { firstSeen: entry.first_seen }),
    ...(entry.updated && { updated: entry.updated }),
  };
}

export interface CategoryPage {
  kind: "category";
  head: Head;
  chrome: Chrome;
  crumbs: Crumb[];
  id: string;
  label: string;
  description: string;
  /** Sorted by title; the page offers other orders (fix rate, date) with a small script. */
  entries: EntryCard[];
}

const byTitle = (a: EntryCard, b: EntryCard) => a.title.localeCompare(b.title, "en") || (a.href < b.href ? -1 : 1);

export function categoryPage(catalog: SiteCatalog, id: string, lang: string): CategoryPage {
  const paths = pathsIn((l) => categoryPath(id, l));
  const label = categoryLabel(catalog, id, lang);
  const description = categoryDescription(catalog, id, lang);
  const crumbs = [{ name: t(lang, "home"), href: languageRoot(lang) }];
  const entries = (catalog.byCategory.get(id) ?? []).map((e) => entryCard(catalog, e, lang)).sort(byTitle);
  return {
    kind: "category",
    ...frame(catalog, lang, paths, {
      title: t(lang, "categoryTitle", { category: label }),
      description: description || label,
      jsonLd: [breadcrumbJsonLd(catalog, [...crumbs, { name: label, href: paths[lang]! }])],
    }),
    crumbs,
    id,
    label,
    description,
    entries,
  };
}

/**
 * What a category page is made from, as a string to hash: the settings and registries, and each of
 * the category's entries by its content hash (`hashOf`). While it is unchanged, so is the page.
 */
export function categoryScopeKey(catalog: SiteCatalog, id: string, hashOf: (entry: CompiledEntry) => string): string {
  return JSON.stringify([settingsKey(catalog), id, (catalog.byCategory.get(id) ?? []).map((e) => [e.id, hashOf(e)])]);
}

export interface HomePage {
  kind: "home";
  head: Head;
  chrome: Chrome;
  categories: { id: string; href: string; label: string; description: string; count: number }[];
  newest: EntryCard[];
  updated: EntryCard[];
  figures: {
    entries: number;
    categories: number;
    evidence: number;
    measured: number;
    translated: { lang: string; name: string; coverage: number }[];
  };
}

const byDate = (date: (e: CompiledEntry) => string | undefined) => (a: CompiledEntry, b: CompiledEntry) => {
  const x = date(a) ?? "";
  const y = date(b) ?? "";
  return x === y ? (a.id < b.id ? -1 : 1) : x < y ? 1 : -1;
};

/** How many entries the home page lists as newest and recently updated. */
export const HOME_LIST = 8;

export function homePage(catalog: SiteCatalog, lang: string): HomePage {
  const paths = pathsIn(languageRoot);
  const urls = siteUrls(catalog.config.site);
  const entries = [...catalog.entries];
  const measured = entries.reduce((n, e) => n + e.workarounds.filter((w) => w.measured).length, 0);
  const jsonLd = [
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: t(lang, "siteName"),
      url: urls.absolute(languageRoot(lang)),
      inLanguage: head(catalog, lang, paths, { title: "", description: "" }).tag,
      potentialAction: {
        "@type": "SearchAction",
        target: {
          "@type": "EntryPoint",
          urlTemplate: `${urls.absolute(`${languageRoot(lang)}search/`)}?q={search_term_string}`,
        },
        "query-input": "required name=search_term_string",
      },
    },
  ];
  return {
    kind: "home",
    ...frame(catalog, lang, paths, {
      title: t(lang, "tagline"),
      product: t(lang, "siteName"),
      description: t(lang, "about"),
      jsonLd,
    }),
    categories: catalog.data.vocabulary.categories.map((c) => ({
      id: c.id,
      href: categoryPath(c.id, lang),
      label: categoryLabel(catalog, c.id, lang),
      description: categoryDescription(catalog, c.id, lang),
      count: c.count,
    })),
    newest: entries
      .sort(byDate((e) => e.first_seen))
      .slice(0, HOME_LIST)
      .map((e) => entryCard(catalog, e, lang)),
    updated: [...catalog.entries]
      .sort(byDate((e) => e.updated))
      .slice(0, HOME_LIST)
      .map((e) => entryCard(catalog, e, lang)),
    figures: {
      entries: catalog.entries.length,
      categories: catalog.data.vocabulary.categories.length,
      evidence: catalog.entries.reduce((n, e) => n + e.evidence_count, 0),
      measured,
      translated: catalog.languages
        .filter((l) => l.code !== "en")
        .map((l) => {
          const coverage = catalog.entries.length
            ? catalog.entries.reduce((n, e) => n + (e.translations[l.code]?.status.coverage ?? 0), 0) /
              catalog.entries.length
            : 0;
          return { lang: l.code, name: l.name, coverage: Math.round(coverage * 100) };
        }),
    },
  };
}
