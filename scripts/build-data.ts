/**
 * npm run build:data — entries → dist/data/ (the data package's generated part).
 * Validates first; on any error prints every problem, exits 1 and leaves the
 * previous dist/data/ as it was.
 */
import path from "node:path";

import { compileCatalog } from "../src/compile/index.js";
import type { CompiledVocabulary } from "../src/compile/vocabulary.js";
import { dataFiles, writeFolderIncrementally } from "../src/compile/write.js";
import { parseCommandArgs } from "../src/node/args.js";
import { cacheDir, cacheFileFor, entriesRoot, publicSiteUrl, setting } from "../src/node/settings.js";
import { sourceKey } from "../src/node/source-key.js";
import { siteUrls } from "../src/runtime/urls.js";
import type { CompiledEntry } from "../src/types/public.js";
import { formatText } from "../src/validate/format.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = "usage: npm run build:data";

/** What the data step compiled and wrote, for a caller that goes on to build the site from memory. */
export interface DataBuild {
  entries: CompiledEntry[];
  redirects: Record<string, string>;
  vocabulary: CompiledVocabulary;
  /** The folder written: dist/data, or ATLAS_DATA_OUT. */
  dataDir: string;
  /** Per entry id, a key that changes whenever its compiled form may have (its inputs, the compiler's version). */
  entryKeys: Map<string, string>;
}

/**
 * The data step: validates, compiles and writes the data folder. On an
 * error it prints every problem, leaves the folder as it was and gives
 * undefined.
 */
export async function buildData(): Promise<DataBuild | undefined> {
  const started = performance.now();
  const root = entriesRoot();
  // Warnings are `npm run validate`'s business; the build stops on errors only.
  const result = await compileCatalog(root, {
    cacheFile: path.join(cacheDir, "markdown.json"),
    parseCacheFile: cacheFileFor("parsed", root),
    resultCacheFile: cacheFileFor("results-build", root),
    errorsOnly: true,
  });
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatText(problem));
    console.error(
      `\n✗ build:data stopped: ${result.problems.filter((p) => p.severity === "error").length} error(s); dist/data/ was left unchanged.`,
    );
    return undefined;
  }
  const version = sourceKey();
  const files = dataFiles(result.entries, {
    redirects: result.redirects,
    vocabulary: result.vocabulary,
    urls: siteUrls(publicSiteUrl()),
    version,
    inputKeys: result.inputKeys,
    indexCacheFile: cacheFileFor("lookup-index", root),
  });
  const dataDir = path.resolve(setting("ATLAS_DATA_OUT") ?? "dist/data");
  const { written } = writeFolderIncrementally(dataDir, files, cacheDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.error(
    `✓ ${result.entries.length} entries → dist/data/ (${files.size} files, ${written} written, ${seconds} s)`,
  );
  const entryKeys = new Map([...result.inputKeys].map(([id, input]) => [id, `${version}\n${input}`]));
  return { entries: result.entries, redirects: result.redirects, vocabulary: result.vocabulary, dataDir, entryKeys };
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {}, { positionals: false });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  return (await buildData()) ? 0 : 1;
}

if (isMain(import.meta.url)) await runCli(main);
