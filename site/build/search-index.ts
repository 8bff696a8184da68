/**
 * The full-text index: Pagefind, fed records made from the entries' data
 * (addCustomRecord) instead of re-reading the built HTML. Each language's
 * entries are spread over a fixed set of bundles that the search page
 * merges in the browser (mergeIndex), so an edit re-indexes one bundle.
 * Chinese records arrive already cut into words (see searchTokens) and are
 * indexed like space-separated text: the same cut is applied to queries.
 *
 * A bundle's files come back in memory (getFiles), not written: most of a
 * re-indexed bundle's files are the same bytes as before, and the build
 * writes only the ones that differ.
 */
import type { SearchRecord } from "../src/data/files.js";

/** One file of a bundle: its path inside the bundle's folder, with `/`. */
export interface SearchFile {
  path: string;
  content: Uint8Array;
}

/** Indexes each list of records as one bundle and returns the bundles' files, in the same order. */
export async function indexSearchBuckets(buckets: readonly (readonly SearchRecord[])[]): Promise<SearchFile[][]> {
  if (!buckets.length) return [];
  const pagefind = await import("pagefind");
  try {
    return await Promise.all(
      buckets.map(async (records) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
        const added = await Promise.all(
          // Every record is indexed as space-separated words; Chinese text was cut into words already.
          records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: "en", meta: r.meta })),
        );
        const failed = added.flatMap((a) => a.errors);
        if (failed.length) throw new Error(`pagefind: ${failed.join("; ")}`);
        const got = await index.getFiles();
        if (got.errors.length) throw new Error(`pagefind: ${got.errors.join("; ")}`);
        return got.files.map(({ path, content }) => ({ path: path.replaceAll("\\", "/"), content }));
      }),
    );
  } finally {
    await pagefind.close();
  }
}
