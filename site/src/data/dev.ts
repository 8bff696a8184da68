/**
 * The dev server's view of the catalog: the data folder read afresh when it
 * changed (npm run dev rebuilds it when an entry file changes), so a page
 * reload shows the edit.
 */
import { statSync } from "node:fs";
import path from "node:path";

import { readCatalog } from "error-atlas/internal/node";

import { type SiteCatalog, siteCatalog } from "./catalog.js";
import { pageAt, type PageData } from "./pages.js";

let cached: { stamp: number; catalog: SiteCatalog } | undefined;

export async function devPage(pathname: string): Promise<PageData | undefined> {
  const data = path.join(path.resolve(process.env.ATLAS_DATA_DIST || "dist"), "data");
  const stamp = statSync(path.join(data, "index.json")).mtimeMs;
  if (cached?.stamp !== stamp) {
    cached = {
      stamp,
      catalog: siteCatalog(await readCatalog(data), {
        site: (process.env.ATLAS_SITE_URL || "http://127.0.0.1:4321").replace(/\/+$/, ""),
        repository: process.env.ATLAS_REPOSITORY_URL || "",
        version: "dev",
      }),
    };
  }
  return pageAt(cached.catalog, pathname)?.data();
}
