/**
 * The catalog as the site sees it: the compiled entries and registries of a
 * data folder, indexed for the page builders, plus the site's settings.
 * Everything a page shows is derived from this one object, so a page's data
 * — and the hash that decides whether it is rebuilt — is a pure function of
 * it.
 */
import { createHash } from "node:crypto";

import {
  type CatalogData,
  type CompiledEntry,
  labelIn,
  type Language,
  languages,
  localize,
  type LocalizedEntry,
  sourceLanguage,
} from "error-atlas/internal";

export interface SiteConfig {
  /** Absolute site address without a trailing slash, e.g. `https://error-atlas.github.io`. */
  site: string;
  /** Repository web address, for edit links; empty for none. */
  repository: string;
  /** Package version, shown in the footer and part of every page's inputs. */
  version: string;
}

export interface SiteCatalog {
  config: SiteConfig;
  data: CatalogData;
  entries: readonly CompiledEntry[];
  byId: ReadonlyMap<string, CompiledEntry>;
  /** Entries of each category, sorted by id. */
  byCategory: ReadonlyMap<string, readonly CompiledEntry[]>;
  languages: readonly Language[];
}

export function siteCatalog(data: CatalogData, config: SiteConfig): SiteCatalog {
  const byCategory = new Map<string, CompiledEntry[]>();
  for (const entry of data.entries) {
    let list = byCategory.get(entry.category);
    if (!list) byCategory.set(entry.category, (list = []));
    list.push(entry);
  }
  return {
    config,
    data,
    entries: data.entries,
    byId: new Map(data.entries.map((e) => [e.id, e])),
    byCategory,
    languages,
  };
}

/** The category's label in `lang` (its slug when the registry has none). */
export function categoryLabel(catalog: SiteCatalog, id: string, lang: string): string {
  return labelIn(catalog.data.vocabulary.categories.find((c) => c.id === id)?.label, lang, id);
}

export function categoryDescription(catalog: SiteCatalog, id: string, lang: string): string {
  return labelIn(catalog.data.vocabulary.categories.find((c) => c.id === id)?.description, lang, "");
}

export function typeLabel(catalog: SiteCatalog, type: string, lang: string): string {
  return labelIn(catalog.data.vocabulary.types[type], lang, type);
}

const localized = new WeakMap<CompiledEntry, Map<string, LocalizedEntry>>();

/**
 * `localize`, once per entry and language: pages show the same entry many
 * times (its page, cards, related links, feeds), and a build computes every
 * page's data to see what changed.
 */
export function localizedIn(entry: CompiledEntry, lang: string): LocalizedEntry {
  let byLang = localized.get(entry);
  if (!byLang) localized.set(entry, (byLang = new Map()));
  let local = byLang.get(lang);
  if (!local) byLang.set(lang, (local = localize(entry, lang)));
  return local;
}

/** The entry's title as listed in `lang`: English error text, then the gloss. */
export function titleIn(entry: CompiledEntry, lang: string): string {
  return localizedIn(entry, lang).title.text;
}

export const isSource = (lang: string) => lang === sourceLanguage;

// Every page scope of one catalog shares its settings and registries: hashed once, not once per page.
const settingsKeys = new WeakMap<object, { config: SiteCatalog["config"]; key: string }>();

/** A hash of what every page is made from besides entries: the site settings and the registries. */
export function settingsKey({ config, data: { vocabulary } }: Pick<SiteCatalog, "config" | "data">): string {
  const known = settingsKeys.get(vocabulary);
  if (known?.config === config) return known.key;
  const key = createHash("sha256")
    .update(JSON.stringify([config, vocabulary]))
    .digest("base64url");
  settingsKeys.set(vocabulary, { config, key });
  return key;
}
