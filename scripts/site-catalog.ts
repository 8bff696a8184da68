/**
 * The data package of another catalog (a fixture, a synthetic benchmark
 * catalog) in a folder of its own, so site builds of it never touch the
 * repository's dist/: the package code compiled with tsc into <work>/dist,
 * then the data step run with <work> as its working folder (it writes
 * ./dist/data and keeps its cache under ./node_modules/.cache).
 *
 *   tsx scripts/site-catalog.ts <entries-dir> <work-dir>   → prints <work-dir>/dist
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { packageRoot } from "../src/node/settings.js";

// The repository root, also from the tools' bundle (see packageRoot).
const repo = packageRoot;

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0]!)} ${args.slice(1).join(" ")} exited with ${code}\n${stderr}`)),
    );
  });
}

/** Compiles the package code into `<work>/dist` (once per work folder; the data step fills `dist/data`). */
export async function compilePackage(work: string): Promise<string> {
  const root = path.resolve(work);
  const dist = path.join(root, "dist");
  mkdirSync(dist, { recursive: true });
  // A complete package: the compiled code reads its version and addresses from package.json.
  copyFileSync(path.join(repo, "package.json"), path.join(root, "package.json"));
  await run(
    [
      path.join(repo, "node_modules/typescript/bin/tsc"),
      "-p",
      path.join(repo, "tsconfig.build.json"),
      "--outDir",
      dist,
      "--tsBuildInfoFile",
      path.join(root, "tsbuildinfo.json"),
    ],
    repo,
  );
  return dist;
}

/** The data step over `entries`, run inside `<work>` (so it writes `<work>/dist/data`). */
export async function buildData(entries: string, work: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  await run(
    [path.join(repo, "node_modules/tsx/dist/cli.mjs"), path.join(repo, "scripts/build-data.ts")],
    path.resolve(work),
    {
      ...process.env,
      ...env,
      ATLAS_ENTRIES: path.resolve(entries),
    },
  );
}

/** Builds the data package of `entries` into `<work>/dist` and returns that folder. */
export async function buildCatalogData(entries: string, work: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const dist = await compilePackage(work);
  await buildData(entries, work, env);
  return dist;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entries, work] = process.argv.slice(2);
  if (!entries || !work) {
    console.error("usage: tsx scripts/site-catalog.ts <entries-dir> <work-dir>");
    process.exit(2);
  }
  console.log(await buildCatalogData(entries, work));
}
