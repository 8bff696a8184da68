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
