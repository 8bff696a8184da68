/**
 * npm run build:lib — compiles the package's code into dist/ (tsc), after
 * removing the code a previous compile left there, so a moved or deleted
 * module never lingers in the package. dist/data/ (the data step's output)
 * is kept.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

import { parseCommandArgs } from "../src/node/args.js";
import { packageRoot } from "../src/node/settings.js";
import { isMain, runCli } from "./cli-helpers.js";

// The repository root, also from the tools' bundle (see packageRoot).
const repo = packageRoot;

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {}, { positionals: false });
  if (values.help) {
    console.log("usage: npm run build:lib");
    return 0;
  }
  const dist = path.join(repo, "dist");
  for (const name of existsSync(dist) ? readdirSync(dist) : []) {
    if (name !== "data") rmSync(path.join(dist, name), { recursive: true, force: true });
  }
  const tsc = spawnSync(
    process.execPath,
    [path.join(repo, "node_modules/typescript/bin/tsc"), "-p", path.join(repo, "tsconfig.build.json")],
    {
      stdio: "inherit",
    },
  );
  return tsc.status ?? 1;
}

if (isMain(import.meta.url)) await runCli(main);
