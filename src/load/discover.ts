import { readdirSync } from "node:fs";
import path from "node:path";

import { SEGMENT } from "../shared/patterns.js";
import type { Problem } from "../shared/problem.js";

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
  const stray = (abs: string, message: string, hint: string) =>
    problems.push({ file: display(abs), line: 1, column: 1, code: "EA014", message, hint, severity: "error" });

  let categories;
  try {
    categories = readdirSync(root, { withFileTypes: true });
  } catch {
    problems.push({
      file: display(root),
      line: 1,
      column: 1,
      code: "EA014",
      message: "the entries folder does not exist",
      hint: "create it or set ATLAS_ENTRIES to an existing folder",
      severity: "error",
    });
    return { files: [], problems };
  }

  for (const category of categories) {
    const categoryPath = path.join(root, category.name);
    if (category.name.startsWith(".")) continue;
    if (!category.isDirectory()) {
      if (!ROOT_FILES.has(category.name)) {
        stray(
          categoryPath,
          "unexpected file at the top of the entries folder",
          "entries live in `<category>/<slug>.md`",
        );
      }
      continue;
    }
    if (!SEGMENT.test(category.name)) {
      stray(
        categoryPath,
        `category folder \`${category.name}\` is not a valid id segment`,
        "use lower-case letters, digits and single hyphens",
      );
      continue;
    }
    if (RESERVED.has(category.name) || languages.includes(category.name)) {
      stray(
        categoryPath,
        `category name \`${category.name}\` is reserved: the site uses /${category.name}/ for its own pages`,
        "choose another category name",
      );
      continue;
    }
    for (const file of readdirSync(categoryPath, { withFileTypes: true })) {
      if (file.name.startsWith(".")) continue;
      const filePath = path.join(categoryPath, file.name);
      const match = /^(.+?)(?:\.([a-z]{2,3}(?:-[a-z0-9]+)?))?\.md$/i.exec(file.name);
      if (file.isSymbolicLink()) {
        // A link could point anywhere on the machine that builds the site, so entries are never links.
        stray(
          filePath,
          "entry files must be regular files, not symbolic links",
          "replace the link with a copy of the file (or move the file here)",
        );
        continue;
      }
      if (!file.isFile() || !match) {
        stray(
          filePath,
          "unexpected file in a category folder",
          "entries are `<slug>.md` with translations `<slug>.<lang>.md`",
        );
        continue;
      }
      const [, slug, lang] = match as unknown as [string, string, string | undefined];
      if (!SEGMENT.test(slug)) {
        stray(
          filePath,
          `\`${slug}\` is not a valid slug`,
          "use lower-case letters, digits and single hyphens, e.g. `smtp-421-service-not-available`",
        );
        continue;
      }
      if (lang !== undefined && !languages.includes(lang)) {
        stray(
          filePath,
          `\`${lang}\` is not a configured translation language`,
          `configured: ${languages.join(", ")} (src/languages.ts)`,
        );
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
        stray(
          file,
          `translation without an English entry \`${entry.slug}.md\``,
          "add the English entry or remove the translation",
        );
      }
    }
  }
  return { files: files.filter((f) => f.source), problems };
}
