import { readdirSync } from "node:fs";
import path from "node:path";

import { createProblem, type MessageData } from "../shared/messages.js";
import { SEGMENT } from "../shared/patterns.js";
import type { Problem } from "../shared/problem.js";
import { strayFileMessages } from "./messages.js";

/** The files that make up one entry: its English source and its translations. */
export interface EntryFiles {
  id: string;
  category: string;
  slug: string;
  /** Absolute path of `<slug>.md`, if present. */
  source?: string;
  /** Absolute paths of `<slug>.<lang>.md`, by language code. */
  translations: Record<string, string>;
}

/** Names the site uses for its own pages: a category with one of them would collide. */
const RESERVED = new Set(["search", "pagefind", "_astro", "feed", "index", "llms", "robots", "sitemap", "lookup"]);

/** Files allowed at the top of the entries folder besides category folders. */
const ROOT_FILES = new Set(["README.md", "redirects.yaml", "categories.yaml", "types.yaml"]);

/**
 * Lists `<category>/<slug>.md` and `<category>/<slug>.<lang>.md` under
 * `root`, sorted by id. Anything else is reported, so a misnamed file never
 * silently drops out of the catalog.
 */
export function discoverEntries(
  root: string,
  languages: readonly string[],
  display: (abs: string) => string,
): { files: EntryFiles[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, EntryFiles>();
  const stray = <Id extends keyof typeof strayFileMessages>(
    abs: string,
    messageId: Id,
    data: MessageData<(typeof strayFileMessages)[Id]>,
  ) =>
    problems.push(
      createProblem("EA014", strayFileMessages, messageId, data, { file: display(abs), line: 1, column: 1 }),
    );

  let categories;
  try {
    categories = readdirSync(root, { withFileTypes: true });
  } catch {
    stray(root, "no-entries-folder", {});
    return { files: [], problems };
  }

  for (const category of categories) {
    const categoryPath = path.join(root, category.name);
    if (category.name.startsWith(".")) continue;
    if (!category.isDirectory()) {
      if (!ROOT_FILES.has(category.name)) {
        stray(categoryPath, "stray-top-file", {});
      }
      continue;
    }
    if (!SEGMENT.test(category.name)) {
      stray(categoryPath, "bad-category", { name: category.name });
      continue;
    }
    if (RESERVED.has(category.name) || languages.includes(category.name)) {
      stray(categoryPath, "reserved-category", { name: category.name });
      continue;
    }
    for (const file of readdirSync(categoryPath, { withFileTypes: true })) {
      if (file.name.startsWith(".")) continue;
      const filePath = path.join(categoryPath, file.name);
      const match = /^(.+?)(?:\.([a-z]{2,3}(?:-[a-z0-9]+)?))?\.md$/i.exec(file.name);
      if (file.isSymbolicLink()) {
        // A link could point anywhere on the machine that builds the site, so entries are never links.
        stray(filePath, "symlink", {});
        continue;
      }
      if (!file.isFile() || !match) {
        stray(filePath, "stray-file", {});
        continue;
      }
      const [, slug, lang] = match as unknown as [string, string, string | undefined];
      if (!SEGMENT.test(slug)) {
        stray(filePath, "bad-slug", { slug });
        continue;
      }
      if (lang !== undefined && !languages.includes(lang)) {
        stray(filePath, "unknown-language", { lang, languages: languages.join(", ") });
        continue;
      }
      const id = `${category.name}/${slug}`;
      let entry = byId.get(id);
      if (!entry) byId.set(id, (entry = { id, category: category.name, slug, translations: {} }));
      if (lang === undefined) entry.source = filePath;
      else entry.translations[lang] = filePath;
    }
  }

  const files = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const entry of files) {
    if (!entry.source) {
      for (const file of Object.values(entry.translations)) {
        stray(file, "orphan-translation", { slug: entry.slug });
      }
    }
  }
  return { files: files.filter((f) => f.source), problems };
}
