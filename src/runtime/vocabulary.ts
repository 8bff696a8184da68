import { sourceLanguage } from "./languages.js";

/** Text per language code, e.g. `{ en: "Docker", zh: "Docker" }`. */
export type Labels = Readonly<Record<string, string>>;

/** A category as the package exports it (from entries/categories.yaml). */
export interface Category {
  /** The folder name, first segment of the ids, e.g. `docker`. */
  id: string;
  /** Short name per language. */
  label: Labels;
  /** One line per language. */
  description: Labels;
  /** Number of entries in it. */
  count: number;
}

/** A label in `lang`, falling back to English, then to the key itself. */
export function labelIn(labels: Labels | undefined, lang: string, key = ""): string {
  return labels?.[lang] ?? labels?.[sourceLanguage] ?? key;
}
