/**
 * npm run fuzz [-- --runs N] — the validator's property-based test
 * (test/unit/fuzz.test.ts) with many more cases than `npm test` runs
 * (default 3,000 instead of 200). A failure prints fast-check's seed and the
 * smallest broken entry it found.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

import { integerOption, parseCommandArgs } from "../src/node/args.js";
import { packageRoot } from "../src/node/settings.js";
import { isMain, runCli } from "./cli-helpers.js";

// The repository root, also from the tools' bundle (see packageRoot).
const repo = packageRoot;

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { runs: { type: "string" } }, { positionals: false });
  if (values.help) {
    console.log("usage: npm run fuzz -- [--runs N]   (default 3000)");
    return 0;
  }
  const runs = integerOption(values.runs, "runs", 3000, 1);
  const vitest = spawnSync(
    process.execPath,
    [path.join(repo, "node_modules/vitest/vitest.mjs"), "run", "--project", "unit", "test/unit/fuzz.test.ts"],
    { cwd: repo, stdio: "inherit", env: { ...process.env, ATLAS_FUZZ_RUNS: String(runs) } },
  );
  return vitest.status ?? 1;
}

if (isMain(import.meta.url)) await runCli(main);
