/**
 * npm run build [-- --cold] [--workers N] — the data package, then the site,
 * in one process. The same output as build:data followed by build:site,
 * sooner:
 *
 *   - the renderer is made ready, and a worker starts loading it, while the
 *     data step runs (the renderer needs the package's code, not its data);
 *   - the site is built from the compiled catalog in memory instead of
 *     reading dist/data back;
 *   - one start-up instead of two.
 *
 * On an entry error it prints every problem and leaves dist/data and the
 * site as they were; a failed site step leaves the previous site.
 */
import path from "node:path";

import { buildSite, prepareRenderer, releaseRenderer } from "../site/build/build.js";
import { indexRow } from "../src/compile/index-rows.js";
import { type CatalogData, readLookupData } from "../src/internal-node.js";
import { parseCommandArgs } from "../src/node/args.js";
import { buildData } from "./build-data.js";
import { commandSiteOptions, reportSiteFailure } from "./build-site.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = "usage: npm run build -- [--cold] [--workers N]";

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    { cold: { type: "boolean" }, workers: { type: "string" } },
    { positionals: false },
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const options = commandSiteOptions(values);

  const preparing = prepareRenderer(options);
  // Settled here so a failure surfaces where the site step awaits it, not as an unhandled rejection.
  preparing.catch(() => {});
  let compiled: Awaited<ReturnType<typeof compiledCatalog>>;
  try {
    compiled = await compiledCatalog(path.join(options.dataDist, "data"));
  } finally {
    if (!compiled) await releaseRenderer(preparing);
  }
  if (!compiled) return 1;
  try {
    await buildSite({ ...options, ...compiled }, preparing);
    return 0;
  } catch (error) {
    return reportSiteFailure(error);
  }
}

/** The data step, and what it compiled as the site reads it; undefined when it stopped (it says why). */
async function compiledCatalog(
  siteReads: string,
): Promise<{ catalog: CatalogData; entryKeys: Map<string, string> } | undefined> {
  const data = await buildData();
  if (!data) return undefined;
  if (path.resolve(data.dataDir) !== siteReads) {
    console.error(
      `✗ build stopped: the data step wrote ${data.dataDir}, but the site reads ${siteReads} (ATLAS_DATA_OUT and ATLAS_DATA_DIST disagree).`,
    );
    return undefined;
  }
  const catalog = {
    entries: data.entries,
    index: data.entries.map(indexRow),
    redirects: data.redirects,
    vocabulary: data.vocabulary,
    // The lookup module is rewritten only when its key changed: either way the folder holds the current one.
    lookupData: await readLookupData(data.dataDir),
  };
  return { catalog, entryKeys: data.entryKeys };
}

if (isMain(import.meta.url)) await runCli(main);
