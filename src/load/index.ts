import path from "node:path";

import { translationLanguages } from "../node/settings.js";
import type { Problem } from "../shared/problem.js";
import { discoverEntries, type EntryFiles } from "./discover.js";
import type { ReadResult, SourceDocument } from "./document.js";
import { ParseCache } from "./parse-cache.js";
import { loadRedirects, type Redirects } from "./redirects.js";
import { loadVocabulary, type Vocabulary } from "./vocabulary.js";

export type { EntryFiles } from "./discover.js";
export type { SourceDocument } from "./document.js";
export type { Vocabulary, VocabularyFile } from "./vocabulary.js";

/** An entry's files, read and parsed but not yet validated. */
export interface LoadedEntry {
  id: string;
  category: string;
  slug: string;
  source: SourceDocument;
  translations: Record<string, SourceDocument>;
}

export interface LoadResult {
  entries: LoadedEntry[];
  /** Ids of every entry file found, including those that failed to parse (so others may still relate to them). */
  ids: string[];
  redirects: Redirects;
  /** categories.yaml and types.yaml. */
  vocabulary: Vocabulary;
  problems: Problem[];
}

/** Path for messages: relative to the working directory, with `/`. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return (relative.startsWith("..") ? absolute : relative).split(path.sep).join("/");
}

export interface LoadOptions {
  languages?: readonly string[];
  /** Where parsed files are kept between runs (see ParseCache); none when undefined. */
  cacheFile?: string;
}

/** Step 1 of the pipeline: find and parse every entry file under `root`. */
export function loadCatalog(
  root: string,
  { languages = translationLanguages, cacheFile }: LoadOptions = {},
): LoadResult {
  const { files, problems } = discoverEntries(root, languages, displayPath);
  const cache = new ParseCache(cacheFile);
  const paths = files.flatMap((f) => [f.source!, ...Object.values(f.translations)]);
  const read = cache.readAll(paths.map((file) => [file, displayPath(file)]));
  const byPath = new Map(paths.map((file, i) => [file, read[i]!]));
  const entries: LoadedEntry[] = [];
  for (const files_ of files) {
    const loaded = loadEntry(files_, problems, byPath);
    if (loaded) entries.push(loaded);
  }
  cache.save();
  const redirects = loadRedirects(root, displayPath);
  problems.push(...redirects.problems);
  const vocabulary = loadVocabulary(root, displayPath);
  problems.push(...vocabulary.problems);
  return { entries, ids: files.map((f) => f.id), redirects, vocabulary, problems };
}

function loadEntry(
  files: EntryFiles,
  problems: Problem[],
  byPath: ReadonlyMap<string, ReadResult>,
): LoadedEntry | undefined {
  const source = byPath.get(files.source!)!;
  problems.push(...source.problems);
  const translations: Record<string, SourceDocument> = {};
  for (const [lang, file] of Object.entries(files.translations)) {
    const read = byPath.get(file)!;
    problems.push(...read.problems);
    if (read.document) translations[lang] = read.document;
  }
  if (!source.document) return undefined;
  return { id: files.id, category: files.category, slug: files.slug, source: source.document, translations };
}
