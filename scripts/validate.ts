/**
 * npm run validate [-- --format text|github] [--base <git-ref>]
 * Checks every entry under ATLAS_ENTRIES (default entries/) and prints each
 * problem as file:line:column, code, message and hint. Exit 1 on any error.
 * --base: also check that every entry present at that ref still exists or
 * has a redirect (ids are permanent).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

import { choiceOption, parseCommandArgs, UsageError } from "../src/node/args.js";
import { cacheFileFor, entriesRoot } from "../src/node/settings.js";
import { ENTRY_ID } from "../src/shared/patterns.js";
import { formatGithub, formatText } from "../src/validate/format.js";
import { validateEntries } from "../src/validate/index.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = "usage: npm run validate -- [--format text|github] [--base <git-ref>]";

/** Entry ids at a git ref (e.g. the pull request's base), from the file names there. */
function idsAtRef(ref: string, root: string): string[] {
  const folder = path.relative(process.cwd(), root).split(path.sep).join("/") || ".";
  let listing: string;
  try {
    listing = execFileSync("git", ["ls-tree", "-r", "--name-only", ref, "--", folder], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch {
    throw new UsageError(`cannot list ${folder} at git ref ${ref}; fetch it first (e.g. git fetch origin main)`);
  }
  return listing
    .split("\n")
    .map((file) => /^(?:.*\/)?([^/]+\/[^/.]+)\.md$/.exec(file.slice(folder === "." ? 0 : folder.length + 1))?.[1])
    .filter((id): id is string => id !== undefined && ENTRY_ID.test(id));
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    { format: { type: "string" }, base: { type: "string" } },
    { positionals: false },
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = choiceOption(values.format, "format", ["text", "github"] as const, "text");
  if (values.base !== undefined && !values.base.trim()) {
    throw new UsageError("--base needs a git ref, e.g. --base origin/main");
  }
  const started = performance.now();
  const root = entriesRoot();
  const { loaded, problems } = await validateEntries(root, {
    parseCacheFile: cacheFileFor("parsed", root),
    resultCacheFile: cacheFileFor("results", root),
    ...(values.base && { baseIds: idsAtRef(values.base, root) }),
  });
  const print = format === "github" ? formatGithub : formatText;
  for (const problem of problems) console.log(print(problem));
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = loaded.entries.reduce((n, e) => n + 1 + Object.keys(e.translations).length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (errors) {
    console.error(
      `\n✗ ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""} in ${new Set(problems.map((p) => p.file)).size} file(s) (${seconds} s)`,
    );
    return 1;
  }
  console.error(
    `✓ ${loaded.entries.length} entries, ${files} files valid${warnings ? ` (${warnings} warnings)` : ""} (${seconds} s)`,
  );
  return 0;
}

if (isMain(import.meta.url)) await runCli(main);
