import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { languages, sourceLanguage } from "./languages.js";

/**
 * Folder of entry files: `ATLAS_ENTRIES` when set, so a second catalog can be
 * validated and built with the same tools, otherwise `entries/`.
 */
export function entriesRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.ATLAS_ENTRIES || "entries");
}

/** Languages that have translation files (`<slug>.<code>.md`). */
export const translationLanguages: readonly string[] = languages.map((l) => l.code).filter((c) => c !== sourceLanguage);

const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  repository: { url: string };
};

/** Web address of the repository, for "Edit this entry" links. */
export const repositoryUrl = packageJson.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

/** Where build steps keep caches between runs. */
export const cacheDir = path.resolve("node_modules/.cache/error-atlas");

/** A cache file for one catalog folder: two catalogs never share a cache. */
export function cacheFileFor(kind: string, root: string): string {
  return path.join(cacheDir, `${kind}-${createHash("sha1").update(path.resolve(root)).digest("hex").slice(0, 12)}.json`);
}
