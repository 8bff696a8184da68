/**
 * error-atlas — the catalog as typed data.
 *
 *   import { entries, getEntry, lookup } from "error-atlas";
 */
import { entries as data, redirects as redirectData, lookupIndex } from "./data/catalog.js";
import { LookupEngine, type LookupMatch, type LookupOptions } from "./lookup/engine.js";
import type { CompiledEntry } from "./types/schema.js";

export type * from "./types/schema.js";
export type { CompiledEntry as Entry } from "./types/schema.js";
export type { LookupMatch, LookupOptions } from "./lookup/engine.js";
export type { LookupIndex } from "./lookup/lookup-index.js";
export { LookupEngine } from "./lookup/engine.js";
export { localize, type LocalizedEntry, type LocalText } from "./runtime/localize.js";
export { languages, sourceLanguage, type Language } from "./runtime/languages.js";

/** Every entry, sorted by id. */
export const entries: readonly CompiledEntry[] = data;

/** Ids of renamed entries → their current ids. */
export const redirects: Readonly<Record<string, string>> = redirectData;

const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** The entry with this id (or with the id it was renamed from), if any. */
export function getEntry(id: string): CompiledEntry | undefined {
  return byId.get(id) ?? byId.get(redirects[id] ?? "");
}

export interface Category {
  /** First segment of the ids, e.g. `communication`. */
  id: string;
  /** Number of entries in it. */
  count: number;
}

/** Categories with their entry counts, sorted by id. */
export const categories: readonly Category[] = (() => {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => (a.id < b.id ? -1 : 1));
})();

export interface LookupHit extends LookupMatch {
  entry: CompiledEntry;
}

let engine: LookupEngine | undefined;

/**
 * Finds the entries an error text is about — a code, a message, or a whole
 * pasted log — best first. Never throws.
 */
export function lookup(text: string, options?: LookupOptions): LookupHit[] {
  engine ??= new LookupEngine(lookupIndex);
  return engine.lookup(text, options).map((match) => ({ ...match, entry: byId.get(match.id)! }));
}

export { entryPath, markdownPath, categoryPath, languageRoot, siteUrls, type SiteUrls } from "./runtime/urls.js";
export { splitCode } from "./runtime/text.js";
export { t, percent, type StringKey, type Strings } from "./runtime/i18n/index.js";
