/**
 * npm run build:site [-- options] — the static site, from the compiled data package.
 *
 *   (no options)            incremental build into site/dist (or ATLAS_SITE_OUT)
 *   --cold                  ignore the previous output: render every page
 *   --shard i/n --out DIR   render only shard i of n (for a CI matrix), into DIR
 *   --merge DIR,DIR,…       join shard outputs and finish the site
 *   --workers N             rendering threads (default: one per core)
 *
 * Any failure exits 1 and leaves the previous output untouched.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { BuildError, buildSite, mergeShards, type SiteBuildOptions } from "../site/build/build.js";
import { integerOption, parseCommandArgs, UsageError } from "../src/node/args.js";
import { cacheRoot, packageRoot, packageVersion, publicSiteUrl, repositoryUrl, setting } from "../src/node/settings.js";
import { runCli } from "./cli-helpers.js";

// The repository root, also from the tools' bundle (see packageRoot).
const repo = packageRoot;

const USAGE = "usage: npm run build:site -- [--cold] [--shard i/n --out DIR | --merge DIR,DIR,…] [--workers N]";

export function siteBuildOptions(env: NodeJS.ProcessEnv = process.env): Omit<SiteBuildOptions, "shard"> {
  return {
    dataDist: path.resolve(setting("ATLAS_DATA_DIST", env) ?? path.join(repo, "dist")),
    out: path.resolve(setting("ATLAS_SITE_OUT", env) ?? path.join(repo, "site/dist")),
    config: { site: publicSiteUrl(env), repository: repositoryUrl(env), version: packageVersion },
    cacheDir: path.join(
      setting("ATLAS_CACHE", env) ? cacheRoot(env) : path.join(repo, "node_modules/.cache"),
      "error-atlas-site",
    ),
    verbose: Boolean(setting("ATLAS_SITE_VERBOSE", env)),
    log: (line) => console.error(line),
  };
}

/**
 * What build:site and build share from the command line: `--workers N`, `--cold`, and the
 * check that the site's address is the root of a host.
 */
export function commandSiteOptions(values: { workers?: string; cold?: boolean }): Omit<SiteBuildOptions, "shard"> {
  const options = siteBuildOptions();
  if (values.workers) options.workers = integerOption(values.workers, "workers", 1, 1, 64);
  if (values.cold) options.cold = true;
  if (new URL(options.config.site).pathname !== "/") {
    throw new UsageError(
      `ATLAS_SITE_URL must be the root of a host (links are root-relative), not ${options.config.site}`,
    );
  }
  return options;
}

/** A failed site step, as both commands report it (a bug in the tooling keeps its stack). */
export function reportSiteFailure(error: unknown): 1 {
  console.error(
    `✗ build:site failed: ${error instanceof BuildError ? error.message : String((error as Error)?.stack ?? error)}`,
  );
  console.error("  The previous site output was left unchanged.");
  return 1;
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      cold: { type: "boolean" },
      shard: { type: "string" },
      out: { type: "string" },
      merge: { type: "string" },
      workers: { type: "string" },
    },
    { positionals: false },
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const options = commandSiteOptions(values);
  if (values.out) options.out = path.resolve(values.out);
  try {
    if (values.merge) {
      if (values.shard) throw new UsageError("--merge and --shard do not go together");
      const shards = values.merge.split(",").map((d) => path.resolve(d));
      const absent = shards.filter((d) => !existsSync(d));
      if (absent.length) {
        throw new UsageError(
          `no shard output at ${absent.join(", ")} (--merge takes the shards' folders separated by commas, so a folder name may not hold one)`,
        );
      }
      await mergeShards({ ...options, shards });
      return 0;
    }
    let shard: SiteBuildOptions["shard"];
    if (values.shard) {
      const m = /^(\d+)\/(\d+)$/.exec(values.shard);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
        throw new UsageError(`--shard needs i/n with 1 ≤ i ≤ n, e.g. 1/2, not ${values.shard}`);
      }
      if (!values.out) throw new UsageError("--shard needs --out DIR: a shard is not a site");
      shard = { index: Number(m[1]), count: Number(m[2]) };
    }
    await buildSite({ ...options, ...(shard && { shard }) });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportSiteFailure(error);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runCli(main);
