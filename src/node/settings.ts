import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { languages, sourceLanguage } from "../runtime/languages.js";

/**
 * The repository (or installed package) root: the nearest folder above this
 * module whose package.json is error-atlas's. Found by walking up rather
 * than by a fixed `../..`, because the same code also runs from the tools'
 * prebuilt bundle (scripts/tool.mjs) in another folder.
 */
export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "error-atlas"
    ) {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no error-atlas package.json above ${from}`);
  }
}

const packageJson = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as {
  version: string;
  homepage?: string;
  repository: { url: string };
};

/** The package's version. */
export const packageVersion = packageJson.version;

/**
 * Every `ATLAS_*` environment variable the tools read, in one place. The
 * README's "Environment" table is generated from this list, so a new
 * setting is documented by adding it here.
 */
export const ENVIRONMENT = {
  ATLAS_ENTRIES:
    "Folder of entry files to validate and build (default `entries/`), so a second catalog uses the same tools.",
  ATLAS_TODAY: "Today's date (YYYY-MM-DD) for the date rules, for reproducible runs (default: the UTC date).",
  ATLAS_SITE_URL:
    "Public address of the site, for canonical links, feeds and the links the CLI prints (default: `homepage` in package.json).",
  ATLAS_REPOSITORY_URL:
    'Web address of the repository, for "Edit this entry" links (default: `repository` in package.json).',
  ATLAS_DATA_OUT: "Where `npm run build:data` writes the data files (default `dist/data/`).",
  ATLAS_DATA_DIST: "The data package folder the site is built from (default `dist/`).",
  ATLAS_SITE_OUT: "Where the site is built (default `site/dist/`).",
  ATLAS_SITE_VERBOSE: "Set to 1 to see Astro's page-by-page build log and the time of each stage of the site build.",
  ATLAS_CACHE:
    "Folder for the tools' caches between runs: parsed entries, check results, rendered Markdown, the site's renderer and build state (default `node_modules/.cache`). Delete it, or point it at an empty folder, for a cold run.",
  ATLAS_RENDERER_OUT: "Set by the site builder for Astro: where the renderer bundle goes. Not for manual use.",
  ATLAS_DEV_RELOAD:
    "Set by `npm run dev` for the dev server: a file touched after each data rebuild. Not for manual use.",
  ATLAS_FUZZ_RUNS:
    "Cases of the validator's property-based test (default 200 in `npm test`; `npm run fuzz` sets 3,000).",
  ATLAS_CORPUS: "The benchmark corpus (default `../shared/corpora/deadends-canons.jsonl`).",
} as const;

export type SettingName = keyof typeof ENVIRONMENT;

/** One setting from the environment, or undefined when unset or empty. */
export function setting(name: SettingName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[name] || undefined;
}

/** Folder of entry files: `ATLAS_ENTRIES`, otherwise `entries/`. */
export function entriesRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(setting("ATLAS_ENTRIES", env) ?? "entries");
}

/** Today as YYYY-MM-DD (UTC), or `ATLAS_TODAY`. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  return setting("ATLAS_TODAY", env) ?? new Date().toISOString().slice(0, 10);
}

/** The public site address, without a trailing slash: `ATLAS_SITE_URL`, else the package's `homepage`. */
export function publicSiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (setting("ATLAS_SITE_URL", env) ?? packageJson.homepage ?? "").replace(/\/+$/, "");
}

/** Web address of the repository, for "Edit this entry" links. */
export function repositoryUrl(env: NodeJS.ProcessEnv = process.env): string {
  return setting("ATLAS_REPOSITORY_URL", env) ?? packageJson.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
}

/** Languages that have translation files (`<slug>.<code>.md`). */
export const translationLanguages: readonly string[] = languages.map((l) => l.code).filter((c) => c !== sourceLanguage);

/** Where build steps keep caches between runs: `ATLAS_CACHE`, otherwise `node_modules/.cache`. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(setting("ATLAS_CACHE", env) ?? "node_modules/.cache");
}

/** The data steps' caches. */
export const cacheDir = path.join(cacheRoot(), "error-atlas");

/** A cache file for one catalog folder: two catalogs never share a cache. */
export function cacheFileFor(kind: string, root: string): string {
  return path.join(
    cacheDir,
    `${kind}-${createHash("sha1").update(path.resolve(root)).digest("hex").slice(0, 12)}.json`,
  );
}
