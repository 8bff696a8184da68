/**
 * npm run build:data — entries → dist/data/ (the data package's generated part).
 * Validates first; on any error prints every problem, exits 1 and leaves the
 * previous dist/data/ as it was.
 */
import path from "node:path";
import { cacheDir, cacheFileFor, entriesRoot } from "../src/config.js";
import { publicSiteUrl } from "../src/site-config.js";
import { compileCatalog } from "../src/compile/index.js";
import { dataFiles, writeFolderAtomically } from "../src/compile/write.js";
import { formatText } from "../src/validate/format.js";
import { siteUrls } from "../src/urls.js";
import { RenderCache, sourceVersion } from "../src/render/cache.js";
import { runCli } from "./cli-helpers.js";

await runCli(async () => {
  const started = performance.now();
  const root = entriesRoot();
  // Warnings are `npm run validate`'s business; the build stops on errors only.
  const result = await compileCatalog(root, {
    cacheFile: path.join(cacheDir, "markdown.json"), parseCacheFile: cacheFileFor("parsed", root),
    resultCacheFile: cacheFileFor("results-build", root),
    errorsOnly: true,
  });
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatText(problem));
    console.error(`\n✗ build:data stopped: ${result.problems.filter((p) => p.severity === "error").length} error(s); dist/data/ was left unchanged.`);
    return 1;
  }
  const src = new URL("../src/", import.meta.url);
  const renderers = ["render/entry-markdown.ts", "localize.ts", "urls.ts", "text.ts", "i18n/en.ts", "i18n/zh.ts", "i18n/index.ts"].map((f) => new URL(f, src));
  const alternates = new RenderCache(cacheFileFor("alternates", root), sourceVersion(...renderers));
  const files = dataFiles(result.entries, { redirects: result.redirects, urls: siteUrls(publicSiteUrl()), cache: alternates });
  alternates.save();
  writeFolderAtomically(path.resolve(process.env.ATLAS_DATA_OUT || "dist/data"), files);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.error(`✓ ${result.entries.length} entries → dist/data/ (${files.size} files, ${seconds} s)`);
  return 0;
});
