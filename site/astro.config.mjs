// Astro config for the Error Atlas site. Normally run through
// `npm run build:site` (scripts/build-site.ts), which passes the data package
// location, the output folder and the site/repository URLs in the environment.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const packageJson = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8"));

// The compiled data package (`dist/` of the repository, or a copy built from another catalog).
const dataDist = path.resolve(process.env.ATLAS_DATA_DIST || path.join(repo, "dist"));
process.env.ATLAS_DATA_DIST = dataDist;
process.env.ATLAS_REPOSITORY_URL ||= packageJson.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
const site = (process.env.ATLAS_SITE_URL || packageJson.homepage).replace(/\/+$/, "");

const { languages, sourceLanguage } = await import(pathToFileURL(path.join(dataDist, "languages.js")).href);
// Ids are permanent: a renamed entry's old address keeps a page that sends readers on.
const { redirects: renamed } = await import(pathToFileURL(path.join(dataDist, "data/catalog.js")).href);
const redirects = Object.fromEntries(
  Object.entries(renamed).flatMap(([from, to]) =>
    languages.map(({ code }) => {
      const prefix = code === sourceLanguage ? "/" : `/${code}/`;
      return [`${prefix}${from}`, `${prefix}${to}/`];
    }),
  ),
);
// Entry dates for <lastmod>: keeps the sitemap reproducible (no build time) and useful.
const rows = JSON.parse(readFileSync(path.join(dataDist, "data/index.json"), "utf8"));
const lastmod = new Map();
for (const row of rows) {
  for (const { code } of languages) {
    const prefix = code === sourceLanguage ? "/" : `/${code}/`;
    lastmod.set(`${site}${prefix}${row.id}/`, row.updated);
  }
}

export default defineConfig({
  root: here,
  site,
  outDir: process.env.ATLAS_SITE_BUILD_DIR || path.join(here, "dist"),
  cacheDir: process.env.ATLAS_SITE_CACHE || path.join(here, "node_modules/.astro"),
  trailingSlash: "always",
  redirects,
  compressHTML: true,
  devToolbar: { enabled: false },
  build: {
    format: "directory",
    // One shared stylesheet, cached once, instead of the same CSS inlined in every page.
    inlineStylesheets: "never",
  },
  integrations: [
    sitemap({
      filter: (page) => !page.endsWith("/404/") && !page.endsWith("/404.html"),
      i18n: {
        defaultLocale: sourceLanguage,
        locales: Object.fromEntries(languages.map((l) => [l.code, l.tag])),
      },
      serialize(item) {
        const date = lastmod.get(item.url);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
  vite: {
    resolve: {
      alias: [
        // The data package, imported as a package: never a copy of src/ logic.
        { find: /^error-atlas$/, replacement: path.join(dataDist, "index.js") },
        // The lookup engine alone, for the browser: without the catalog data it would drag in.
        { find: /^error-atlas\/engine$/, replacement: path.join(dataDist, "lookup/engine.js") },
      ],
    },
    cacheDir: path.join(process.env.ATLAS_SITE_CACHE || path.join(here, "node_modules/.astro"), "vite"),
    build: { chunkSizeWarningLimit: 4096 },
  },
});
