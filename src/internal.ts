/**
 * error-atlas/internal — helpers shared by the site and the repository's own
 * tools (UI strings, URL paths, figure formatting, the catalog read from a
 * data folder). Not part of the public API: it may change in any release.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CompiledEntry, IndexRow } from "./types/public.js";
import type { LookupData } from "./lookup/lookup-index.js";
import type { CompiledVocabulary } from "./compile/vocabulary.js";

export { t, type StringKey, type Strings } from "./runtime/i18n/index.js";
export { percent, formatInterval } from "./runtime/figures.js";
export { splitCode } from "./runtime/text.js";
export { labelIn } from "./runtime/vocabulary.js";
export { entryPath, markdownPath, categoryPath, languageRoot, siteUrls, type SiteUrls } from "./runtime/urls.js";
export { summarize, type HitSummary } from "./runtime/summary.js";

/** A built data folder (`dist/data`) as the site reads it. */
export interface CatalogData {
  entries: CompiledEntry[];
  index: IndexRow[];
  redirects: Record<string, string>;
  vocabulary: CompiledVocabulary;
  lookupData: LookupData;
}

/**
 * Reads the data package from a folder by path — the site builds from a
 * data folder chosen at build time (the repository's, or a test catalog's),
 * not from the copy next to this module.
 */
export async function readCatalog(dataDir: string): Promise<CatalogData> {
  const index = JSON.parse(readFileSync(path.join(dataDir, "index.json"), "utf8")) as IndexRow[];
  const entries = index.map((row) => JSON.parse(readFileSync(path.join(dataDir, "entries", `${row.id}.json`), "utf8")) as CompiledEntry);
  const catalog = (await import(pathToHref(path.join(dataDir, "catalog.js")))) as { redirects: Record<string, string> } & CompiledVocabulary;
  const { lookupData } = (await import(pathToHref(path.join(dataDir, "lookup-data.js")))) as { lookupData: LookupData };
  return { entries, index, redirects: catalog.redirects, vocabulary: { categories: catalog.categories, types: catalog.types }, lookupData };
}

const pathToHref = (file: string) => new URL(`file://${path.resolve(file).split(path.sep).map(encodeURIComponent).join("/")}`).href;
