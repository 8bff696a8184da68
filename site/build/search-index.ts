/**
 * The full-text index: Pagefind, fed records made from the entries' data
 * (addCustomRecord) instead of re-reading the built HTML. Each language's
 * entries are spread over a fixed set of bundles that the search page
 * merges in the browser (mergeIndex), so an edit re-indexes one bundle.
 * Chinese records arrive already cut into words (see searchTokens) and are
 * indexed like space-separated text: the same cut is applied to queries.
 */
import { mkdirSync } from "node:fs";

import type { SearchRecord } from "../src/data/files.js";

export async function writeSearchBuckets(buckets: { dir: string; records: SearchRecord[] }[]): Promise<void> {
  if (!buckets.length) return;
  const pagefind = await import("pagefind");
  try {
    await Promise.all(
      buckets.map(async ({ dir, records }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
        const added = await Promise.all(
          // Every record is indexed as space-separated words; Chinese text was cut into words already.
          records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: "en", meta: r.meta })),
        );
        const failed = added.flatMap((a) => a.errors);
        if (failed.length) throw new Error(`pagefind: ${failed.join("; ")}`);
        mkdirSync(dir, { recursive: true });
        const written = await index.writeFiles({ outputPath: dir });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
      }),
    );
  } finally {
    await pagefind.close();
  }
}
