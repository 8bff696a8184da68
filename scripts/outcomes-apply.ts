/**
 * npm run outcomes:apply -- <reports.jsonl>
 * Merges outcome reports ({ entry, target, result, date, source } per line,
 * as exported from the outcome issue form) into the entries' evidence.
 * Prints what it applied and every rejected line with the reason.
 * Exit 0 when every report was applied, 1 when any was rejected.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { appendEvidence, checkOutcomes } from "../src/authoring/outcomes.js";
import { loadCatalog } from "../src/load/index.js";
import { parseCommandArgs, UsageError } from "../src/node/args.js";
import { entriesRoot } from "../src/node/settings.js";
import { today } from "../src/node/settings.js";
import { formatText } from "../src/validate/format.js";
import { validateCatalog } from "../src/validate/index.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = "usage: npm run outcomes:apply -- <reports.jsonl>";

/** The command, callable in-process (tests) and from the command line. */
export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {});
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [input, ...rest] = positionals;
  if (!input || rest.length) throw new UsageError(USAGE);
  const root = entriesRoot();
  const loaded = loadCatalog(root);
  const before = (await validateCatalog(loaded, { root })).filter((p) => p.severity === "error");
  if (before.length) {
    for (const problem of before) console.error(formatText(problem));
    throw new UsageError("the catalog has errors; fix them before applying reports");
  }
  const { applied, rejected } = checkOutcomes(readFileSync(input, "utf8").split(/\r?\n/), loaded, today());
  for (const [id, items] of applied) {
    appendEvidence(path.join(root, `${id}.md`), items);
    console.log(`${id}: +${items.length} outcome report(s)`);
  }
  for (const { line, reason } of rejected) console.error(`${input}:${line}  rejected: ${reason}`);

  // The files must still be valid: a bug here must never leave a broken catalog unnoticed.
  const after = (await validateCatalog(loadCatalog(root), { root })).filter((p) => p.severity === "error");
  for (const problem of after) console.error(formatText(problem));
  const count = [...applied.values()].reduce((n, items) => n + items.length, 0);
  console.error(
    `${count} report(s) applied to ${applied.size} entr${applied.size === 1 ? "y" : "ies"}, ${rejected.length} rejected.`,
  );
  return after.length ? 70 : rejected.length ? 1 : 0;
}

if (isMain(import.meta.url)) await runCli(main);
