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
import { pathToFileURL } from "node:url";

import { BuildError, buildSite, prepareRenderer } from "../site/build/build.js";
import { indexRow } from "../src/compile/index-rows.js";
import type { LookupData } from "../src/lookup/lookup-index.js";
import { integerOption, parseCommandArgs } from "../src/node/args.js";
import { buildData } from "./build-data.js";
import { siteBuildOptions } from "./build-site.js";
import { isMain, runCli, UsageError } from "./cli-helpers.js";

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
  const options = siteBuildOptions();
  if (values.workers) options.workers = integerOption(values.workers, "workers", 1, 1, 64);
  if (values.cold) options.cold = true;
  if (new URL(options.config.site).pathname !== "/") {
    throw new UsageError(
      `ATLAS_SITE_URL must be the root of a host (links are root-relative), not ${options.config.site}`,
    );
  }

  const preparing = prepareRenderer(options);
  // Settled here so a failure surfaces where the site step awaits it, not as an unhandled rejection.
  preparing.catch(() => {});
  const data = await buildData().catch(async (error: unknown) => {
    await preparing.then(
      ({ pool }) => pool.close(),
      () => {},
    );
    throw error;
  });
  const expected = path.join(options.dataDist, "data");
  if (!data || path.resolve(data.dataDir) !== expected) {
    await preparing.then(
      ({ pool }) => pool.close(),
      () => {},
    );
    if (data) {
      console.error(
        `✗ build stopped: the data step wrote ${data.dataDir}, but the site reads ${expected} (ATLAS_DATA_OUT and ATLAS_DATA_DIST disagree).`,
      );
    }
    return 1;
  }
  try {
    // The lookup module may not have been rewritten (its key was unchanged): it is read from the folder either way.
    const { lookupData } = (await import(
      `${pathToFileURL(path.join(data.dataDir, "lookup-data.js")).href}?v=${Date.now()}`
    )) as { lookupData: LookupData };
    await buildSite(
      {
        ...options,
        catalog: {
          entries: data.entries,
          index: data.entries.map(indexRow),
          redirects: data.redirects,
          vocabulary: data.vocabulary,
          lookupData,
        },
      },
      preparing,
    );
    return 0;
  } catch (error) {
    console.error(
      `✗ build:site failed: ${error instanceof BuildError ? error.message : String((error as Error)?.stack ?? error)}`,
    );
    console.error("  The previous site output was left unchanged.");
    return 1;
  }
}

if (isMain(import.meta.url)) await runCli(main);
