import { createHash } from "node:crypto";
import path from "node:path";

import { loadCatalog, type LoadedEntry } from "../load/index.js";
import { lastCommitDates } from "../node/git-dates.js";
import { translationLanguages } from "../node/settings.js";
import { sourceKey } from "../node/source-key.js";
import { RenderCache } from "../render/cache.js";
import { renderMarkdown } from "../render/markdown.js";
import type { Problem } from "../shared/problem.js";
import type { CompiledEntry } from "../types/schema.js";
import { validateCatalog, type ValidateOptions } from "../validate/index.js";
import { compileEntry } from "./entry.js";
import { type CompiledVocabulary, compileVocabulary } from "./vocabulary.js";

export { compileEntry } from "./entry.js";
export { indexRow } from "./index-rows.js";

export interface CompileCatalogOptions extends ValidateOptions {
  /** Where rendered Markdown is cached between builds; none when undefined. */
  cacheFile?: string;
}

export type CompileResult =
  | {
      ok: true;
      entries: CompiledEntry[];
      redirects: Record<string, string>;
      vocabulary: CompiledVocabulary;
      /**
       * Per entry id, a key of everything its compiled form is made from (its files' texts and
       * last-commit date); absent when a file's hash is unknown. With the compiler's version, it
       * lets the data step skip serializing an entry that cannot have changed.
       */
      inputKeys: Map<string, string>;
      warnings: Problem[];
    }
  | { ok: false; problems: Problem[] };

/**
 * Load → validate → compile. Any error stops the build before anything is
 * written, so the previous output stays intact.
 */
export async function compileCatalog(root: string, options: CompileCatalogOptions = {}): Promise<CompileResult> {
  const loaded = loadCatalog(root, { cacheFile: options.parseCacheFile });
  const problems = await validateCatalog(loaded, { root, ...options });
  if (problems.some((p) => p.severity === "error")) return { ok: false, problems };

  const cache = new RenderCache(options.cacheFile, sourceKey());
  const render = (markdown: string) => cache.get(markdown, renderMarkdown);
  const dates = lastCommitDates(root);
  const updated = (entry: LoadedEntry) => {
    let last: string | undefined;
    for (const document of [entry.source, ...Object.values(entry.translations)]) {
      const date = dates.get(path.resolve(document.file));
      if (date && (!last || date > last)) last = date;
    }
    return last;
  };
  // compileEntry reads nothing but the entry's own documents, the Markdown renderer and `updated`:
  // a new input to it must join this key, or unchanged-looking entries would keep stale files.
  const inputKeys = new Map<string, string>();
  const entries = loaded.entries.map((entry) => {
    const documents = [entry.source, ...Object.values(entry.translations)];
    const last = updated(entry);
    if (documents.every((d) => d.hash)) {
      const key = createHash("sha1");
      for (const d of documents) key.update(`${path.basename(d.file)}\0${d.hash}\n`);
      inputKeys.set(entry.id, key.update(last ?? "").digest("base64url"));
    }
    return compileEntry(entry, { languages: translationLanguages, render, updated: () => last });
  });
  cache.save();
  return {
    ok: true,
    entries,
    inputKeys,
    redirects: loaded.redirects.redirects,
    vocabulary: compileVocabulary(loaded.vocabulary, entries),
    warnings: problems,
  };
}
