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
 *
 * One Pagefind process indexes one bundle at a time, so bundles are spread
 * over one process per core. The pagefind module keeps a single process per
 * module instance, hence a worker thread (with its own instance) for each.
 */
import { availableParallelism } from "node:os";

import { siblingModule, startWorker } from "../../src/node/worker.js";
import type { SearchRecord } from "../src/data/files.js";
import type { SearchReply } from "./search-worker.js";

/** One file of a bundle: its path inside the bundle's folder, with `/`. */
export interface SearchFile {
  path: string;
  content: Uint8Array;
}

/** Indexes each list of records as one bundle and returns the bundles' files, in the same order. */
export async function indexSearchBuckets(
  buckets: readonly (readonly SearchRecord[])[],
  processes = availableParallelism(),
): Promise<SearchFile[][]> {
  const count = Math.min(processes, buckets.length);
  if (count <= 1) return indexHere(buckets);
  const results: SearchFile[][] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, w) => {
      const mine = buckets.flatMap((_, i) => (i % count === w ? [i] : []));
      const files = await indexInWorker(mine.map((i) => buckets[i]!));
      mine.forEach((i, j) => (results[i] = files[j]!));
    }),
  );
  return results;
}

function indexInWorker(buckets: readonly (readonly SearchRecord[])[]): Promise<SearchFile[][]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(siblingModule("search-worker", import.meta.url), { buckets });
    worker.once("message", (reply: SearchReply) => {
      if (reply.ok) resolve(reply.files);
      else reject(new Error(reply.error));
      void worker.terminate();
    });
    worker.once("error", reject);
    // After a reply this does nothing: a promise settles once.
    worker.once("exit", (code) => reject(new Error(`search worker exited with ${code}`)));
  });
}

/** Indexes the bundles one after another in this thread's Pagefind process. */
export async function indexHere(buckets: readonly (readonly SearchRecord[])[]): Promise<SearchFile[][]> {
  if (!buckets.length) return [];
  const pagefind = await import("pagefind");
  try {
    const indexed: SearchFile[][] = [];
    for (const records of buckets) {
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
      indexed.push(got.files.map(({ path, content }) => ({ path: path.replaceAll("\\", "/"), content })));
      // The index's memory is freed now, not when the process ends.
      await index.deleteIndex();
    }
    return indexed;
  } finally {
    await pagefind.close();
  }
}
