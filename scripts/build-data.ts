/**
 * npm run build:data — entries → dist/data/ (the data package's generated part).
 * Validates first; on any error prints every problem, exits 1 and leaves the
 * previous dist/data/ as it was.
 */
import path from "node:path";

import { compileCatalog } from "../src/compile/index.js";
import { dataFiles, writeFolderIncrementally } from "../src/compile/write.js";
import { parseCommandArgs } from "../src/node/args.js";
import { cacheDir, cacheFileFor, entriesRoot, publicSiteUrl, setting } from "../src/node/settings.js";
import { sourceKey } from "../src/node/source-key.js";
import { siteUrls } from "../src/runtime/urls.js";
import { formatText } from "../src/validate/format.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = "usage: npm run build:data";

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {}, { positionals: false });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
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
    return 1;
  }
  const files = dataFiles(result.entries, {
    redirects: result.redirects,
    vocabulary: result.vocabulary,
    urls: siteUrls(publicSiteUrl()),
    version: sourceKey(),
  });
  const { written } = writeFolderIncrementally(path.resolve(setting("ATLAS_DATA_OUT") ?? "dist/data"), files, cacheDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.error(
    `✓ ${result.entries.length} entries → dist/data/ (${files.size} files, ${written} written, ${seconds} s)`,
  );
  return 0;
}

if (isMain(import.meta.url)) await runCli(main);
