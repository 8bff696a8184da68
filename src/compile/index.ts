import { loadCatalog } from "../load/index.js";
import { validateCatalog, type ValidateOptions } from "../validate/index.js";
import { translationLanguages } from "../node/settings.js";
import { RenderCache } from "../render/cache.js";
import { sourceKey } from "../node/source-key.js";
import { renderMarkdown } from "../render/markdown.js";
import type { CompiledEntry } from "../types/schema.js";
import type { Problem } from "../shared/problem.js";
import { compileEntry } from "./entry.js";

export { compileEntry } from "./entry.js";
export { indexRow } from "./index-rows.js";


export interface CompileCatalogOptions extends ValidateOptions {
  /** Where rendered Markdown is cached between builds; none when undefined. */
  cacheFile?: string;
}

export type CompileResult =
  | { ok: true; entries: CompiledEntry[]; redirects: Record<string, string>; warnings: Problem[] }
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
  const entries = loaded.entries.map((entry) => compileEntry(entry, { languages: translationLanguages, render }));
  cache.save();
  return { ok: true, entries, redirects: loaded.redirects.redirects, warnings: problems };
}
