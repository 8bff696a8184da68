import { readFileSync, writeFileSync } from "node:fs";

import { sourceHash, translatableFields, translatedText } from "../compile/translations.js";
import type { LoadedEntry } from "../load/index.js";
import type { Entry, Translation } from "../types/schema.js";

/**
 * Records, in a translation file's `translated_from`, the hash of the English
 * text each translated field now corresponds to — run after a translator has
 * checked the translation against the current English. Only that block of
 * the front matter is rewritten (as text, so the rest keeps its layout).
 * Returns the field paths recorded.
 */
export function markReviewed(entry: LoadedEntry, lang: string, file: string): string[] {
  const translation = entry.translations[lang];
  if (!translation) return [];
  const english = entry.source.data as Entry;
  const data = translation.data as Translation;
  const hashes: [string, string][] = [];
  for (const field of translatableFields(english, entry.source.body)) {
    if (translatedText(data, translation.body, field.path) !== undefined) {
      hashes.push([field.path, sourceHash(field.text)]);
    }
  }

  const raw = readFileSync(file, "utf8");
  const eol = raw.includes("\r\n") ? "\r\n" : "\n";
  const lines = raw.replace(/\r\n/g, "\n").split("\n");
  const end = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  const front = lines.slice(1, end);
  // Drop the old block: its key line and the indented lines under it.
  const start = front.findIndex((l) => /^translated_from:/.test(l));
  if (start !== -1) {
    let stop = start + 1;
    while (stop < front.length && /^(\s|$)/.test(front[stop]!)) stop++;
    front.splice(start, stop - start);
  }
  while (front.length && front[front.length - 1]!.trim() === "") front.pop();
  if (hashes.length) front.push("translated_from:", ...hashes.map(([path, hash]) => `  ${path}: "${hash}"`));
  const updated = [lines[0]!, ...front, ...lines.slice(end)].join("\n");
  writeFileSync(file, eol === "\n" ? updated : updated.replace(/\n/g, eol));
  return hashes.map(([path]) => path);
}
