/**
 * error-atlas/internal/node — what the site's build needs from Node: the
 * data package read from a folder by path. Not part of the public API.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import type { LookupData } from "./lookup/lookup-index.js";
import type { Category, Labels } from "./runtime/vocabulary.js";
import type { CompiledEntry, IndexRow } from "./types/public.js";

/** A built data folder (`dist/data`) as the site reads it. */
export interface CatalogData {
  entries: CompiledEntry[];
  index: IndexRow[];
  redirects: Record<string, string>;
  vocabulary: { categories: Category[]; types: Record<string, Labels> };
  lookupData: LookupData;
}

/**
 * Reads the data package from a folder — the site builds from a data folder
 * chosen at build time (the repository's, or a test catalog's), not from the
 * copy next to this module.
 */
export async function readCatalog(dataDir: string): Promise<CatalogData> {
  const index = JSON.parse(readFileSync(path.join(dataDir, "index.json"), "utf8")) as IndexRow[];
  const entries = index.map(
    (row) => JSON.parse(readFileSync(path.join(dataDir, "entries", `${row.id}.json`), "utf8")) as CompiledEntry,
  );
  const catalog = (await import(/* @vite-ignore */ fresh(dataDir, "catalog.js"))) as Pick<CatalogData, "redirects"> &
    CatalogData["vocabulary"];
  return {
    entries,
    index,
    redirects: catalog.redirects,
    vocabulary: { categories: catalog.categories, types: catalog.types },
    lookupData: await readLookupData(dataDir),
  };
}

/** The lookup data of a built data folder, as written last. */
export async function readLookupData(dataDir: string): Promise<LookupData> {
  return ((await import(/* @vite-ignore */ fresh(dataDir, "lookup-data.js"))) as { lookupData: LookupData }).lookupData;
}

// A query string makes a re-read (the dev server, after a data rebuild) load the current file.
const fresh = (dataDir: string, name: string) => `${pathToFileURL(path.join(dataDir, name)).href}?v=${Date.now()}`;
